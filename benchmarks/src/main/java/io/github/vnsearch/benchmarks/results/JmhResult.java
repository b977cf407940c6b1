package io.github.vnsearch.benchmarks.results;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One row of JMH's JSON output ({@code -rf json}): a benchmark method with one set of parameters in
 * one mode.
 *
 * @param benchmark the method, e.g. {@code AnalysisBenchmark.analyze} (package removed)
 * @param mode JMH's short mode name: {@code thrpt}, {@code avgt}, {@code sample} or {@code ss}
 * @param threads number of benchmark threads
 * @param params the {@code @Param} values
 * @param primary the primary metric
 * @param secondary the secondary metrics (e.g. {@code @AuxCounters}), by name
 * @param jdk JDK version and VM, e.g. {@code 25.0.3, OpenJDK 64-Bit Server VM 25.0.3+9-LTS}
 * @param jvmArgs the JVM arguments of the forked JVM
 */
public record JmhResult(
    String benchmark,
    String mode,
    int threads,
    Map<String, String> params,
    Metric primary,
    Map<String, Metric> secondary,
    String jdk,
    List<String> jvmArgs) {

  /**
   * A score with its error and percentiles.
   *
   * @param score the mean (or the rate, in throughput mode)
   * @param error half-width of the 99.9% confidence interval, NaN when unknown
   * @param unit JMH's unit, e.g. {@code ops/s} or {@code ms/op}
   * @param percentiles percentile (0–100) → value
   */
  public record Metric(double score, double error, String unit, Map<Double, Double> percentiles) {

    /** The given percentile, or NaN when JMH did not report it. */
    public double percentile(double p) {
      return percentiles.getOrDefault(p, Double.NaN);
    }
  }

  /** Returns the value of a parameter, or {@code null}. */
  public String param(String name) {
    return params.get(name);
  }

  /** Returns a secondary metric's score, or NaN when absent. */
  public double secondaryScore(String name) {
    Metric m = secondary.get(name);
    return m == null ? Double.NaN : m.score();
  }

  /** Reads all rows of a JMH JSON result file. */
  public static List<JmhResult> read(Path file) throws IOException {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new IOException(file + ": not a JMH JSON result file: " + e.getMessage(), e);
    }
    if (root == null || !root.isArray()) {
      throw new IOException(file + ": not a JMH JSON result file (expected a JSON array)");
    }
    List<JmhResult> results = new ArrayList<>();
    for (JsonNode row : root) {
      results.add(parse(row));
    }
    return results;
  }

  private static JmhResult parse(JsonNode row) {
    String benchmark = row.path("benchmark").asText();
    int dot = benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1);
    Map<String, String> params = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> it = row.path("params").fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      params.put(e.getKey(), e.getValue().asText());
    }
    Map<String, Metric> secondary = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> sec = row.path("secondaryMetrics").fields();
    while (sec.hasNext()) {
      Map.Entry<String, JsonNode> e = sec.next();
      secondary.put(e.getKey(), metric(e.getValue()));
    }
    List<String> jvmArgs = new ArrayList<>();
    row.path("jvmArgs").forEach(a -> jvmArgs.add(a.asText()));
    String jdk =
        (row.path("jdkVersion").asText("?")
                + ", "
                + row.path("vmName").asText("")
                + " "
                + row.path("vmVersion").asText(""))
            .strip();
    return new JmhResult(
        dot < 0 ? benchmark : benchmark.substring(dot + 1),
        row.path("mode").asText(),
        row.path("threads").asInt(1),
        params,
        metric(row.path("primaryMetric")),
        secondary,
        jdk,
        jvmArgs);
  }

  private static Metric metric(JsonNode node) {
    Map<Double, Double> percentiles = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> it = node.path("scorePercentiles").fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      percentiles.put(Double.parseDouble(e.getKey()), number(e.getValue()));
    }
    return new Metric(
        number(node.path("score")),
        number(node.path("scoreError")),
        node.path("scoreUnit").asText(""),
        percentiles);
  }

  /** JMH writes NaN as the string {@code "NaN"}. */
  private static double number(JsonNode node) {
    if (node.isNumber()) {
      return node.asDouble();
    }
    try {
      return Double.parseDouble(node.asText());
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }
}
