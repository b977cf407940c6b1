package io.github.vnsearch.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vnsearch.core.article.IngestReport;
import io.github.vnsearch.core.index.ArticleIndex;
import io.github.vnsearch.core.index.Ingester;
import io.github.vnsearch.core.search.ArticleSearcher;
import io.github.vnsearch.core.search.FacetValue;
import io.github.vnsearch.core.search.Hit;
import io.github.vnsearch.core.search.SearchRequest;
import io.github.vnsearch.core.search.SearchResult;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's "Use it as a library" example, compiled and run; a second test checks that the
 * README shows exactly the code between the markers below.
 */
class ReadmeExampleTest {

  @TempDir Path dir;

  @Test
  void exampleRuns() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("articles"));
    Files.writeString(
        folder.resolve("a.txt"),
        " date 2025-03-02 Hai bên nhất trí nối lại đàm phán hòa bình vào tháng tới.\n");
    Files.writeString(
        folder.resolve("b.txt"),
        " date 2024-11-20 Các nhà ngoại giao kêu gọi đàm phán hòa bình sớm.\n");
    Path indexDir = dir.resolve("index");
    PrintStream stdout = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      // BEGIN README
      try (ArticleIndex index = ArticleIndex.open(indexDir)) {
        IngestReport report = new Ingester(index).ingest(List.of(folder));
        report.skipped().forEach(s -> System.err.println("skipped " + s));

        SearchResult result =
            new ArticleSearcher(index)
                .search(
                    SearchRequest.builder("dam phan hoa binh") // typed without diacritics
                        .datePath("2025") // drill into one year
                        .build());
        System.out.println(result.total() + " articles in 2025");
        for (Hit hit : result.hits()) {
          System.out.println(hit.date() + "  " + hit.title() + "  " + hit.snippets());
        }
        for (FacetValue month : result.dateFacet()) {
          System.out.println(month.path() + ": " + month.count());
        }
      }
      // END README
    } finally {
      System.setOut(stdout);
    }
    String out = printed.toString(StandardCharsets.UTF_8);
    assertTrue(out.startsWith("1 articles in 2025\n2025-03-02  "), out);
    assertTrue(out.contains("[đàm phán hòa bình]"), out);
    assertTrue(out.endsWith("2025/03: 1\n"), out);
  }

  @Test
  void readmeShowsThisExample() throws Exception {
    List<String> source =
        Files.readAllLines(Path.of("src/test/java/io/github/vnsearch/core/ReadmeExampleTest.java"));
    int begin = source.indexOf("      // BEGIN README");
    int end = source.indexOf("      // END README");
    String code =
        source.subList(begin + 1, end).stream()
            .map(l -> l.length() >= 6 ? l.substring(6) : l.strip())
            .collect(Collectors.joining("\n"));
    String readme = Files.readString(Path.of("../README.md"));
    int section = readme.indexOf("## Use it as a library");
    int block = readme.indexOf("```java\n", section) + "```java\n".length();
    String shown = readme.substring(block, readme.indexOf("\n```", block));
    assertEquals(code, shown, "README example differs from ReadmeExampleTest");
  }
}
