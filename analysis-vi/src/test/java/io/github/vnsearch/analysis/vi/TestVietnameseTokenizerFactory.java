package io.github.vnsearch.analysis.vi;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.util.ClasspathResourceLoader;

public class TestVietnameseTokenizerFactory extends BaseTokenStreamTestCase {

  private static CustomAnalyzer.Builder builder() {
    return CustomAnalyzer.builder(
        new ClasspathResourceLoader(TestVietnameseTokenizerFactory.class));
  }

  public void testFoundBySpiName() {
    assertSame(VietnameseTokenizerFactory.class, TokenizerFactory.lookupClass("vietnamese"));
  }

  public void testWordsMode() throws IOException {
    try (Analyzer a = builder().withTokenizer("vietnamese", "mode", "words").build()) {
      assertAnalyzesTo(a, "Đàm phán thương mại", new String[] {"Đàm_phán", "thương_mại"});
    }
  }

  public void testDefaultsToMixedAndDiscardsPunctuation() throws IOException {
    try (Analyzer a = builder().withTokenizer("vietnamese").build()) {
      assertAnalyzesTo(
          a,
          "Đàm phán!",
          new String[] {"Đàm_phán", "Đàm", "phán"},
          null,
          null,
          null,
          new int[] {1, 0, 1},
          new int[] {2, 1, 1});
    }
  }

  public void testKeepsPunctuationAndUsesUserDictionary() throws IOException {
    try (Analyzer a =
        builder()
            .withTokenizer(
                "vietnamese",
                "mode",
                "WORDS",
                "discardPunctuation",
                "false",
                "userDictionary",
                "userdict-test.txt")
            .build()) {
      assertAnalyzesTo(
          a, "Dịch vụ điện toán đám mây.", new String[] {"Dịch_vụ", "điện_toán_đám_mây", "."});
    }
  }

  public void testBadParameters() {
    IllegalArgumentException e =
        expectThrows(
            IllegalArgumentException.class,
            () -> builder().withTokenizer("vietnamese", "mode", "sentences").build());
    assertTrue(e.getMessage(), e.getMessage().contains("Unknown mode 'sentences'"));
    e =
        expectThrows(
            IllegalArgumentException.class,
            () -> builder().withTokenizer("vietnamese", "decompound", "true").build());
    assertTrue(e.getMessage(), e.getMessage().contains("Unknown parameters"));
    assertTrue(e.getMessage(), e.getMessage().contains("decompound"));
    e =
        expectThrows(
            IllegalArgumentException.class,
            () ->
                builder()
                    .withTokenizer("vietnamese", "userDictionary", "userdict-bad.txt")
                    .build());
    assertTrue(e.getMessage(), e.getMessage().contains("userdict-bad.txt"));
    assertTrue(e.getMessage(), e.getMessage().contains("line 2"));
  }
}
