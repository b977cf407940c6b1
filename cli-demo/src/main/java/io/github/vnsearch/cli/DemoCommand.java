package io.github.vnsearch.cli;

import io.github.vnsearch.core.article.IngestReport;
import io.github.vnsearch.core.index.ArticleIndex;
import io.github.vnsearch.core.index.Ingester;
import io.github.vnsearch.core.search.SearchRequest;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code vnsearch demo}: indexes the bundled sample articles and runs example searches. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Index the bundled sample articles and run example searches.",
      "The 28 articles go into a temporary index (deleted afterwards); the searches show a query"
          + " without diacritics, a phrase, a date drill-down and sorting by date."
    })
final class DemoCommand implements Callable<Integer> {

  /** The example searches: what to type, and why it is interesting. */
  record Example(String comment, String[] args, SearchRequest request) {}

  static final List<Example> EXAMPLES =
      List.of(
          new Example(
              "typed without diacritics, finds đàm phán hòa bình (and the old spelling hoà bình)",
              new String[] {"dam phan hoa binh"},
              SearchRequest.builder("dam phan hoa binh").pageSize(3).build()),
          new Example(
              "a phrase: the three words in this order",
              new String[] {"\"trí tuệ nhân tạo\""},
              SearchRequest.builder("\"trí tuệ nhân tạo\"").pageSize(3).build()),
          new Example(
              "a date drill-down: December 2025, counted per day",
              new String[] {"Việt Nam", "--date", "2025/12"},
              SearchRequest.builder("Việt Nam").datePath("2025/12").pageSize(3).build()),
          new Example(
              "rice exports, newest first",
              new String[] {"xuất khẩu gạo", "--sort", "date"},
              SearchRequest.builder("xuất khẩu gạo")
                  .sort(SearchRequest.Sort.DATE)
                  .pageSize(3)
                  .build()));

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Style style = Renderers.style(spec);
    Path temp = Files.createTempDirectory("vnsearch-demo");
    try {
      Path articlesDir = Files.createDirectory(temp.resolve("articles"));
      List<Path> files = SampleCorpus.copyTo(articlesDir);
      String prefix = articlesDir.toRealPath() + java.io.File.separator;
      TerminalRenderer renderer =
          new TerminalRenderer(
              out, style, id -> id.startsWith(prefix) ? id.substring(prefix.length()) : id, false);
      long start = System.nanoTime();
      try (ArticleIndex index = ArticleIndex.open(temp.resolve("index"))) {
        IngestReport report = new Ingester(index).ingest(List.of(articlesDir));
        out.println(
            style.bold("vnsearch demo")
                + ": indexed "
                + report.indexed()
                + " sample articles ("
                + files.size()
                + " files bundled in the jar) in "
                + String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - start) / 1e9)
                + ".");
        for (IngestReport.Skipped skipped : report.skipped()) {
          out.println("  skipped " + skipped);
        }
        out.println();
        for (Example example : EXAMPLES) {
          out.println(style.dim("# " + example.comment()));
          out.println(style.green("$ vnsearch search " + quote(example.args())));
          renderer.search(
              example.request(), Searches.run(index, example.request(), renderer.markers()));
        }
      }
      out.println(style.bold("Try next:"));
      String[][] hints = {
        {"./vnsearch index ../shared/seeds", "index your own articles (files, folders, .jsonl.gz)"},
        {"./vnsearch search \"dam phan\" --date 2025", "search them; add --json for scripts"},
        {"./vnsearch analyze \"Đàm phán hòa bình tại Hà Nội\"", "see the tokens the index holds"},
        {"./vnsearch --help", "every command and option"}
      };
      for (String[] hint : hints) {
        out.println(
            "  " + String.format(Locale.ROOT, "%-52s", hint[0]) + style.dim("# " + hint[1]));
      }
      out.flush();
      return ExitCode.OK;
    } finally {
      deleteRecursively(temp);
    }
  }

  private static String quote(String[] args) {
    StringBuilder line = new StringBuilder();
    for (String arg : args) {
      if (line.length() > 0) {
        line.append(' ');
      }
      boolean plain = arg.startsWith("--") || arg.matches("[\\p{L}\\p{N}/._-]+");
      line.append(plain ? arg : "'" + arg + "'");
    }
    return line.toString();
  }

  private static void deleteRecursively(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
