package io.github.vnsearch.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of one configuration over a query set (means over the queries; see {@link
 * RetrievalMetrics} for the definitions).
 *
 * @param configuration the configuration's name
 * @param mrr10 MRR@10
 * @param recall1 Recall@1
 * @param recall10 Recall@10
 * @param recall100 Recall@100
 * @param ndcg10 nDCG@10
 * @param ranks per query id, in query order: the rank of the first relevant passage, or {@code
 *     null} when none is in the top 100
 */
public record ConfigurationResult(
    String configuration,
    double mrr10,
    double recall1,
    double recall10,
    double recall100,
    double ndcg10,
    Map<String, Integer> ranks) {

  /** The reported metric names, in report order. */
  public static final List<String> METRIC_NAMES =
      List.of("MRR@10", "Recall@1", "Recall@10", "Recall@100", "nDCG@10");

  /** Copies {@code ranks}, keeping its order and its nulls. */
  public ConfigurationResult {
    ranks = Collections.unmodifiableMap(new LinkedHashMap<>(ranks));
  }

  /** The metrics by their reported names, in report order: MRR@10, Recall@1, @10, @100, nDCG@10. */
  public Map<String, Double> metrics() {
    Map<String, Double> metrics = new LinkedHashMap<>();
    metrics.put("MRR@10", mrr10);
    metrics.put("Recall@1", recall1);
    metrics.put("Recall@10", recall10);
    metrics.put("Recall@100", recall100);
    metrics.put("nDCG@10", ndcg10);
    return metrics;
  }
}
