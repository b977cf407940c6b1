package io.github.vnsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DemoCommandTest {

  @Test
  void sampleCorpusIsBundledAndLarge() {
    List<String> names = SampleCorpus.names();
    assertTrue(names.size() >= 20, names::toString);
    assertEquals(names.size(), names.stream().distinct().count());
  }

  @Test
  void demoIndexesTheSampleRunsTheExamplesAndCleansUp() throws IOException {
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    List<Path> before = demoDirs(tmp);
    Cli.Result r = Cli.run("demo");
    assertEquals(0, r.code(), r::toString);
    int articles = SampleCorpus.names().size();
    assertTrue(
        r.out().startsWith("vnsearch demo: indexed " + articles + " sample articles"), r::toString);
    for (DemoCommand.Example example : DemoCommand.EXAMPLES) {
      assertTrue(r.out().contains("# " + example.comment() + "\n$ vnsearch search "), r::toString);
    }
    // The unaccented example finds the peace-talks article and marks the matched words.
    int unaccented = r.out().indexOf("$ vnsearch search 'dam phan hoa binh'");
    int next = r.out().indexOf("\n# ", unaccented);
    String first = r.out().substring(unaccented, next);
    assertTrue(first.contains("01-dam-phan-geneva.txt"), first);
    assertTrue(first.contains("[đàm phán"), first);
    assertTrue(
        r.out().contains("By month of 2025") || r.out().contains("By day of 2025/12"), r::toString);
    assertTrue(r.out().contains("Try next:"), r::toString);
    assertFalse(r.out().contains("vnsearch-demo"), "temporary paths are not shown");
    assertTrue(r.err().isEmpty(), r::toString);
    assertEquals(before, demoDirs(tmp), "the temporary index is deleted");
  }

  private static List<Path> demoDirs(Path tmp) throws IOException {
    try (Stream<Path> s = Files.list(tmp)) {
      return s.filter(p -> p.getFileName().toString().startsWith("vnsearch-demo"))
          .sorted()
          .toList();
    }
  }
}
