package io.github.vnsearch.analysis.vi;

import static io.github.vnsearch.analysis.vi.VietnameseTokenizer.TYPE_ABBREVIATION;
import static io.github.vnsearch.analysis.vi.VietnameseTokenizer.TYPE_ALPHANUM;
import static io.github.vnsearch.analysis.vi.VietnameseTokenizer.TYPE_DATE;
import static io.github.vnsearch.analysis.vi.VietnameseTokenizer.TYPE_EMAIL;
import static io.github.vnsearch.analysis.vi.VietnameseTokenizer.TYPE_FOREIGN;
import static io.github.vnsearch.analysis.vi.VietnameseTokenizer.TYPE_HASHTAG;
import static io.github.vnsearch.analysis.vi.VietnameseTokenizer.TYPE_HYPHENATED;
import static io.github.vnsearch.analysis.vi.VietnameseTokenizer.TYPE_NUMBER;
import static io.github.vnsearch.analysis.vi.VietnameseTokenizer.TYPE_PROPER_NAME;
import static io.github.vnsearch.analysis.vi.VietnameseTokenizer.TYPE_PUNCTUATION;
import static io.github.vnsearch.analysis.vi.VietnameseTokenizer.TYPE_SYLLABLE;
import static io.github.vnsearch.analysis.vi.VietnameseTokenizer.TYPE_TIME;
import static io.github.vnsearch.analysis.vi.VietnameseTokenizer.TYPE_URL;
import static io.github.vnsearch.analysis.vi.VietnameseTokenizer.TYPE_WORD;

import io.github.vnsearch.analysis.vi.VietnameseTokenizer.Mode;
import java.io.IOException;
import java.io.StringReader;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.tests.util.TestUtil;

public class TestVietnameseTokenizer extends BaseTokenStreamTestCase {

