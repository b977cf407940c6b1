package io.github.vnsearch.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The sample articles bundled in the jar (written by the vnsearch authors), enumerated through the
 * {@code articles.list} resource because a jar cannot be listed like a directory.
 */
final class SampleCorpus {

  private static final String DIR = "sample/";

  private SampleCorpus() {}

  /** The file names of the bundled articles, in order. */
  static List<String> names() {
    List<String> names = new ArrayList<>();
    try (InputStream in = open("articles.list");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        line = line.strip();
        if (!line.isEmpty() && !line.startsWith("#")) {
          names.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return names;
  }

  /** Copies every bundled article into {@code dir} (which must exist) and returns their paths. */
  static List<Path> copyTo(Path dir) throws IOException {
    List<Path> paths = new ArrayList<>();
    for (String name : names()) {
      Path target = dir.resolve(name);
      try (InputStream in = open(name)) {
        Files.copy(in, target);
      }
      paths.add(target);
    }
    return paths;
  }

  private static InputStream open(String name) throws IOException {
    InputStream in = SampleCorpus.class.getResourceAsStream(DIR + name);
    if (in == null) {
      throw new IOException("bundled sample resource missing from the jar: " + DIR + name);
    }
    return in;
  }
}
