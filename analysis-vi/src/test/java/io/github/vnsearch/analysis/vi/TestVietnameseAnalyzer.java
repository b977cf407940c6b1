package io.github.vnsearch.analysis.vi;

import io.github.vnsearch.analysis.vi.VietnameseTokenizer.Mode;
import io.github.vnsearch.analysis.vi.dict.UserDictionary;
import java.io.IOException;
import java.io.StringReader;
import java.text.Normalizer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

public class TestVietnameseAnalyzer extends BaseTokenStreamTestCase {

  public void testDefaultIsMixedLowerCasedWithStopWords() throws IOException {
    try (Analyzer a = new VietnameseAnalyzer()) {
      // "và" and "của" are default stop words; the position they leave is a hole.
      assertAnalyzesTo(
          a,
          "Việt Nam và Hoa Kỳ đàm phán thương mại",
          new String[] {
            "việt_nam",
            "việt",
            "nam",
            "hoa_kỳ",
            "hoa",
            "kỳ",
            "đàm_phán",
            "đàm",
            "phán",
            "thương_mại",
            "thương",
            "mại"
          },
          null,
          null,
          null,
          new int[] {1, 0, 1, 2, 0, 1, 1, 0, 1, 1, 0, 1},
          new int[] {2, 1, 1, 2, 1, 1, 2, 1, 1, 2, 1, 1});
    }
  }

  public void testStopSyllablesOfLongerWordsAreKept() throws IOException {
    try (Analyzer a = new VietnameseAnalyzer()) {
      // "sự" and "ở" are default stop words: the "sự" of "sự_kiện" stays so that the phrase
      // "sự kiện" still matches the syllables; the stand-alone "ở" goes and leaves a hole.
      assertAnalyzesTo(
          a,
          "Sự kiện diễn ra ở Hà Nội",
          new String[] {"sự_kiện", "sự", "kiện", "diễn", "ra", "hà_nội", "hà", "nội"},
          new int[] {0, 0, 3, 8, 13, 18, 18, 21},
          new int[] {7, 2, 7, 12, 15, 24, 20, 24},
          null,
          new int[] {1, 0, 1, 1, 1, 2, 0, 1},
          new int[] {2, 1, 1, 1, 1, 2, 1, 1});
    }
  }

  public void testWordsModeForQueries() throws IOException {
    try (Analyzer a = new VietnameseAnalyzer(Mode.WORDS, false)) {
      assertAnalyzesTo(
          a,
          "Đàm phán thương mại",
          new String[] {"đàm_phán", "thương_mại"},
          new int[] {0, 9},
          new int[] {8, 19});
    }
  }

  public void testFolding() throws IOException {
    try (Analyzer a = new VietnameseAnalyzer(Mode.WORDS, true)) {
      assertAnalyzesTo(
          a, "Đàm phán thương mại Hà Nội", new String[] {"dam_phan", "thuong_mai", "ha_noi"});
    }
  }

  public void testSpellingsOfTheSameTextGiveTheSameTerms() throws IOException {
    String text = "Hòa bình, thủy lợi và quý khách ở Khánh Hòa";
    String oldStyle = "Hoà bình, thuỷ lợi và qúy khách ở Khánh Hoà";
    String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
    try (Analyzer a = new VietnameseAnalyzer(Mode.MIXED, false)) {
      String[] expected = terms(a, text);
      assertEquals(String.join(" ", expected), String.join(" ", terms(a, oldStyle)));
      assertEquals(String.join(" ", expected), String.join(" ", terms(a, nfd)));
      assertTrue(String.join(" ", expected), String.join(" ", expected).contains("hòa_bình"));
    }
  }

  public void testOffsetsPointIntoTheOriginalDecomposedText() throws IOException {
    String nfd = Normalizer.normalize("Đàm phán", Normalizer.Form.NFD);
    try (Analyzer a = new VietnameseAnalyzer(Mode.WORDS, false)) {
      assertAnalyzesTo(a, nfd, new String[] {"đàm_phán"}, new int[] {0}, new int[] {nfd.length()});
    }
  }