  static Analyzer tokenizerOnly(Mode mode, boolean discardPunctuation) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer =
            new VietnameseTokenizer(newAttributeFactory(), null, mode, discardPunctuation);
        return new TokenStreamComponents(tokenizer);
      }
    };
  }

  private static final String SENTENCE = "Hai bên đàm phán ở thủ đô Hà Nội.";

  public void testWordsMode() throws IOException {
    try (Analyzer a = tokenizerOnly(Mode.WORDS, true)) {
      assertAnalyzesTo(
          a,
          SENTENCE,
          new String[] {"Hai", "bên", "đàm_phán", "ở", "thủ_đô", "Hà_Nội"},
          new int[] {0, 4, 8, 17, 19, 26},
          new int[] {3, 7, 16, 18, 25, 32},
          new String[] {TYPE_WORD, TYPE_WORD, TYPE_WORD, TYPE_WORD, TYPE_WORD, TYPE_WORD},
          new int[] {1, 1, 1, 1, 1, 1},
          new int[] {1, 1, 1, 1, 1, 1});
    }
  }

  public void testSyllablesMode() throws IOException {
    try (Analyzer a = tokenizerOnly(Mode.SYLLABLES, true)) {
      assertAnalyzesTo(
          a,
          SENTENCE,
          new String[] {"Hai", "bên", "đàm", "phán", "ở", "thủ", "đô", "Hà", "Nội"},
          new int[] {0, 4, 8, 12, 17, 19, 23, 26, 29},
          new int[] {3, 7, 11, 16, 18, 22, 25, 28, 32},
          new String[] {
            TYPE_SYLLABLE,
            TYPE_SYLLABLE,
            TYPE_SYLLABLE,
            TYPE_SYLLABLE,
            TYPE_SYLLABLE,
            TYPE_SYLLABLE,
            TYPE_SYLLABLE,
            TYPE_SYLLABLE,
            TYPE_SYLLABLE
          },
          new int[] {1, 1, 1, 1, 1, 1, 1, 1, 1},
          new int[] {1, 1, 1, 1, 1, 1, 1, 1, 1});
    }
  }

  public void testMixedMode() throws IOException {
    try (Analyzer a = tokenizerOnly(Mode.MIXED, true)) {
      assertAnalyzesTo(
          a,
          "Hai bên đàm phán ở Hà Nội.",
          new String[] {"Hai", "bên", "đàm_phán", "đàm", "phán", "ở", "Hà_Nội", "Hà", "Nội"},
          new int[] {0, 4, 8, 8, 12, 17, 19, 19, 22},
          new int[] {3, 7, 16, 11, 16, 18, 25, 21, 25},
          new String[] {
            TYPE_WORD,
            TYPE_WORD,
            TYPE_WORD,
            TYPE_SYLLABLE,
            TYPE_SYLLABLE,
            TYPE_WORD,
            TYPE_WORD,
            TYPE_SYLLABLE,
            TYPE_SYLLABLE
          },
          new int[] {1, 1, 1, 0, 1, 1, 1, 0, 1},
          new int[] {1, 1, 2, 1, 1, 1, 2, 1, 1});
    }
  }

  public void testTermsKeepCaseAndSpanTheOriginalText() throws IOException {
    try (Analyzer a = tokenizerOnly(Mode.WORDS, true)) {
      // Two spaces and a line-internal tab between syllables: the term still joins with one '_'.
      assertAnalyzesTo(
          a,
          "Cuộc ĐÀM  PHÁN\tkéo dài",
          new String[] {"Cuộc", "ĐÀM_PHÁN", "kéo_dài"},
          new int[] {0, 5, 15},
          new int[] {4, 14, 22});
    }
  }

  public void testSpecialTokens() throws IOException {
    try (Analyzer a = tokenizerOnly(Mode.WORDS, true)) {
      assertAnalyzesTo(
          a,
          "Lúc 09:49 ngày 31/07/2023, giá tăng 24% lên 1.000 đồng, lãi 3,5 tháng 2.2022 và 15/8.",
          new String[] {
            "Lúc",
            "09:49",
            "ngày",
            "31/07/2023",
            "giá",
            "tăng",
            "24%",
            "lên",
            "1.000",
            "đồng",
            "lãi",
            "3,5",
            "tháng",
            "2.2022",
            "và",
            "15/8"
          },
          new String[] {
            TYPE_WORD, TYPE_TIME, TYPE_WORD, TYPE_DATE, TYPE_WORD, TYPE_WORD, TYPE_NUMBER,
            TYPE_WORD, TYPE_NUMBER, TYPE_WORD, TYPE_WORD, TYPE_NUMBER, TYPE_WORD, TYPE_DATE,
            TYPE_WORD, TYPE_DATE
          });
      assertAnalyzesTo(
          a,
          "Liên hệ toasoan@baomoi.vn, xem https://vnexpress.net/the-gioi hoặc vnexpress.net.",
          new String[] {
            "Liên_hệ",
            "toasoan@baomoi.vn",
            "xem",
            "https://vnexpress.net/the-gioi",
            "hoặc",
            "vnexpress.net"
          },
          new String[] {TYPE_WORD, TYPE_EMAIL, TYPE_WORD, TYPE_URL, TYPE_WORD, TYPE_URL});
      assertAnalyzesTo(
          a,
          "Đoàn TP.HCM gặp phái đoàn U.S. về COVID-19 và #ChuyểnĐổiSố trên Telegram, mạng 4G.",
          new String[] {
            "Đoàn",
            "TP.HCM",
            "gặp",
            "phái_đoàn",
            "U.S.",
            "về",
            "COVID-19",
            "và",
            "#ChuyểnĐổiSố",
            "trên",
            "Telegram",
            "mạng",
            "4G"
          },
          new String[] {
            TYPE_WORD, TYPE_ABBREVIATION, TYPE_WORD, TYPE_WORD, TYPE_ABBREVIATION, TYPE_WORD,
            TYPE_HYPHENATED, TYPE_WORD, TYPE_HASHTAG, TYPE_WORD, TYPE_FOREIGN, TYPE_WORD,
            TYPE_ALPHANUM
          });
    }
  }

  public void testForeignWordsStayWhole() throws IOException {
    try (Analyzer a = tokenizerOnly(Mode.MIXED, true)) {
      assertAnalyzesTo(
          a,
          "Đặc phái viên Witkoff tới trụ sở NATO",
          new String[] {
            "Đặc_phái_viên", "Đặc", "phái", "viên", "Witkoff", "tới", "trụ_sở", "trụ", "sở", "NATO"
          },
          null,
          null,
          new String[] {
            TYPE_WORD,
            TYPE_SYLLABLE,
            TYPE_SYLLABLE,
            TYPE_SYLLABLE,
            TYPE_FOREIGN,
            TYPE_WORD,
            TYPE_WORD,
            TYPE_SYLLABLE,
            TYPE_SYLLABLE,
            TYPE_FOREIGN
          },
          new int[] {1, 0, 1, 1, 1, 1, 1, 0, 1, 1},
          new int[] {3, 1, 1, 1, 1, 1, 2, 1, 1, 1});
    }
  }

  public void testProperNames() throws IOException {
    try (Analyzer a = tokenizerOnly(Mode.WORDS, true)) {
      assertAnalyzesTo(
          a,
          "Tổng thống Volodymyr Zelensky gặp ông Bùi Văn Luyến tại Ả Rập Xê Út.",
          new String[] {
            "Tổng_thống", "Volodymyr_Zelensky", "gặp", "ông", "Bùi_Văn_Luyến", "tại", "Ả_Rập_Xê_Út"
          },
          new String[] {
            TYPE_WORD,
            TYPE_PROPER_NAME,
            TYPE_WORD,
            TYPE_WORD,
            TYPE_PROPER_NAME,
            TYPE_WORD,
            TYPE_WORD
          });
      // At the start of a sentence, a common word's capital does not make it part of a name.
      assertAnalyzesTo(
          a,
          "Anh Luyến nói. Chị Xoan cười.",
          new String[] {"Anh", "Luyến", "nói", "Chị", "Xoan", "cười"});
    }
  }

  public void testPunctuationBreaksWordsAndIsKeptOnRequest() throws IOException {
    try (Analyzer a = tokenizerOnly(Mode.WORDS, false)) {
      // "thủ đô" is a word, but not across the full stop.
      assertAnalyzesTo(
          a,
          "Ông về thủ. Đô thị mới…",
          new String[] {"Ông", "về", "thủ", ".", "Đô_thị", "mới", "…"},
          new String[] {
            TYPE_WORD,
            TYPE_WORD,
            TYPE_WORD,
            TYPE_PUNCTUATION,
            TYPE_WORD,
            TYPE_WORD,
            TYPE_PUNCTUATION
          });
    }
  }

  public void testDecomposedAndOldStyleToneMarksFindTheSameWords() throws IOException {
    try (Analyzer a = tokenizerOnly(Mode.WORDS, true)) {
      String nfc = "hòa bình và thủy lợi";
      String oldStyle = "hoà bình và thuỷ lợi";
      String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
      assertAnalyzesTo(a, nfc, new String[] {"hòa_bình", "và", "thủy_lợi"});
      assertAnalyzesTo(a, oldStyle, new String[] {"hoà_bình", "và", "thuỷ_lợi"});
      String[] nfdTerms = {
        Normalizer.normalize("hòa_bình", Normalizer.Form.NFD),
        Normalizer.normalize("và", Normalizer.Form.NFD),
        Normalizer.normalize("thủy_lợi", Normalizer.Form.NFD)
      };
      assertAnalyzesTo(a, nfd, nfdTerms);
    }
  }

  /** Text longer than a window gives the tokens of its parts, with offsets into the whole. */
  public void testLongTextIsReadInWindows() throws IOException {
    String sentence = "Hai bên đàm phán ở thủ đô Hà Nội về thương mại điện tử. ";
    int copies = 3 * VietnameseTokenizer.WINDOW / sentence.length() + 7;
    List<String> expected = new ArrayList<>();
    List<Integer> expectedStarts = new ArrayList<>();
    try (Analyzer a = tokenizerOnly(Mode.WORDS, true)) {
      List<String> one = new ArrayList<>();
      List<Integer> oneStarts = new ArrayList<>();
      collect(a, sentence, one, oneStarts);
      for (int i = 0; i < copies; i++) {
        expected.addAll(one);
        for (int start : oneStarts) {
          expectedStarts.add(start + i * sentence.length());
        }
      }
      List<String> actual = new ArrayList<>();
      List<Integer> actualStarts = new ArrayList<>();
      collect(a, sentence.repeat(copies), actual, actualStarts);
      assertEquals(expected, actual);
      assertEquals(expectedStarts, actualStarts);
    }
  }

  private static void collect(Analyzer a, String text, List<String> terms, List<Integer> starts)
      throws IOException {
    try (TokenStream ts = a.tokenStream("f", new StringReader(text))) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        terms.add(term.toString());
        starts.add(offset.startOffset());
      }
      ts.end();
    }
  }

  public void testRandomStrings() throws IOException {
    for (Mode mode : Mode.values()) {
      try (Analyzer a = tokenizerOnly(mode, random().nextBoolean())) {
        checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
      }
    }
  }

  public void testRandomHugeStrings() throws IOException {
    for (Mode mode : Mode.values()) {
      try (Analyzer a = tokenizerOnly(mode, random().nextBoolean())) {
        checkRandomData(random(), a, 3 * RANDOM_MULTIPLIER, 8192);
      }
    }
  }

  /** Random runs of real syllables, capitals and punctuation exercise the lattice itself. */
  public void testRandomVietnameseText() throws IOException {
    String[] syllables = {
      "Hà", "Nội", "đàm", "phán", "thủ", "đô", "thương", "mại", "điện", "tử", "Nguyễn", "Văn",
      "người", "lao", "động", "và", "của", "hoà", "bình", "NATO", "Witkoff", "1.000", "TP.HCM", ".",
      ",", "\n", "ả", "Rập", "xê", "út", "mạng", "xã", "hội"
    };
    for (Mode mode : Mode.values()) {
      try (Analyzer a = tokenizerOnly(mode, random().nextBoolean())) {
        for (int i = 0; i < 50 * RANDOM_MULTIPLIER; i++) {
          StringBuilder text = new StringBuilder();
          int n = TestUtil.nextInt(random(), 1, 300);
          for (int j = 0; j < n; j++) {
            text.append(syllables[random().nextInt(syllables.length)])
                .append(random().nextInt(10) == 0 ? "  " : " ");
          }
          checkAnalysisConsistency(random(), a, random().nextBoolean(), text.toString());
        }
      }
    }
  }
}
