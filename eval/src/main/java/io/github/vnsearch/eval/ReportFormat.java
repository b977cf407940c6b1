package io.github.vnsearch.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

/** Renders an {@link EvaluationReport} as a terminal table or as JSON. */
public final class ReportFormat {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ReportFormat() {}

  /**
   * One JSON object, {@code {"queries": N, "results": {"<configuration>": {"MRR@10": x, "Recall@1":
   * x, "Recall@10": x, "Recall@100": x, "nDCG@10": x, "ranks": {"<query id>": rank or null}}}}}, on
   * one line.
   */
  public static String json(EvaluationReport report) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("queries", report.queries());
    ObjectNode results = root.putObject("results");
    for (ConfigurationResult result : report.results()) {
      ObjectNode node = results.putObject(result.configuration());
      result.metrics().forEach(node::put);
      ObjectNode ranks = node.putObject("ranks");
      for (Map.Entry<String, Integer> rank : result.ranks().entrySet()) {
        if (rank.getValue() == null) {
          ranks.putNull(rank.getKey());
        } else {
          ranks.put(rank.getKey(), rank.getValue());
        }
      }
    }
    try {
      return MAPPER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A readable table, one row per configuration, metrics to four decimals. */
  public static String table(EvaluationReport report) {
    StringBuilder out = new StringBuilder();
    out.append(report.queries())
        .append(" queries over ")
        .append(report.passages())
        .append(" passages")
        .append(report.diacriticsStripped() ? ", diacritics stripped from the queries" : "")
        .append('\n');
    int width = "configuration".length();
    for (ConfigurationResult result : report.results()) {
      width = Math.max(width, result.configuration().length());
    }
    String nameFormat = "%-" + width + "s";
    out.append(String.format(Locale.ROOT, nameFormat, "configuration"));
    for (String metric : ConfigurationResult.METRIC_NAMES) {
      out.append(String.format(Locale.ROOT, "  %10s", metric));
    }
    out.append(String.format(Locale.ROOT, "  %10s%n", "not found"));
    for (ConfigurationResult result : report.results()) {
      out.append(String.format(Locale.ROOT, nameFormat, result.configuration()));
      for (double value : result.metrics().values()) {
        out.append(String.format(Locale.ROOT, "  %10.4f", value));
      }
      long missing = result.ranks().values().stream().filter(r -> r == null).count();
      out.append(String.format(Locale.ROOT, "  %10d%n", missing));
    }
    return out.toString();
  }
}
