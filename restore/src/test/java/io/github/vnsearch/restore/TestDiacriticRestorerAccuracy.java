package io.github.vnsearch.restore;

import io.github.vnsearch.analysis.vi.VietnameseFoldingFilter;
import io.github.vnsearch.analysis.vi.VietnameseNormalizationCharFilter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.tests.util.LuceneTestCase;

/**
 * Word and sentence accuracy of {@link DiacriticRestorer} on the gold sentences of the UD
 * Vietnamese treebank with their diacritics stripped (the model never saw these sentences: it is
 * counted from the VNTC news corpus only).
 */
public class TestDiacriticRestorerAccuracy extends LuceneTestCase {

  static final double MIN_WORD_ACCURACY = 0.90;

  public void testAccuracyOnStrippedGoldSentences() throws IOException {
    String shared = System.getProperty("vnsearch.shared.dir");
    assumeTrue("vnsearch.shared.dir is not set", shared != null);
    Path gold = Path.of(shared, "data", "gold", "ud-vtb-train.seg.txt");
    assertTrue("missing " + gold, Files.isRegularFile(gold));
    List<String> lines = Files.readAllLines(gold, StandardCharsets.UTF_8);
    DiacriticRestorer restorer = DiacriticRestorer.getDefault();
    long syllables = 0;
    long correct = 0;
    int sentences = 0;
    int correctSentences = 0;
    for (String line : lines) {
      if (line.isBlank()) {
        continue;
      }
      String original = line.replace('_', ' ');
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
        syllables++;
        if (sameSyllable(expected[i], actual[i])) {
          correct++;
        } else {
          all = false;
        }
      }
      sentences++;
      correctSentences += all ? 1 : 0;
    }
    double wordAccuracy = correct / (double) syllables;
    double sentenceAccuracy = correctSentences / (double) sentences;
    System.out.printf(
        Locale.ROOT,
        "DiacriticRestorer on %s: word accuracy %.4f (%d/%d syllables), sentence accuracy %.4f"
            + " (%d/%d)%n",
        gold.getFileName(),
        wordAccuracy,
        correct,
        syllables,
        sentenceAccuracy,
        correctSentences,
        sentences);
    assertTrue(
        "word accuracy " + wordAccuracy + " below " + MIN_WORD_ACCURACY,
        wordAccuracy >= MIN_WORD_ACCURACY);
  }

  /** Case-insensitive, and blind to where an old-style text put its tone mark (hoà = hòa). */
  private static boolean sameSyllable(String expected, String actual) {
    return VietnameseNormalizationCharFilter.normalize(expected.toLowerCase(Locale.ROOT))
        .equals(VietnameseNormalizationCharFilter.normalize(actual.toLowerCase(Locale.ROOT)));
  }
}