  public void testCustomStopWordsAndUserDictionary() throws IOException {
    UserDictionary user = UserDictionary.open(new StringReader("điện toán đám mây\n"));
    CharArraySet stops = new CharArraySet(java.util.List.of("dịch_vụ"), false);
    try (Analyzer a = new VietnameseAnalyzer(Mode.WORDS, stops, false, user)) {
      assertAnalyzesTo(
          a, "Dịch vụ điện toán đám mây", new String[] {"điện_toán_đám_mây"}, new int[] {2});
    }
  }

  public void testNormalizeForQueryTerms() {
    try (Analyzer a = new VietnameseAnalyzer(Mode.WORDS, false);
        Analyzer folded = new VietnameseAnalyzer(Mode.WORDS, true)) {
      assertEquals("hòa*", a.normalize("f", "HOÀ*").utf8ToString());
      assertEquals("hoa*", folded.normalize("f", "HOÀ*").utf8ToString());
    }
  }

  public void testDefaultStopSetHasFunctionWords() {
    CharArraySet stops = VietnameseAnalyzer.getDefaultStopSet();
    assertTrue(stops.contains("và"));
    assertTrue(stops.contains("của"));
    assertFalse(stops.contains("đàm_phán"));
  }

  public void testRandomStrings() throws IOException {
    for (Mode mode : Mode.values()) {
      for (boolean folding : new boolean[] {false, true}) {
        try (Analyzer a = new VietnameseAnalyzer(mode, folding)) {
          checkRandomData(random(), a, 100 * RANDOM_MULTIPLIER);
        }
      }
    }
  }

  public void testRandomHugeStrings() throws IOException {
    for (Mode mode : Mode.values()) {
      try (Analyzer a = new VietnameseAnalyzer(mode, random().nextBoolean())) {
        checkRandomData(random(), a, 2 * RANDOM_MULTIPLIER, 8192);
      }
    }
  }

  /**
   * The tokenizer's own lower casing, stop word removal, tone placement and folding give exactly
   * the tokens of the chain of separate components (char filter, LowerCaseFilter,
   * VietnameseStopFilter, VietnameseFoldingFilter): terms, offsets, types, position increments and
   * lengths, and the final offset and position increment.
   */
  public void testTokenizerDoesTheWorkOfLowerCaseAndStopFilters() throws IOException {
    CharArraySet ignoringCase =
        new CharArraySet(java.util.List.of("TUY_NHIÊN", "Của", "sự_kiện", "vì", "Bình"), true);
    for (boolean folding : new boolean[] {false, true})
      for (CharArraySet stopWords :
          new CharArraySet[] {VietnameseAnalyzer.getDefaultStopSet(), ignoringCase})
        for (Mode mode : Mode.values()) {
          Analyzer withFilter =
              new Analyzer() {
                @Override
                protected java.io.Reader initReader(String fieldName, java.io.Reader reader) {
                  return new VietnameseNormalizationCharFilter(reader);
                }

                @Override
                protected TokenStreamComponents createComponents(String fieldName) {
                  Tokenizer tokenizer = new VietnameseTokenizer(mode);
                  TokenStream stop =
                      new VietnameseStopFilter(new LowerCaseFilter(tokenizer), stopWords);
                  return new TokenStreamComponents(
                      tokenizer, folding ? new VietnameseFoldingFilter(stop) : stop);
                }
              };
          try (Analyzer ours = new VietnameseAnalyzer(mode, stopWords, folding, null);
              withFilter) {
            String[] texts = {
              "ĐẠI HỘI ĐẢNG lần thứ XIV tại HÀ NỘI",
              "Ông İbrahim và ΑΘΗΝΑ",
              "𐐀𐐁 Ǆemal ǅ ŉ Σ",
              "Sự kiện này, tuy nhiên, là của các bạn và của họ",
              "Tuy_nhiên Bởi vì NHƯNG MÀ Vì Vậy",
              "Hoà bình và thuỷ lợi của họ đã được bàn. Và thế thì",
              "và là của"
            };
            for (String text : texts) {
              assertEquals(text, tokens(withFilter, text), tokens(ours, text));
            }
            // windows cut for want of a space must not change the words whose tone is placed
            for (int length : new int[] {4090, 4093, 4100, 6000}) {
              StringBuilder noSpace = new StringBuilder();
              while (noSpace.length() < length) {
                noSpace.append(
                    random().nextBoolean() ? "hoà," : random().nextBoolean() ? "," : "oà");
              }
              String text = noSpace.toString();
              assertEquals(tokens(withFilter, text), tokens(ours, text));
            }
            for (int i = 0; i < 200 * RANDOM_MULTIPLIER; i++) {
              String text =
                  switch (random().nextInt(3)) {
                    case 0 -> RandomVietnamese.text(random(), 1 + random().nextInt(30));
                    case 1 -> stopWordHeavyText(1 + random().nextInt(30));
                    default ->
                        org.apache.lucene.tests.util.TestUtil.randomUnicodeString(random(), 40);
                  };
              if (random().nextBoolean()) {
                text = text.toUpperCase(java.util.Locale.ROOT);
              }
              assertEquals(text, tokens(withFilter, text), tokens(ours, text));
            }
          }
        }
  }

