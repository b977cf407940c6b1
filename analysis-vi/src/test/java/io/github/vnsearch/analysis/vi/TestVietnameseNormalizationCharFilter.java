package io.github.vnsearch.analysis.vi;

import java.io.IOException;
import java.io.Reader;
import java.text.Normalizer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.tests.analysis.MockTokenizer;

public class TestVietnameseNormalizationCharFilter extends BaseTokenStreamTestCase {

  /** Whitespace tokens of the normalized text, optionally folded. */
  static Analyzer analyzer(boolean fold) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new MockTokenizer(MockTokenizer.WHITESPACE, false);
        return new TokenStreamComponents(
            tokenizer, fold ? new VietnameseFoldingFilter(tokenizer, true) : tokenizer);
      }

      @Override
      protected Reader initReader(String fieldName, Reader reader) {
        return new VietnameseNormalizationCharFilter(reader);
      }
    };
  }

  private static String nfd(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD);
  }

  public void testDecomposedInputIsComposed() throws IOException {
    String nfc = "Đàm phán hòa bình tại Thụy Sĩ";
    String decomposed = nfd(nfc);
    assertEquals(36, decomposed.length()); // 29 chars + 7 combining marks
    assertEquals(nfc, VietnameseNormalizationCharFilter.normalize(decomposed));
    String[] terms = {"Đàm", "phán", "hòa", "bình", "tại", "Thụy", "Sĩ"};
    try (Analyzer a = analyzer(false)) {
      assertAnalyzesTo(
          a, nfc, terms, new int[] {0, 4, 9, 13, 18, 22, 27}, new int[] {3, 8, 12, 17, 21, 26, 29});
      // offsets point into the decomposed original: each mark widens its syllable by one char
      assertAnalyzesTo(
          a,
          decomposed,
          terms,
          new int[] {0, 5, 11, 16, 22, 27, 33},
          new int[] {4, 10, 15, 21, 26, 32, 36});
    }
  }

  public void testDecomposedVowelAndToneMarks() {
    // ặ, ợ, ấ carry two marks each; NFD puts the dot below first
    for (String word : new String[] {"mặt", "hợp", "Quốc", "người", "ĐẶNG", "nghiêng", "ỦY"}) {
      assertEquals(word, VietnameseNormalizationCharFilter.normalize(nfd(word)));
    }
    // marks typed in the "wrong" order (tone before circumflex) still compose to one letter
    assertEquals("Việt", VietnameseNormalizationCharFilter.normalize("Vie\u0323\u0302t"));
  }

  public void testOldStyleToneMarksAreMoved() throws IOException {
    try (Analyzer a = analyzer(false)) {
      assertAnalyzesTo(
          a,
          "hoà khoẻ thuỷ qúy loà uỷ Hoà HOÀ Khoẻ Thuý",
          new String[] {"hòa", "khỏe", "thủy", "quý", "lòa", "ủy", "Hòa", "HÒA", "Khỏe", "Thúy"},
          new int[] {0, 4, 9, 14, 18, 22, 25, 29, 33, 38},
          new int[] {3, 8, 13, 17, 21, 24, 28, 32, 37, 42});
    }
  }

  public void testCanonicalSpellingsAreKept() {
    String text =
        "Hòa bình, sức khỏe và thủy điện: Hoàng Thuận quyết người giữa già gì quả khuỷu ngoài"
            + " thuở Huế tuyệt hoạch quýt huỳnh xoáy gửi mía";
    assertEquals(text, VietnameseNormalizationCharFilter.normalize(text));
  }

  public void testMisplacedMarksInClosedAndLongSyllables() {
    assertEquals("hoàng", VietnameseNormalizationCharFilter.normalize("hòang"));
    assertEquals("ngoài", VietnameseNormalizationCharFilter.normalize("ngòai"));
    assertEquals("giá", VietnameseNormalizationCharFilter.normalize("gía"));
    assertEquals("quyết", VietnameseNormalizationCharFilter.normalize("quyết"));
    assertEquals("huỳnh", VietnameseNormalizationCharFilter.normalize("hùynh"));
  }

  public void testForeignWordsAreNotTouched() {
    String text = "Café naïve Zürich Łódź Москва́ Piñata fiancée WiFi ÉLYSÉE";
    assertEquals(
        Normalizer.normalize(text, Normalizer.Form.NFC),
        VietnameseNormalizationCharFilter.normalize(text));
  }

  public void testInvisibleCharactersAreRemoved() throws IOException {
    String text = "\uFEFFHà Nội\u200B ho\u00ADà Sài\u2060Gòn";
    assertEquals("Hà Nội hòa SàiGòn", VietnameseNormalizationCharFilter.normalize(text));
    try (Analyzer a = analyzer(false)) {
      assertAnalyzesTo(
          a,
          text,
          new String[] {"Hà", "Nội", "hòa", "SàiGòn"},
          new int[] {1, 4, 9, 14},
          new int[] {3, 8, 13, 21});
    }
  }

  public void testExoticSpacesBecomeSpaces() throws IOException {
    String text = "Hà\u00A0Nội\u3000Sài\u202FGòn\u2009TP.HCM";
    assertEquals("Hà Nội Sài Gòn TP.HCM", VietnameseNormalizationCharFilter.normalize(text));
    try (Analyzer a = analyzer(false)) {
      assertAnalyzesTo(
          a,
          text,
          new String[] {"Hà", "Nội", "Sài", "Gòn", "TP.HCM"},
          new int[] {0, 3, 7, 11, 15},
          new int[] {2, 6, 10, 14, 21});
    }
  }

  public void testEverythingAtOnceWithFolding() throws IOException {
    // decomposed, old-style, with a no-break space and a zero-width space
    String text = nfd("Thuỷ\u00A0điện") + "\u200B " + nfd("khoẻ");
    try (Analyzer a = analyzer(true)) {
      assertAnalyzesTo(
          a,
          text,
          new String[] {"Thủy", "Thuy", "điện", "dien", "khỏe", "khoe"},
          new int[] {0, 0, 6, 6, 14, 14},
          new int[] {5, 5, 13, 13, 19, 19},
          new int[] {1, 0, 1, 0, 1, 0});
    }
  }

  public void testOtherScriptsAreComposedToo() {
    assertEquals("Å", VietnameseNormalizationCharFilter.normalize("\u212B")); // Angstrom sign
    assertEquals(
        "한국", VietnameseNormalizationCharFilter.normalize("\u1112\u1161\u11AB\u1100\u116E\u11A8"));
    assertEquals("é😀", VietnameseNormalizationCharFilter.normalize("e\u0301😀"));
  }

  public void testCompositionWithPunctuation() {
    // '=' + U+0338 composes to '≠' even though '=' is not a letter
    assertEquals("a ≠ b", VietnameseNormalizationCharFilter.normalize("a =\u0338 b"));
    StringBuilder longText = new StringBuilder();
    for (int i = 0; i < 3000; i++) {
      longText.append("x =\u0338 ");
    }
    String normalized = VietnameseNormalizationCharFilter.normalize(longText);
    assertEquals(3000 * 4, normalized.length());
    assertEquals(-1, normalized.indexOf('\u0338'));
  }

  public void testPathologicalRuns() throws IOException {
    String marks = "a" + "\u0301".repeat(10_000) + " hoà";
    String normalized = VietnameseNormalizationCharFilter.normalize(marks);
    assertTrue(normalized.startsWith("á\u0301"));
    assertTrue(normalized.endsWith(" hòa"));
    String invisible = "Hà" + "\u200B".repeat(10_000) + "Nội khoẻ";
    assertEquals("HàNội khỏe", VietnameseNormalizationCharFilter.normalize(invisible));
    try (Analyzer a = analyzer(true)) {
      assertAnalyzesTo(
          a,
          invisible,
          new String[] {"HàNội", "HaNoi", "khỏe", "khoe"},
          new int[] {0, 0, 10_006, 10_006},
          new int[] {10_005, 10_005, 10_010, 10_010});
      checkAnalysisConsistency(random(), a, false, marks);
    }
  }

  public void testRandomStrings() throws IOException {
    for (boolean fold : new boolean[] {false, true}) {
      try (Analyzer a = analyzer(fold)) {
        checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
      }
    }
  }

  public void testRandomHugeStrings() throws IOException {
    for (boolean fold : new boolean[] {false, true}) {
      try (Analyzer a = analyzer(fold)) {
        checkRandomData(random(), a, 10 * RANDOM_MULTIPLIER, 8192);
      }
    }
  }

  public void testRandomVietnameseWithMarks() throws IOException {
    try (Analyzer a = analyzer(true)) {
      for (int i = 0; i < 200 * RANDOM_MULTIPLIER; i++) {
        String text = RandomVietnamese.text(random(), 1 + random().nextInt(40));
        checkAnalysisConsistency(random(), a, random().nextBoolean(), text);
      }
    }
  }
}
