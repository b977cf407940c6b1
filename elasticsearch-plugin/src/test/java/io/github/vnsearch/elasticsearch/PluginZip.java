package io.github.vnsearch.elasticsearch;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** The built plugin zip (path from system property {@value #PROPERTY}) and the files in it. */
final class PluginZip {

  static final String PROPERTY = "vnsearch.plugin.zip";

  private PluginZip() {}

  /** The zip built by this module's {@code package} phase. */
  static Path path() {
    String value = System.getProperty(PROPERTY);
    if (value == null || !Files.isRegularFile(Path.of(value))) {
      throw new IllegalStateException(
          "No plugin zip at -D" + PROPERTY + "=" + value + ": run ./mvnw verify");
    }
    return Path.of(value);
  }

  /** Every file of the zip, by name, with its bytes. */
  static Map<String, byte[]> files() {
    try (InputStream in = Files.newInputStream(path())) {
      return entries(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The names of the files in a jar given as bytes. */
  static TreeSet<String> names(byte[] jar) {
    try {
      return new TreeSet<>(entries(new ByteArrayInputStream(jar)).keySet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, byte[]> entries(InputStream in) throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    try (ZipInputStream zip = new ZipInputStream(in)) {
      for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
        if (!entry.isDirectory()) {
          files.put(entry.getName(), zip.readAllBytes());
        }
      }
    }
    return files;
  }
}
