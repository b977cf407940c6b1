package io.github.vnsearch.analysis.vi;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/** The filters of this package around the {@code vietnamese} tokenizer, assembled by SPI name. */
public class TestVietnameseFullChain extends BaseTokenStreamTestCase {

  private static Analyzer chain(String mode) throws IOException {
    return CustomAnalyzer.builder()
        .addCharFilter("vietnameseNormalization")
        .withTokenizer("vietnamese", "mode", mode)
        .addTokenFilter("lowercase")
        .addTokenFilter("vietnameseStop")
        .addTokenFilter("vietnameseFolding", "preserveOriginal", "true")
        .build();
  }

  public void testWordsMode() throws IOException {
    try (Analyzer a = chain("words")) {
      assertAnalyzesTo(
          a,
          "Hai bên đàm phán hòa bình ở thủ đô.",
          new String[] {
            "hai", "bên", "ben", "đàm_phán", "dam_phan", "hòa_bình", "hoa_binh", "thủ_đô", "thu_do"
          },
          new int[] {0, 4, 4, 8, 8, 17, 17, 28, 28},
          new int[] {3, 7, 7, 16, 16, 25, 25, 34, 34},
          new int[] {1, 1, 0, 1, 0, 1, 0, 2, 0});
    }
  }

  public void testStopWordsKeepTheSyllablesOfLongerWords() throws IOException {
    try (Analyzer a =
        CustomAnalyzer.builder()
            .withTokenizer("vietnamese", "mode", "mixed")
            .addTokenFilter("lowercase")
            .addTokenFilter("vietnameseStop")
            .build()) {
      // "sự" and "và" are stop words: the stand-alone "và" goes, the "sự" of "sự_kiện" stays so
      // that the phrase "sự kiện" still matches the syllables
      assertAnalyzesTo(
          a,
          "Sự kiện và hội nghị",
          new String[] {"sự_kiện", "sự", "kiện", "hội_nghị", "hội", "nghị"},
          new int[] {0, 0, 3, 11, 11, 15},
          new int[] {7, 2, 7, 19, 14, 19},
          null,
          new int[] {1, 0, 1, 2, 0, 1},
          new int[] {2, 1, 1, 2, 1, 1});
    }
  }

  public void testDecomposedOldStyleInputGivesTheSameTerms() throws IOException {
    String canonical = "Hai bên đàm phán hòa bình ở thủ đô, sức khỏe của Thủy vẫn tốt.";
    String messy =
        Normalizer.normalize(
            "Hai bên\u00A0đàm phán hoà\u200B bình ở thủ đô, sức khoẻ của Thuỷ vẫn t\u00ADốt.",
            Normalizer.Form.NFD);
    for (String mode : new String[] {"words", "syllables", "mixed"}) {
      try (Analyzer a = chain(mode)) {
        String[] expected = terms(a, canonical);
        assertTrue(expected.length > 10);
        String[] actual = terms(a, messy);
        assertArrayEquals(mode, expected, actual);
        assertOffsetsCoverOriginalSpelling(a, messy);
      }
    }
  }

  /** Each unfolded token's offsets cover exactly the original characters it came from. */
  private static void assertOffsetsCoverOriginalSpelling(Analyzer a, String text)
      throws IOException {
    try (TokenStream ts = a.tokenStream("f", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute posInc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        String original = text.substring(offset.startOffset(), offset.endOffset());
        String normalized =
            VietnameseNormalizationCharFilter.normalize(original).toLowerCase(Locale.ROOT);
        String token = term.toString().replace('_', ' ');
        if (posInc.getPositionIncrement() > 0 || normalized.equals(token)) {
          assertEquals(token, normalized);
        } else {
          assertEquals(token, VietnameseFoldingFilter.fold(normalized));
        }
      }
      ts.end();
    }
  }

  private static String[] terms(Analyzer a, String text) throws IOException {
    List<String> terms = new ArrayList<>();
    try (TokenStream ts = a.tokenStream("f", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        terms.add(term.toString());
      }
      ts.end();
    }
    return terms.toArray(new String[0]);
  }

  public void testRandomStrings() throws IOException {
    for (String mode : new String[] {"words", "syllables", "mixed"}) {
      try (Analyzer a = chain(mode)) {
        checkRandomData(random(), a, 100 * RANDOM_MULTIPLIER);
        checkRandomData(random(), a, 3 * RANDOM_MULTIPLIER, 8192);
        for (int i = 0; i < 50 * RANDOM_MULTIPLIER; i++) {
          checkAnalysisConsistency(
              random(), a, random().nextBoolean(), RandomVietnamese.text(random(), 30));
        }
      }
    }
  }
}
