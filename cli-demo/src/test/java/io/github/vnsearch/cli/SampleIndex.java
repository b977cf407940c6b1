package io.github.vnsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The bundled sample articles copied to a folder and indexed through the CLI, for tests. */
final class SampleIndex {

  private static final Pattern GLUED_DATE = Pattern.compile("^ date (\\d{4})-\\d{2}-\\d{2} ");
  private static final Pattern DATE_LINE =
      Pattern.compile("(?m)^\\d{2}/\\d{2}/(\\d{4}) \\d{2}:\\d{2} GMT\\+7$");

  final Path articles;
  final Path index;

  private SampleIndex(Path articles, Path index) {
    this.articles = articles;
    this.index = index;
  }

  /** Copies the sample under {@code dir} and indexes it with {@code vnsearch index}. */
  static SampleIndex build(Path dir) throws IOException {
    Path articles = Files.createDirectories(dir.resolve("articles"));
    SampleCorpus.copyTo(articles);
    Path index = dir.resolve("index");
    Cli.Result r = Cli.run("index", articles.toString(), "--index", index.toString());
    assertEquals(0, r.code(), r::toString);
    return new SampleIndex(articles, index);
  }

  /**
   * Articles per year, read from the sample files' date lines independently of core's parser
   * ({@code no date} for files without one).
   */
  static Map<String, Long> yearsOf(Path articles) throws IOException {
    Map<String, Long> years = new TreeMap<>();
    try (var files = Files.list(articles)) {
      for (Path file : files.toList()) {
        String text =
            Normalizer.normalize(
                Files.readString(file, StandardCharsets.UTF_8), Normalizer.Form.NFC);
        Matcher glued = GLUED_DATE.matcher(text);
        Matcher line = DATE_LINE.matcher(text);
        String year = glued.find() ? glued.group(1) : line.find() ? line.group(1) : "no date";
        years.merge(year, 1L, Long::sum);
      }
    }
    return years;
  }
}
