package io.github.vnsearch.core.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.zip.ZipException;

/**
 * Reads JSON Lines articles, one object per line with fields {@code id, title, date (YYYY-MM-DD),
 * url, category, source, body}; other fields are ignored. Each line is decoded as strict UTF-8 and
 * parsed on its own, so a bad line is reported with its number and the next one is read.
 */
public final class JsonLinesReader {

  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonLinesReader() {}

  /**
   * Reads every line of {@code in} (already decompressed) and sends articles and problems to {@code
   * sink}.
   *
   * @param name the file name used in problem reports
   * @param idPrefix ids of articles without one are {@code idPrefix#line}
   */
  public static void read(InputStream in, String name, String idPrefix, ArticleSink sink)
      throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream(8192);
    long lineNumber = 0;
    boolean eof = false;
    while (!eof) {
      line.reset();
      int b;
      try {
        while ((b = in.read()) != -1 && b != '\n') {
          line.write(b);
        }
      } catch (EOFException | ZipException e) {
        sink.skipped(
            new IngestReport.Skipped(
                name, lineNumber + 1, "file ends abruptly (truncated or corrupt compressed data)"));
        return;
      }
      eof = b == -1;
      if (eof && line.size() == 0) {
        break;
      }
      lineNumber++;
      byte[] bytes = line.toByteArray();
      if (isBlank(bytes)) {
        continue;
      }
      Article article;
      try {
        String text = StrictUtf8.decode(bytes, 0, bytes.length, lineNumber);
        article = toArticle(JSON.readTree(text), idPrefix, lineNumber);
      } catch (StrictUtf8.InvalidUtf8Exception e) {
        sink.skipped(new IngestReport.Skipped(name, lineNumber, e.getMessage()));
        continue;
      } catch (JsonProcessingException e) {
        String why = e.getOriginalMessage();
        sink.skipped(
            new IngestReport.Skipped(
                name, lineNumber, "not a valid JSON object (" + firstLine(why) + ")"));
        continue;
      } catch (IllegalArgumentException e) {
        sink.skipped(new IngestReport.Skipped(name, lineNumber, e.getMessage()));
        continue;
      }
      sink.article(article);
    }
  }

  private static Article toArticle(JsonNode node, String idPrefix, long line) {
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    String body = text(node, "body");
    if (body == null || body.isBlank()) {
      throw new IllegalArgumentException("no \"body\" text");
    }
    String id = text(node, "id");
    if (id == null || id.isBlank()) {
      id = idPrefix + "#" + line;
    }
    String date = text(node, "date");
    LocalDate day = null;
    if (date != null && !date.isBlank()) {
      try {
        day = LocalDate.parse(date.length() > 10 ? date.substring(0, 10) : date);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("invalid \"date\" '" + date + "' (expected YYYY-MM-DD)");
      }
    }
    return new Article(
        id,
        text(node, "title"),
        day,
        text(node, "source"),
        text(node, "url"),
        text(node, "category"),
        body);
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "syntax error";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
