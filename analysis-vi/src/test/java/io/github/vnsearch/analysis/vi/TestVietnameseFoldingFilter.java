package io.github.vnsearch.analysis.vi;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.tests.analysis.MockTokenizer;

public class TestVietnameseFoldingFilter extends BaseTokenStreamTestCase {

  private static Analyzer analyzer(boolean preserveOriginal) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new MockTokenizer(MockTokenizer.WHITESPACE, false);
        return new TokenStreamComponents(
            tokenizer, new VietnameseFoldingFilter(tokenizer, preserveOriginal));
      }
    };
  }

  public void testFoldsToneAndVowelMarks() throws IOException {
    try (Analyzer a = analyzer(false)) {
      assertAnalyzesTo(
          a,
          "Đàm_phán hòa_bình ở Hà_Nội được tổ_chức",
          new String[] {"Dam_phan", "hoa_binh", "o", "Ha_Noi", "duoc", "to_chuc"},
          new int[] {0, 9, 18, 20, 27, 32},
          new int[] {8, 17, 19, 26, 31, 39});
      assertAnalyzesTo(a, "ma má mà mả mã mạ", new String[] {"ma", "ma", "ma", "ma", "ma", "ma"});
      assertAnalyzesTo(
          a, "ăn âm êm ôm ơn ưu ĐĂNG", new String[] {"an", "am", "em", "om", "on", "uu", "DANG"});
    }
  }

  public void testKeepsOtherScriptsAndSymbols() throws IOException {
    try (Analyzer a = analyzer(false)) {
      assertAnalyzesTo(
          a, "NATO 24% Москва 東京 ß", new String[] {"NATO", "24%", "Москва", "東京", "ß"});
    }
  }

  public void testPreserveOriginal() throws IOException {
    try (Analyzer a = analyzer(true)) {
      assertAnalyzesTo(
          a,
          "Tổng_thống NATO đàm_phán",
          new String[] {"Tổng_thống", "Tong_thong", "NATO", "đàm_phán", "dam_phan"},
          new int[] {0, 0, 11, 16, 16},
          new int[] {10, 10, 15, 24, 24},
          new int[] {1, 0, 1, 1, 0});
    }
  }

  public void testFoldString() {
    assertEquals(
        "Doi thu Panthers da thua bao nhieu diem?",
        VietnameseFoldingFilter.fold("Đội thủ Panthers đã thua bao nhiêu điểm?"));
  }

  public void testRandomStrings() throws IOException {
    for (boolean preserve : new boolean[] {false, true}) {
      try (Analyzer a = analyzer(preserve)) {
        checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
      }
    }
  }
}
