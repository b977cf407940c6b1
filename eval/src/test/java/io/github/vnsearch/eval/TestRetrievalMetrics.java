package io.github.vnsearch.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TestRetrievalMetrics {

  private static final double EPS = 1e-12;
  private static final List<String> RANKING = List.of("a", "b", "c", "d");

  @Test
  void oneRelevantAtRankThree() {
    Set<String> relevant = Set.of("c");
    assertEquals(3, RetrievalMetrics.firstRelevantRank(RANKING, relevant, 100));
    assertEquals(1.0 / 3, RetrievalMetrics.reciprocalRank(RANKING, relevant, 10), EPS);
    assertEquals(0.0, RetrievalMetrics.reciprocalRank(RANKING, relevant, 2), EPS);
    assertEquals(0.0, RetrievalMetrics.recall(RANKING, relevant, 1), EPS);
    assertEquals(0.0, RetrievalMetrics.recall(RANKING, relevant, 2), EPS);
    assertEquals(1.0, RetrievalMetrics.recall(RANKING, relevant, 3), EPS);
    // 1 / log2(4) over an ideal DCG of 1.
    assertEquals(0.5, RetrievalMetrics.ndcg(RANKING, relevant, 10), EPS);
    assertEquals(0.0, RetrievalMetrics.ndcg(RANKING, relevant, 2), EPS);
  }

  @Test
  void relevantAtTheTopIsPerfect() {
    Set<String> relevant = Set.of("a");
    assertEquals(1.0, RetrievalMetrics.reciprocalRank(RANKING, relevant, 10), EPS);
    assertEquals(1.0, RetrievalMetrics.recall(RANKING, relevant, 1), EPS);
    assertEquals(1.0, RetrievalMetrics.ndcg(RANKING, relevant, 10), EPS);
  }

  @Test
  void twoRelevantAtRanksTwoAndFour() {
    Set<String> relevant = Set.of("b", "d");
    assertEquals(2, RetrievalMetrics.firstRelevantRank(RANKING, relevant, 100));
    assertEquals(0.5, RetrievalMetrics.reciprocalRank(RANKING, relevant, 10), EPS);
    assertEquals(0.0, RetrievalMetrics.recall(RANKING, relevant, 1), EPS);
    assertEquals(0.5, RetrievalMetrics.recall(RANKING, relevant, 2), EPS);
    assertEquals(0.5, RetrievalMetrics.recall(RANKING, relevant, 3), EPS);
    assertEquals(1.0, RetrievalMetrics.recall(RANKING, relevant, 4), EPS);
    // (1/log2(3) + 1/log2(5)) / (1 + 1/log2(3))
    assertEquals(0.6509209298071326, RetrievalMetrics.ndcg(RANKING, relevant, 10), EPS);
  }

  @Test
  void idealDcgCountsOnlyAsManyRanksAsRelevantPassages() {
    // Three relevant passages, two retrieved at ranks 1 and 3, one never retrieved:
    // (1 + 1/log2(4)) / (1 + 1/log2(3) + 1/log2(4)).
    Set<String> relevant = Set.of("a", "c", "z");
    assertEquals(0.7039180890341347, RetrievalMetrics.ndcg(RANKING, relevant, 10), EPS);
    assertEquals(2.0 / 3, RetrievalMetrics.recall(RANKING, relevant, 100), EPS);
  }

  @Test
  void notRetrievedScoresZeroAndHasNoRank() {
    Set<String> relevant = Set.of("x");
    assertNull(RetrievalMetrics.firstRelevantRank(RANKING, relevant, 100));
    assertEquals(0.0, RetrievalMetrics.reciprocalRank(RANKING, relevant, 10), EPS);
    assertEquals(0.0, RetrievalMetrics.recall(RANKING, relevant, 100), EPS);
    assertEquals(0.0, RetrievalMetrics.ndcg(RANKING, relevant, 10), EPS);
    assertNull(RetrievalMetrics.firstRelevantRank(List.of(), relevant, 100));
  }

  @Test
  void rankBeyondTheDepthIsNotCounted() {
    assertNull(RetrievalMetrics.firstRelevantRank(RANKING, Set.of("d"), 3));
    assertEquals(4, RetrievalMetrics.firstRelevantRank(RANKING, Set.of("d"), 4));
  }

  @Test
  void duplicateIdsInARankingCountOnce() {
    List<String> ranking = List.of("b", "b", "a");
    Set<String> relevant = Set.of("b", "c");
    assertEquals(0.5, RetrievalMetrics.recall(ranking, relevant, 10), EPS);
    // Only rank 1 gains: 1 / (1 + 1/log2(3)).
    assertEquals(
        1 / (1 + Math.log(2) / Math.log(3)), RetrievalMetrics.ndcg(ranking, relevant, 10), EPS);
  }

  @Test
  void cutOffBelowOneIsRejected() {
    assertThrows(
        IllegalArgumentException.class, () -> RetrievalMetrics.ndcg(RANKING, Set.of("a"), 0));
    assertThrows(
        IllegalArgumentException.class, () -> RetrievalMetrics.recall(RANKING, Set.of("a"), 0));
  }
}
