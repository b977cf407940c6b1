package io.github.vnsearch.analysis.vi;

import io.github.vnsearch.analysis.vi.VietnameseTokenizer.Mode;
import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

public class TestVietnameseTokenizer extends BaseTokenStreamTestCase {

  private static Analyzer tokenizerOnly(Mode mode, boolean discardPunctuation) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer =
            new VietnameseTokenizer(newAttributeFactory(), null, mode, discardPunctuation);
        return new TokenStreamComponents(tokenizer);
      }
    };
  }

  public void testWordsMode() throws IOException {
    try (Analyzer a = tokenizerOnly(Mode.WORDS, true)) {
      assertAnalyzesTo(
          a,
          "Hai bên đàm phán ở thủ đô.",
          new String[] {"Hai", "bên", "đàm_phán", "ở", "thủ_đô"},
          new int[] {0, 4, 8, 17, 19},
          new int[] {3, 7, 16, 18, 25},
          new String[] {
            VietnameseTokenizer.TYPE_WORD,
            VietnameseTokenizer.TYPE_WORD,
            VietnameseTokenizer.TYPE_WORD,
            VietnameseTokenizer.TYPE_WORD,
            VietnameseTokenizer.TYPE_WORD
          },
          new int[] {1, 1, 1, 1, 1},
          new int[] {1, 1, 1, 1, 1});
    }
  }

  public void testRandomWords() throws IOException {
    for (Mode mode : Mode.values()) {
      try (Analyzer a = tokenizerOnly(mode, random().nextBoolean())) {
        checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
      }
    }
  }
}
