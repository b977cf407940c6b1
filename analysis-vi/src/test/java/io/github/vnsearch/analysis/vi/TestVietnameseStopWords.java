package io.github.vnsearch.analysis.vi;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.tests.analysis.MockTokenizer;

public class TestVietnameseStopWords extends BaseTokenStreamTestCase {

  public void testFunctionWordsAreStopWords() {
    CharArraySet set = VietnameseStopWords.defaultSet();
    for (String word : new String[] {"và", "của", "là", "thì", "mà", "các", "những", "được"}) {
      assertTrue(word, set.contains(word));
    }
    assertTrue(set.contains("tuy_nhiên"));
  }

  public void testContentWordsAreNotStopWords() {
    CharArraySet set = VietnameseStopWords.defaultSet();
    for (String word : new String[] {"có", "không", "một", "mới", "hay", "đến", "của_cải", "va"}) {
      assertFalse(word, set.contains(word));
    }
  }

  public void testUnmodifiableAndShared() {
    CharArraySet set = VietnameseStopWords.defaultSet();
    assertSame(set, VietnameseStopWords.defaultSet());
    expectThrows(UnsupportedOperationException.class, () -> set.add("tôi"));
  }

  public void testRemovesOnlySingleSyllableFunctionWords() throws IOException {
    try (Analyzer a =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new MockTokenizer(MockTokenizer.WHITESPACE, false);
            return new TokenStreamComponents(
                tokenizer, new StopFilter(tokenizer, VietnameseStopWords.defaultSet()));
          }
        }) {
      assertAnalyzesTo(
          a,
          "của_cải của nhà_nước và doanh_nghiệp được bảo_vệ",
          new String[] {"của_cải", "nhà_nước", "doanh_nghiệp", "bảo_vệ"},
          new int[] {1, 2, 2, 2});
    }
  }

  /** Any set works: one that ignores case, and one that changes between documents. */
  public void testStopFilterWithCaseInsensitiveChangingSet() throws IOException {
    CharArraySet set = new CharArraySet(4, true);
    set.add("và");
    try (Analyzer a =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new MockTokenizer(MockTokenizer.WHITESPACE, false);
            return new TokenStreamComponents(tokenizer, new VietnameseStopFilter(tokenizer, set));
          }
        }) {
      assertAnalyzesTo(a, "Gạo VÀ cà_phê Và chè", new String[] {"Gạo", "cà_phê", "chè"});
      set.add("CHÈ");
      set.add("");
      assertAnalyzesTo(a, "Gạo VÀ cà_phê Và chè", new String[] {"Gạo", "cà_phê"});
    }
  }
}
