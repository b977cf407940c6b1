package io.github.vnsearch.core.article;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * The one JSON Lines loop of vnsearch, for articles, passages and queries alike: the stream is cut
 * into lines (a line longer than the limit is read to its end but not kept, so memory stays
 * bounded), each line is checked to be strict UTF-8 and handed to the caller as a JSON parser of
 * its own, so a bad line is reported with its number and the next one is read. Blank lines are
 * skipped; a byte order mark is ignored. {@link #readObjects} hands over each line as a JSON object
 * tree instead.
 */
public final class JsonLines {

  /** Parses lines; its parsers can also read a whole line as a tree ({@code readValueAsTree}). */
  private static final ObjectMapper JSON =
      new ObjectMapper(
          JsonFactory.builder()
              .streamReadConstraints(
                  StreamReadConstraints.builder()
                      .maxStringLength(ArticleFiles.MAX_ARTICLE_BYTES)
                      .build())
              .build());

  private JsonLines() {}

  /** Receives the lines of a JSON Lines stream, in order. */
  public interface Visitor {
    /**
     * A non-blank line of valid UTF-8.
     *
     * @param json a parser over this line only, before its first token
     * @param line the 1-based line number
     */
    void line(JsonParser json, long line) throws IOException;

    /**
     * A line that could not be read as text: too long, not valid UTF-8, too large for memory, or
     * where the stream ends abruptly (truncated compressed data); reading goes on after it, except
     * after an abrupt end.
     */
    void unreadable(long line, String reason) throws IOException;
  }

  /** Receives the objects of a JSON Lines stream, one per line, in order. */
  public interface ObjectVisitor {
    /**
     * A line holding exactly one JSON object.
     *
     * @param line the 1-based line number
     */
    void object(JsonNode object, long line) throws IOException;

    /**
     * A line that is not one JSON object (invalid JSON, another kind of value, text after the
     * object), or that could not be read as text (see {@link Visitor#unreadable}).
     */
    void unreadable(long line, String reason) throws IOException;
  }

  /**
   * Reads every line of {@code in} as a JSON object, as {@link #read} reads lines.
   *
   * @param maxLineBytes lines of more bytes than this are reported as unreadable
   */
  public static void readObjects(InputStream in, int maxLineBytes, ObjectVisitor visitor)
      throws IOException {
    read(
        in,
        maxLineBytes,
        new Visitor() {
          @Override
          public void line(JsonParser json, long line) throws IOException {
            JsonNode node;
            try {
              node = json.readValueAsTree();
              if (json.nextToken() != null) {
                visitor.unreadable(line, "not valid JSON: text after the value");
                return;
              }
            } catch (JsonProcessingException e) {
              visitor.unreadable(line, "not valid JSON: " + e.getOriginalMessage());
              return;
            }
            if (node == null || !node.isObject()) {
              visitor.unreadable(line, "expected a JSON object");
              return;
            }
            visitor.object(node, line);
          }

          @Override
          public void unreadable(long line, String reason) throws IOException {
            visitor.unreadable(line, reason);
          }
        });
  }

  /**
   * Reads every line of {@code in} (decompressed already, see {@link #open(Path)}).
   *
   * @param maxLineBytes lines of more bytes than this are reported as unreadable
   */
  public static void read(InputStream in, int maxLineBytes, Visitor visitor) throws IOException {
    LineReader lines = new LineReader(in, maxLineBytes);
    while (true) {
      LineReader.Line kind;
      try {
        kind = lines.next();
      } catch (EOFException | ZipException e) {
        visitor.unreadable(
            lines.number() + 1, "file ends abruptly (truncated or corrupt compressed data)");
        return;
      }
      long number = lines.number();
      switch (kind) {
        case END -> {
          return;
        }
        case TOO_LONG -> {
          visitor.unreadable(
              number,
              "too large: more than " + ArticleFiles.megabytes(maxLineBytes) + " in one line");
          continue;
        }
        case OUT_OF_MEMORY -> {
          visitor.unreadable(number, ArticleFiles.outOfMemory());
          continue;
        }
        case READ -> {}
      }
      byte[] bytes = lines.bytes();
      int length = lines.length();
      if (isBlank(bytes, length)) {
        continue;
      }
      try {
        StrictUtf8.check(bytes, 0, length, number);
      } catch (StrictUtf8.InvalidUtf8Exception e) {
        visitor.unreadable(number, e.getMessage());
        continue;
      }
      try (JsonParser parser = JSON.createParser(bytes, 0, length)) {
        visitor.line(parser, number);
      } catch (OutOfMemoryError e) {
        lines.release();
        visitor.unreadable(number, ArticleFiles.outOfMemory());
      }
    }
  }

  /**
   * Opens {@code file} for {@link #read}, decompressing it when its name ends in {@code .gz}.
   * Compressed data is not buffered after decompression, so that the lines before a truncation are
   * all read.
   */
  public static InputStream open(Path file) throws IOException {
    return open(Files.newInputStream(file), file);
  }

  /** {@link #open(Path)} over a stream already opened on {@code file}. */
  static InputStream open(InputStream raw, Path file) throws IOException {
    InputStream in = new BufferedInputStream(raw, 1 << 16);
    if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
      try {
        return new GZIPInputStream(in, 1 << 16);
      } catch (IOException e) {
        in.close();
        throw e;
      }
    }
    return in;
  }

  private static boolean isBlank(byte[] bytes, int length) {
    int from = 0;
    if (length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB) {
      from = (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    }
    for (int i = from; i < length; i++) {
      byte b = bytes[i];
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }
}
