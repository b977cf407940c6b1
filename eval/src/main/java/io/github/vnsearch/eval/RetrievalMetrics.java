package io.github.vnsearch.eval;

import java.util.List;
import java.util.Set;

/**
 * Ranking metrics with binary relevance, as pure functions of one query's ranking (passage ids,
 * best first) and the set of passage ids judged relevant for it. A collection's figure is the mean
 * of the per-query values.
 *
 * <p>With {@code rank(d)} the 1-based position of {@code d} in the ranking and {@code R} the
 * relevant set:
 *
 * <ul>
 *   <li>{@code RR@k = 1 / rank(first relevant)} when that rank is at most {@code k}, else 0; its
 *       mean is MRR@k.
 *   <li>{@code Recall@k = |relevant in the top k| / |R|}.
 *   <li>{@code nDCG@k = DCG@k / IDCG@k} where {@code DCG@k = sum over i in 1..k of rel(i) / log2(i
 *       + 1)}, {@code rel(i)} is 1 when the passage at rank {@code i} is relevant and 0 otherwise,
 *       and {@code IDCG@k = sum over i in 1..min(|R|, k) of 1 / log2(i + 1)} is the DCG of a
 *       perfect ranking.
 * </ul>
 *
 * A query with no relevant passage scores 0 on every metric. Duplicate ids in a ranking count once,
 * at their first position.
 */
public final class RetrievalMetrics {

  private RetrievalMetrics() {}

  /**
   * Returns the 1-based rank of the first relevant passage within the first {@code depth} entries
   * of {@code ranking}, or {@code null} when there is none.
   */
  public static Integer firstRelevantRank(List<String> ranking, Set<String> relevant, int depth) {
    int n = Math.min(depth, ranking.size());
    for (int i = 0; i < n; i++) {
      if (relevant.contains(ranking.get(i))) {
        return i + 1;
      }
    }
    return null;
  }

  /**
   * Reciprocal rank at cut-off {@code k}: 1 / rank of the first relevant passage, 0 if not in top
   * k.
   */
  public static double reciprocalRank(List<String> ranking, Set<String> relevant, int k) {
    checkCutoff(k);
    Integer rank = firstRelevantRank(ranking, relevant, k);
    return rank == null ? 0 : 1.0 / rank;
  }

  /** Fraction of the relevant passages found in the top {@code k}. */
  public static double recall(List<String> ranking, Set<String> relevant, int k) {
    checkCutoff(k);
    if (relevant.isEmpty()) {
      return 0;
    }
    int n = Math.min(k, ranking.size());
    int found = 0;
    for (int i = 0; i < n; i++) {
      String id = ranking.get(i);
      if (relevant.contains(id) && ranking.indexOf(id) == i) {
        found++;
      }
    }
    return (double) found / relevant.size();
  }

  /** Normalized discounted cumulative gain at cut-off {@code k} with binary gains. */
  public static double ndcg(List<String> ranking, Set<String> relevant, int k) {
    checkCutoff(k);
    if (relevant.isEmpty()) {
      return 0;
    }
    int n = Math.min(k, ranking.size());
    double dcg = 0;
    for (int i = 0; i < n; i++) {
      String id = ranking.get(i);
      if (relevant.contains(id) && ranking.indexOf(id) == i) {
        dcg += discount(i + 1);
      }
    }
    double ideal = 0;
    int perfect = Math.min(k, relevant.size());
    for (int i = 1; i <= perfect; i++) {
      ideal += discount(i);
    }
    return dcg / ideal;
  }

  private static void checkCutoff(int k) {
    if (k < 1) {
      throw new IllegalArgumentException("cut-off must be at least 1, got " + k);
    }
  }

  /** 1 / log2(rank + 1). */
  private static double discount(int rank) {
    return Math.log(2) / Math.log(rank + 1);
  }
}
