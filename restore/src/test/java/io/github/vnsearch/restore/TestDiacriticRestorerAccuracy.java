package io.github.vnsearch.restore;

import io.github.vnsearch.analysis.vi.VietnameseFoldingFilter;
import io.github.vnsearch.analysis.vi.VietnameseNormalizationCharFilter;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.tests.util.LuceneTestCase;

/**
 * Syllable and sentence accuracy of {@link DiacriticRestorer} on the gold sentences of the UD
 * Vietnamese treebank (train and dev splits) with their diacritics stripped. The model never saw
 * these sentences: it is counted from the VNTC news corpus and dictionary headwords only. Each
 * split has its own floor: the figure measured on it minus {@link #MARGIN}.
 */
public class TestDiacriticRestorerAccuracy extends LuceneTestCase {

  /** How far below the measured figure a split may fall before the test fails. */
  static final double MARGIN = 0.003;

  /** Measured 2026-12-03: 20,576 of 21,737 syllables, 756 of 1,400 sentences. */
  public void testTrain() throws IOException {
    check("ud-vtb-train.seg.txt", 0.9466, 0.5400);
  }

  /** Measured 2026-12-03: 26,519 of 28,037 syllables, 436 of 1,123 sentences. */
  public void testDev() throws IOException {
    check("ud-vtb-dev.seg.txt", 0.9459, 0.3882);
  }

  /** Measures the split and fails when it falls more than {@link #MARGIN} below the figures. */
  private static void check(String fileName, double measuredSyllables, double measuredSentences)
      throws IOException {
    Accuracy accuracy = measure(GoldSentences.read(fileName));
    System.out.printf(
        Locale.ROOT,
        "DiacriticRestorer on %s: syllable accuracy %.4f (%d/%d), sentence accuracy %.4f"
            + " (%d/%d)%n",
        fileName,
        accuracy.syllables(),
        accuracy.correctSyllables,
        accuracy.syllableCount,
        accuracy.sentences(),
        accuracy.correctSentences,
        accuracy.sentenceCount);
    assertTrue(
        fileName
            + ": syllable accuracy "
            + accuracy.syllables()
            + ", measured "
            + measuredSyllables,
        accuracy.syllables() >= measuredSyllables - MARGIN);
    assertTrue(
        fileName
            + ": sentence accuracy "
            + accuracy.sentences()
            + ", measured "
            + measuredSentences,
        accuracy.sentences() >= measuredSentences - MARGIN);
  }

  /** Counts of syllables and sentences restored exactly. */
  private static final class Accuracy {
    long syllableCount;
    long correctSyllables;
    int sentenceCount;
    int correctSentences;

    double syllables() {
      return correctSyllables / (double) syllableCount;
    }

    double sentences() {
      return correctSentences / (double) sentenceCount;
    }
  }

  /**
   * Strips each sentence with {@link VietnameseFoldingFilter#fold}, restores it and compares it
   * with the original, space-separated token by token; tokens without a letter are not counted.
   */
  private static Accuracy measure(List<String> sentences) {
    DiacriticRestorer restorer = DiacriticRestorer.getDefault();
    Accuracy accuracy = new Accuracy();
    for (String original : sentences) {
      String restored = restorer.restore(VietnameseFoldingFilter.fold(original));
      assertEquals(original.length(), restored.length());
      String[] expected = original.split(" ");
      String[] actual = restored.split(" ");
      assertEquals(expected.length, actual.length);
      boolean all = true;
      for (int i = 0; i < expected.length; i++) {
        if (expected[i].chars().noneMatch(Character::isLetter)) {
          continue;
        }
        accuracy.syllableCount++;
        if (sameSyllable(expected[i], actual[i])) {
          accuracy.correctSyllables++;
        } else {
          all = false;
        }
      }
      accuracy.sentenceCount++;
      accuracy.correctSentences += all ? 1 : 0;
    }
    return accuracy;
  }

  /** Case-insensitive, and blind to where an old-style text put its tone mark (hoà = hòa). */
  private static boolean sameSyllable(String expected, String actual) {
    return VietnameseNormalizationCharFilter.normalize(expected.toLowerCase(Locale.ROOT))
        .equals(VietnameseNormalizationCharFilter.normalize(actual.toLowerCase(Locale.ROOT)));
  }
}
