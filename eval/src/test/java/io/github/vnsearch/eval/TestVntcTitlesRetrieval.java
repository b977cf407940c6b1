package io.github.vnsearch.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The native dev set: 1,000 VNTC headlines, each searched for its own article among 10,000, read
 * from {@code ${vnsearch.shared.dir}/data/retrieval/vntc-titles/} at run time (never copied into
 * the repository). vnsearch, as {@code ArticleSearcher} runs by default, must rank at least as well
 * as every baseline configuration, find the article in its top 100 at least as often as {@code
 * StandardAnalyzer}, and keep 90% of its MRR@10 when the headlines are typed without diacritics,
 * where it must beat the accent-folding baseline.
 */
class TestVntcTitlesRetrieval {

  private static final List<String> BASELINES =
      List.of("standard", "icu-folding", "vi-words", "vi-mixed");

  private static double bestBaseline;
  private static ConfigurationResult standard;
  private static ConfigurationResult accented;
  private static ConfigurationResult stripped;
  private static ConfigurationResult strippedFolding;

  @BeforeAll
  static void load() throws IOException {
    RetrievalEvaluator evaluator = DevSets.load("vntc-titles", "passages.jsonl.gz");
    assertEquals(10_000, evaluator.passages().size());
    assertEquals(1_000, evaluator.queries().size());
    for (String name : BASELINES) {
      ConfigurationResult result = evaluator.evaluate(Configurations.create(name), false);
      bestBaseline = Math.max(bestBaseline, result.mrr10());
      if (name.equals("standard")) {
        standard = result;
      }
    }
    accented = evaluator.evaluate(new VnsearchConfiguration(), false);
    stripped = evaluator.evaluate(new VnsearchConfiguration(), true);
    strippedFolding = evaluator.evaluate(Configurations.create("icu-folding"), true);
    System.out.printf(
        "vntc-titles MRR@10: best baseline %.4f, vnsearch %.4f, stripped %.4f (icu-folding %.4f)%n",
        bestBaseline, accented.mrr10(), stripped.mrr10(), strippedFolding.mrr10());
  }

  @Test
  void vnsearchRanksAboveEveryBaselineByTwoPoints() {
    assertTrue(
        accented.mrr10() >= bestBaseline + 0.02,
        "vnsearch MRR@10 " + accented.mrr10() + " < best baseline + 0.02 " + bestBaseline);
  }

  @Test
  void vnsearchFindsAsManyArticlesAsStandardAnalyzer() {
    assertTrue(
        accented.recall100() >= standard.recall100(),
        "vnsearch Recall@100 " + accented.recall100() + " < standard " + standard.recall100());
  }

  @Test
  void unaccentedHeadlinesKeepNinetyPercentAndBeatFolding() {
    assertTrue(
        stripped.mrr10() >= 0.9 * accented.mrr10(),
        "stripped MRR@10 " + stripped.mrr10() + " < 0.9 × accented " + accented.mrr10());
    assertTrue(
        stripped.mrr10() >= strippedFolding.mrr10() + 0.05,
        "stripped MRR@10 " + stripped.mrr10() + " < icu-folding + 0.05");
  }
}
