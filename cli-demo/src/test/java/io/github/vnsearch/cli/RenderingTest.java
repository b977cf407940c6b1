package io.github.vnsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vnsearch.core.article.IngestReport;
import io.github.vnsearch.core.search.FacetValue;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class RenderingTest {

  @Test
  void snippetMatchesAreBracketedWithoutATerminal() {
    String snippet =
        "các bên nhất trí nối lại \uE000đàm phán\uE001\n\uE000hòa bình\uE001 tại Geneva";
    assertEquals(
        "các bên nhất trí nối lại [đàm phán] [hòa bình] tại Geneva",
        Snippets.render(snippet, Style.PLAIN));
  }

  @Test
  void snippetMatchesAreBoldOnATerminal() {
    String rendered = Snippets.render("nối lại \uE000đàm phán\uE001", new Style(true, 80));
    assertTrue(rendered.contains("\u001b[1;33mđàm phán\u001b[0m"), rendered);
    assertEquals("nối lại đàm phán".length(), Text.visibleWidth(rendered));
  }

  @Test
  void barsAreProportionalAndNonZeroCountsVisible() {
    String chart =
        BarChart.render(
            List.of(
                new FacetValue("2023", "2023", 1),
                new FacetValue("2025", "2025", 30),
                new FacetValue("no date", "no date", 0)),
            Style.PLAIN);
    String[] lines = chart.split("\n");
    assertEquals(3, lines.length, chart);
    assertTrue(lines[0].startsWith("  2023     "), chart);
    assertTrue(lines[0].endsWith(" 1  #"), chart);
    assertTrue(lines[1].endsWith("30  " + "#".repeat(30)), chart);
    assertTrue(lines[2].endsWith(" 0  "), chart);
  }

  @Test
  void wrappingKeepsWordsWholeAndIgnoresCombiningMarks() {
    String nfd = "Ho\u031bn 10.000 va\u0323\u0302n đo\u0323\u0302ng vie\u0302n tham du\u031b\u0323";
    String wrapped = Text.wrap(nfd + " " + nfd, 30, "  ");
    for (String line : wrapped.split("\n")) {
      assertTrue(Text.visibleWidth(line) <= 30, line);
      assertTrue(line.startsWith("  "), line);
    }
    assertEquals(nfd + " " + nfd, wrapped.replace("\n  ", " ").strip());
  }

  @Test
  void progressLineShowsCountsRateAndEta() {
    // Half the bytes read in 10 s: 10 s to go.
    ProgressBar.Snapshot s = new ProgressBar.Snapshot(1, 2, 5_000, 50, 100);
    String line = ProgressBar.render(s, 10_000_000_000L, 0);
    assertEquals("1/2 files  5,000 articles  500 articles/s  ETA 0:10", line);
    String bar = ProgressBar.render(s, 10_000_000_000L, 100);
    int open = bar.indexOf('['), close = bar.indexOf(']');
    String cells = bar.substring(open + 1, close);
    long filled = cells.chars().filter(c -> c == '#').count();
    assertTrue(Math.abs(2 * filled - cells.length()) <= 1, bar); // half full
    assertTrue(bar.endsWith("]  50% " + line), bar);
    assertTrue(bar.length() <= 100, bar);
  }

  @Test
  void inputsThatDidNotFitInMemorySayHowToGiveMore() {
    StringWriter out = new StringWriter();
    IngestReport report =
        new IngestReport(
            2,
            0,
            List.of(
                new IngestReport.Skipped(
                    "to.jsonl", 1, "out of memory (Java's maximum heap is 96 MB)"),
                new IngestReport.Skipped("rong.txt", 0, "empty file")));
    new TerminalRenderer(new PrintWriter(out), Style.PLAIN)
        .indexSummary(new IndexSummary(report, 1.5, Path.of("idx"), 2, 4096));
    assertTrue(
        out.toString()
            .endsWith(
                "Skipped:\n  to.jsonl:1: out of memory (Java's maximum heap is 96 MB)\n"
                    + "  rong.txt: empty file\n"
                    + "Some inputs did not fit in memory: run again with more, e.g."
                    + " VNSEARCH_JAVA_OPTS=-Xmx2g.\n"),
        out::toString);
  }

  @Test
  void durationsAreClockLike() {
    assertEquals("0:05", ProgressBar.duration(5));
    assertEquals("2:05", ProgressBar.duration(125));
    assertEquals("1:00:01", ProgressBar.duration(3601));
  }
}
