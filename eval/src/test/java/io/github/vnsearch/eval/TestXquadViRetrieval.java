package io.github.vnsearch.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dev set: XQuAD's Vietnamese questions over their 240 passages, read from {@code
 * ${vnsearch.shared.dir}/data/retrieval/xquad-vi/} at run time (never copied into the repository).
 * vnsearch must rank at least as well as Lucene's {@code StandardAnalyzer}, and lose at most 10% of
 * its MRR@10 when the queries are typed without diacritics.
 */
class TestXquadViRetrieval {

  private static ConfigurationResult standard;
  private static ConfigurationResult accented;
  private static ConfigurationResult stripped;
  private static ConfigurationResult strippedWithoutRestoration;

  @BeforeAll
  static void load() throws IOException {
    RetrievalEvaluator evaluator = DevSets.load("xquad-vi", "passages.jsonl");
    assertEquals(240, evaluator.passages().size());
    assertEquals(1190, evaluator.queries().size());
    standard = evaluator.evaluate(Configurations.create("standard"), false);
    accented = evaluator.evaluate(new VnsearchConfiguration(), false);
    stripped = evaluator.evaluate(new VnsearchConfiguration(), true);
    strippedWithoutRestoration = evaluator.evaluate(new VnsearchConfiguration(false), true);
    System.out.printf(
        "xquad-vi MRR@10: standard %.4f, vnsearch %.4f, vnsearch stripped %.4f"
            + " (without restoration %.4f)%n",
        standard.mrr10(), accented.mrr10(), stripped.mrr10(), strippedWithoutRestoration.mrr10());
  }

  @Test
  void vnsearchRanksAtLeastAsWellAsStandardAnalyzer() {
    assertTrue(
        accented.mrr10() >= standard.mrr10(),
        "vnsearch MRR@10 " + accented.mrr10() + " < standard " + standard.mrr10());
  }

  @Test
  void unaccentedQueriesKeepNinetyPercentOfMrr() {
    assertTrue(
        stripped.mrr10() >= 0.9 * accented.mrr10(),
        "stripped MRR@10 " + stripped.mrr10() + " < 0.9 × accented " + accented.mrr10());
  }

  @Test
  void restoringDiacriticsHelpsUnaccentedQueries() {
    assertTrue(
        stripped.mrr10() > strippedWithoutRestoration.mrr10(),
        "stripped MRR@10 with restoration "
            + stripped.mrr10()
            + " <= without "
            + strippedWithoutRestoration.mrr10());
  }
}