  private static final String[] STOP_HEAVY = {
    "và",
    "của",
    "là",
    "sự",
    "kiện",
    "tuy",
    "nhiên",
    "bởi",
    "vì",
    "vậy",
    "thế",
    "nhưng",
    "mà",
    "hòa",
    "bình",
    "Hà",
    "Nội",
    "đã",
    "được",
    "các",
    "bạn",
    "học",
    "sinh",
    ",",
    ".",
    "\n",
    "Của",
    // tone marks the tokenizer must place as the char filter would
    "hoà",
    "HOÀ",
    "thuỷ",
    "Khoẻ",
    "qúy",
    "tòan",
    "hoàn",
    "ngoài",
    "gía",
    "a@b.coà",
    "\u0301hoà",
    ".\u0301hoà",
    "hoà\u0308",
    "\u200Bhoà",
    "hoà\u00A0bình",
    "hoà\uD835\uDC00",
    "hoà-bình",
    "#hoà",
    "hoà\uD83D\uDE00",
    "\uD83D\uDE00hoà",
    "oà",
    "ÒA",
    "\uD800",
    "\uDC00",
    "\u1161",
    "\u00AD",
    "hoà2",
    "U.S.hoà",
    "x\u0301oà",
    "ho\u0300a",
    "HOÀ_BÌNH",
    "toà.vn"
  };

  /** Words drawn from stop words, words they are part of, and punctuation. */
  private static String stopWordHeavyText(int words) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < words; i++) {
      text.append(STOP_HEAVY[random().nextInt(STOP_HEAVY.length)])
          .append(random().nextInt(4) == 0 ? "" : " ");
    }
    return text.toString();
  }

  /** Every attribute of every token, then the final offset and position increment. */
  private static java.util.List<String> tokens(Analyzer a, String text) throws IOException {
    java.util.List<String> tokens = new java.util.ArrayList<>();
    try (var ts = a.tokenStream("f", text)) {
      var term =
          ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
      var offset =
          ts.addAttribute(org.apache.lucene.analysis.tokenattributes.OffsetAttribute.class);
      var posInc =
          ts.addAttribute(
              org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute.class);
      var posLen =
          ts.addAttribute(org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute.class);
      var type = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.TypeAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        tokens.add(
            term
                + " "
                + offset.startOffset()
                + "-"
                + offset.endOffset()
                + " +"
                + posInc.getPositionIncrement()
                + " len"
                + posLen.getPositionLength()
                + " "
                + type.type());
      }
      ts.end();
      tokens.add("end " + offset.endOffset() + " +" + posInc.getPositionIncrement());
    }
    return tokens;
  }

  private static String[] terms(Analyzer a, String text) throws IOException {
    java.util.List<String> terms = new java.util.ArrayList<>();
    try (var ts = a.tokenStream("f", text)) {
      var term =
          ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        terms.add(term.toString());
      }
      ts.end();
    }
    return terms.toArray(new String[0]);
  }
}
