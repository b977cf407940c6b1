package io.github.vnsearch.eval;

import java.util.List;

/**
 * The outcome of one evaluation run: every configuration's figures over the same passages and
 * queries.
 *
 * @param passages number of passages indexed
 * @param queries number of queries run
 * @param diacriticsStripped whether diacritics were removed from the queries before searching
 * @param results one entry per configuration, in the order they were asked for
 */
public record EvaluationReport(
    int passages, int queries, boolean diacriticsStripped, List<ConfigurationResult> results) {
  /** Copies the results list. */
  public EvaluationReport {
    results = List.copyOf(results);
  }
}
