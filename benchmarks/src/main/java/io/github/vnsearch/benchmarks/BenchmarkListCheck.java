package io.github.vnsearch.benchmarks;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Build smoke check run on the shaded jar at {@code verify}: fails unless the jar's JMH benchmark
 * list names every benchmark of this module. It catches the silent failure of a jar built without
 * the JMH annotation processor, which has no benchmarks at all.
 */
public final class BenchmarkListCheck {

  /** The benchmark methods the jar must contain. */
  static final List<String> EXPECTED =
      List.of(
          "AnalysisBenchmark.analyze",
          "AdversarialTextBenchmark.analyze",
          "IndexingBenchmark.index",
          "QueryBenchmark.search",
          "SuggestBenchmark.keystroke",
          "DictionaryBenchmark.loadCold",
          "DictionaryBenchmark.heap",
          "DictionaryBenchmark.lookup",
          "RestorerBenchmark.restore",
          "RestorerBenchmark.restoreTop5");

  private BenchmarkListCheck() {}

  /** Prints the benchmarks found; exits with status 1 when one is missing. */
  public static void main(String[] args) {
    Set<String> found = new TreeSet<>();
    for (BenchmarkListEntry entry :
        BenchmarkList.defaultList()
            .getAll(
                OutputFormatFactory.createFormatInstance(System.out, VerboseMode.SILENT),
                List.of())) {
      String name = entry.getUsername();
      String prefix = BenchmarkListCheck.class.getPackageName() + ".";
      found.add(name.startsWith(prefix) ? name.substring(prefix.length()) : name);
    }
    Set<String> missing = new TreeSet<>(EXPECTED);
    missing.removeAll(found);
    System.out.println("benchmarks.jar lists " + found.size() + " benchmarks: " + found);
    if (!missing.isEmpty()) {
      System.err.println("benchmarks.jar is missing benchmarks: " + missing);
      System.exit(1);
    }
  }
}
