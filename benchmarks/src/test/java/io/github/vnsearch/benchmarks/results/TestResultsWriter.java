package io.github.vnsearch.benchmarks.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The results writer on a small JMH result file written by hand ({@code small-run.json}). */
class TestResultsWriter {

  private static final MachineInfo MACHINE =
      new MachineInfo("Test CPU @ 2.0GHz", 2, 24L << 30, "Linux 6.1 amd64");

  private static List<JmhResult> results;

  @BeforeAll
  static void read() throws Exception {
    results = JmhResult.read(resource("small-run.json"));
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(TestResultsWriter.class.getResource(name).toURI());
  }

  private static ResultsReport report() {
    return new ResultsReport(results, MACHINE, "2026-11-23 20:30 UTC", "shared machine");
  }

  @Test
  void jvmArgumentPathsAreShownRelativeToTheCheckout() {
    Path here = Path.of("").toAbsolutePath();
    String shared = here.resolveSibling("shared").toString();
    assertEquals(
        "-Dvnsearch.shared.dir=" + Path.of("..", "shared"),
        ResultsReport.relativeArg("-Dvnsearch.shared.dir=" + shared));
    assertEquals(
        "-Dcache=" + Path.of("target", "c"),
        ResultsReport.relativeArg("-Dcache=" + here.resolve("target/c")));
    assertEquals("-Xmx2g", ResultsReport.relativeArg("-Xmx2g"));
    assertEquals(
        "-Dvnsearch.bench.profile=full",
        ResultsReport.relativeArg("-Dvnsearch.bench.profile=full"));
  }

  @Test
  void parsesRowsWithUnitsAndNaNErrors() {
    assertEquals(12, results.size());
    JmhResult standard = results.get(0);
    assertEquals("AnalysisBenchmark.analyze", standard.benchmark());
    assertEquals("standard", standard.param("analyzer"));
    assertEquals(80_000_000.0, standard.secondaryScore("bytes"));
    assertEquals(List.of("-Xmx2g"), standard.jvmArgs());
    assertEquals("25.0.3, OpenJDK 64-Bit Server VM 25.0.3+9-LTS", standard.jdk());
    assertTrue(Double.isNaN(standard.secondary().get("tokens").error()));
  }

  @Test
  void convertsUnitsBeforeComparing() {
    ResultsReport report = report();
    assertEquals(80.0, report.analysisMBps("standard"), 1e-9);
    // 36,000 bytes/ms = 36 MB/s
    assertEquals(36.0, report.analysisMBps("vi-words"), 1e-9);
    assertEquals(12.5, report.queryMillis("phrase", 99.0), 1e-9);
    assertEquals(4.2, report.queryMillis("term", 99.0), 1e-9);
    // 50 MB/s of heap counted at 2 loads/s = 25 MB per load
    assertEquals(25.0, report.dictionaryHeapMB(), 1e-9);
    assertTrue(Double.isNaN(report.analysisMBps("vi-mixed")));
  }

  @Test
  void checksTargetsAgainstTheBaselines() {
    List<String> met = new ArrayList<>();
    List<String> missed = new ArrayList<>();
    for (ResultsReport.Target t : report().targets()) {
      (t.met() ? met : missed).add(t.name() + " = " + t.measured());
    }
    assertEquals(
        List.of(
            "`vi-tokenizer` (`VietnameseTokenizer` alone) ≥ 0.5× `StandardAnalyzer` = 0.55× (44.0 vs"
                + " 80.0 MB/s)",
            "indexing ≥ 0.6× `StandardAnalyzer`-only, 1 thread(s) = 0.60× (7,200 vs 12,000 docs/s)",
            "p99 < 10 ms, term query with facets, 80,712-article index = 4.20 ms",
            "dictionary heap < 32 MB = 25.0 MB",
            "p99 < 1 ms per keystroke, suggestions typed telex = 0.400 ms"),
        met);
    assertEquals(
        List.of(
            "`vi-words` analysis ≥ 0.5× `StandardAnalyzer` = 0.45× (36.0 vs 80.0 MB/s)",
            "p99 < 10 ms, phrase query with facets, 80,712-article index = 12.50 ms",
            "restoring a six-word query < 100 µs = 250.0 µs"),
        missed);
  }

