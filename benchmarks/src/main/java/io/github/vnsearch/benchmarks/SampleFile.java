package io.github.vnsearch.benchmarks;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/** Reads and writes a cached corpus sample: a count, then five length-prefixed strings each. */
final class SampleFile {

  private static final int MAGIC = 0x564E5331; // "VNS1"

  private SampleFile() {}

  /** Returns the cached sample, or null when there is none (or it is unreadable). */
  static List<NewsArticle> read(Path file) {
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try (DataInputStream in =
        new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
      if (in.readInt() != MAGIC) {
        return null;
      }
      int count = in.readInt();
      List<NewsArticle> articles = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        articles.add(NewsArticle.of(string(in), string(in), string(in), string(in), string(in)));
      }
      return articles;
    } catch (IOException e) {
      return null; // a damaged cache entry is rebuilt
    }
  }

  /** Writes the sample atomically (a temporary file renamed into place). */
  static void write(Path file, List<NewsArticle> articles) {
    Path tmp = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid());
    try (DataOutputStream out =
        new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
      out.writeInt(MAGIC);
      out.writeInt(articles.size());
      for (NewsArticle a : articles) {
        string(out, a.id());
        string(out, a.title());
        string(out, a.category());
        string(out, a.source());
        string(out, a.body());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the sample cache " + tmp, e);
    }
    try {
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the sample cache " + file, e);
    }
  }

  private static String string(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length < 0) {
      return null;
    }
    byte[] bytes = in.readNBytes(length);
    if (bytes.length != length) {
      throw new IOException("truncated");
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static void string(DataOutputStream out, String s) throws IOException {
    if (s == null) {
      out.writeInt(-1);
      return;
    }
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }
}