  @Test
  void writesTablesWithRatiosMachineAndNote(@TempDir Path dir) throws Exception {
    ResultsWriter.write(results, MACHINE, "2026-11-23 20:30 UTC", "shared machine", dir);
    String md = Files.readString(dir.resolve(ResultsWriter.RESULTS));
    assertTrue(md.contains("- Date: 2026-11-23 20:30 UTC\n"), md);
    assertTrue(
        md.contains("- Machine: 2 cores, 24.0 GiB, Test CPU @ 2.0GHz, Linux 6.1 amd64\n"), md);
    assertTrue(md.contains("- JDK: 25.0.3, OpenJDK 64-Bit Server VM 25.0.3+9-LTS\n"), md);
    assertTrue(md.contains("- Note: shared machine\n"), md);
    assertTrue(md.contains("![throughput](throughput.svg)"), md);
    // vi-words sorts before the baselines; ratio to standard 36/80
    assertTrue(md.contains("| vi-words | 36.0 | – | 5.00 | 9,000 | 0.45× |\n"), md);
    assertTrue(md.contains("| standard | 80.0 | 2.0 | 12.00 | 20,000 | 1.00× |\n"), md);
    assertTrue(md.indexOf("| vi-words |") < md.indexOf("| standard |"), md);
    // index size = 36 MB/s of index at 3.6 builds/s = 10 MB; GB/hour = 14.4 MB/s * 3.6
    assertTrue(md.contains("| vnsearch | 1 | 7,200 | 14.40 | 51.8 | 10.0 MB | 0.60× |\n"), md);
    assertTrue(md.contains("| standard | 1 | 12,000 | 24.00 | 86.4 | 5.0 MB | 1.00× |\n"), md);
    assertTrue(md.contains("| term | `xăng` | 1.50 | 1.25 | 4.20 | 640 |\n"), md);
    assertTrue(
        md.contains("| phrase | `\"thị trường chứng khoán\"` | 3.00 | 2.50 | 12.50 | 333 |"), md);
    assertTrue(md.contains("| load time, cold (fresh class loader) | 350 ms |\n"), md);
    assertTrue(md.contains("| heap, FST `ramBytesUsed()` | 20.0 MB |\n"), md);
    assertTrue(md.contains("| dictionary heap < 32 MB | 25.0 MB | yes |\n"), md);
    assertTrue(md.contains("| 0.45× (36.0 vs 80.0 MB/s) | **no** |\n"), md);
    // keystrokes in µs shown in ms
    assertTrue(md.contains("## Suggestions per keystroke (80,712-article index)\n"), md);
    assertTrue(md.contains("| telex | 0.060 | 0.050 | 0.400 |\n"), md);
    // a benchmark the writer does not know is listed as JMH reported it
    assertTrue(
        md.contains(
            "| RestorerBenchmark.restore | {length=short} | avgt | 0.250 | 0.010 | ms/op |"),
        md);
  }

  @Test
  void drawsBarsProportionalToThroughput(@TempDir Path dir) throws Exception {
    ResultsWriter.write(results, MACHINE, "2026-11-23", "", dir);
    String svg = Files.readString(dir.resolve(ResultsWriter.CHART));
    Document doc =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    NodeList rects = doc.getElementsByTagName("rect");
    List<Element> bars = new ArrayList<>();
    for (int i = 0; i < rects.getLength(); i++) {
      Element e = (Element) rects.item(i);
      if (e.hasAttribute("height") && e.getAttribute("height").equals("22")) {
        bars.add(e);
      }
    }
    // analysis: vi-words, vi-tokenizer, standard; indexing: vnsearch, standard; queries (QPS =
    // 1000 / mean): term, phrase
    assertEquals(7, bars.size(), svg);
    assertEquals("ours", bars.get(0).getAttribute("class"));
    assertEquals("ours", bars.get(1).getAttribute("class"));
    assertEquals("baseline", bars.get(2).getAttribute("class"));
    double viWords = Double.parseDouble(bars.get(0).getAttribute("width"));
    double viTokenizer = Double.parseDouble(bars.get(1).getAttribute("width"));
    double standard = Double.parseDouble(bars.get(2).getAttribute("width"));
    assertEquals(0.45, viWords / standard, 0.01);
    assertEquals(0.55, viTokenizer / standard, 0.01);
    assertTrue(svg.contains(">36.0</text>"), svg);
    assertTrue(svg.contains(">667</text>"), svg); // term: 1000 / 1.5 ms
    assertFalse(svg.contains("NaN"), svg);
  }

  @Test
  void rejectsFilesThatAreNotJmhResults(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"benchmark\": 1}");
    Exception e =
        org.junit.jupiter.api.Assertions.assertThrows(
            java.io.IOException.class, () -> JmhResult.read(bad));
    assertTrue(e.getMessage().startsWith(bad.toString()), e.getMessage());
  }
}
