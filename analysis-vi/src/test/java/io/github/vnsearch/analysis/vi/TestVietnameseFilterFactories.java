package io.github.vnsearch.analysis.vi;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharFilterFactory;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.util.BytesRef;

public class TestVietnameseFilterFactories extends BaseTokenStreamTestCase {

  private static Analyzer fullChain() throws IOException {
    return CustomAnalyzer.builder()
        .addCharFilter("vietnameseNormalization")
        .withTokenizer("whitespace")
        .addTokenFilter("lowercase")
        .addTokenFilter("vietnameseStop")
        .addTokenFilter("vietnameseFolding", "preserveOriginal", "true")
        .build();
  }

  public void testSpiNamesResolve() {
    assertSame(
        VietnameseNormalizationCharFilterFactory.class,
        CharFilterFactory.lookupClass("vietnameseNormalization"));
    assertSame(
        VietnameseFoldingFilterFactory.class, TokenFilterFactory.lookupClass("vietnameseFolding"));
    assertSame(VietnameseStopFilterFactory.class, TokenFilterFactory.lookupClass("vietnameseStop"));
  }

  public void testFullChain() throws IOException {
    try (Analyzer a = fullChain()) {
      assertAnalyzesTo(
          a,
          "Hoà bình và thuỷ điện của Việt Nam",
          new String[] {
            "hòa", "hoa", "bình", "binh", "thủy", "thuy", "điện", "dien", "việt", "viet", "nam"
          },
          new int[] {0, 0, 4, 4, 12, 12, 17, 17, 26, 26, 31},
          new int[] {3, 3, 8, 8, 16, 16, 21, 21, 30, 30, 34},
          new int[] {1, 0, 1, 0, 2, 0, 1, 0, 2, 0, 1});
    }
  }

  public void testNormalizeForMultiTermQueries() throws IOException {
    try (Analyzer a = fullChain()) {
      // char filter, lower case and folding apply; the folded form is indexed for every word
      assertEquals(new BytesRef("thuy"), a.normalize("f", "THUỶ"));
      assertEquals(new BytesRef("dam"), a.normalize("f", "Đàm"));
    }
    try (Analyzer a =
        CustomAnalyzer.builder()
            .addCharFilter("vietnameseNormalization")
            .withTokenizer("whitespace")
            .build()) {
      assertEquals(new BytesRef("khỏe"), a.normalize("f", "khoẻ"));
    }
  }

  public void testFoldingWithoutPreserveOriginal() throws IOException {
    try (Analyzer a =
        CustomAnalyzer.builder()
            .withTokenizer("whitespace")
            .addTokenFilter("vietnameseFolding")
            .build()) {
      assertAnalyzesTo(a, "Đàm_phán ở Hà_Nội", new String[] {"Dam_phan", "o", "Ha_Noi"});
    }
  }

  public void testStopIgnoreCase() throws IOException {
    try (Analyzer a =
        CustomAnalyzer.builder()
            .withTokenizer("whitespace")
            .addTokenFilter("vietnameseStop", "ignoreCase", "true")
            .build()) {
      assertAnalyzesTo(
          a, "Và Của Hà_Nội CÁC tỉnh", new String[] {"Hà_Nội", "tỉnh"}, new int[] {3, 2});
    }
    try (Analyzer a =
        CustomAnalyzer.builder()
            .withTokenizer("whitespace")
            .addTokenFilter("vietnameseStop")
            .build()) {
      assertAnalyzesTo(a, "Và và", new String[] {"Và"});
    }
  }

  public void testStopWordsFromFilesAreNormalized() throws IOException {
    Path dir = createTempDir();
    Files.writeString(
        dir.resolve("tin.txt"), "# tin tức\ntin\nhoà\n", StandardCharsets.UTF_8); // old style
    Files.writeString(dir.resolve("thuy.txt"), "thuỷ\n", StandardCharsets.UTF_8);
    try (Analyzer a =
        CustomAnalyzer.builder(dir)
            .addCharFilter("vietnameseNormalization")
            .withTokenizer("whitespace")
            .addTokenFilter("vietnameseStop", "words", "tin.txt, thuy.txt")
            .build()) {
      // the files replace the default set: "và" is kept
      assertAnalyzesTo(
          a, "tin hòa bình và thủy điện", new String[] {"bình", "và", "điện"}, new int[] {3, 1, 2});
    }
  }

  public void testMissingWordsFileNamesTheFile() {
    Path dir = createTempDir();
    IOException e =
        expectThrows(
            IOException.class,
            () ->
                CustomAnalyzer.builder(dir)
                    .withTokenizer("whitespace")
                    .addTokenFilter("vietnameseStop", "words", "khong-co.txt")
                    .build());
    assertTrue(e.getMessage(), e.getMessage().contains("'khong-co.txt'"));
  }

  public void testUnknownParameters() {
    IllegalArgumentException e =
        expectThrows(
            IllegalArgumentException.class,
            () ->
                CustomAnalyzer.builder()
                    .addCharFilter("vietnameseNormalization", "form", "NFD")
                    .withTokenizer("whitespace")
                    .build());
    assertTrue(e.getMessage(), e.getMessage().contains("Unknown parameters: {form=NFD}"));
    e =
        expectThrows(
            IllegalArgumentException.class,
            () ->
                CustomAnalyzer.builder()
                    .withTokenizer("whitespace")
                    .addTokenFilter("vietnameseFolding", "preserveOrginal", "true")
                    .build());
    assertTrue(
        e.getMessage(), e.getMessage().contains("Unknown parameters: {preserveOrginal=true}"));
    e =
        expectThrows(
            IllegalArgumentException.class,
            () ->
                CustomAnalyzer.builder()
                    .withTokenizer("whitespace")
                    .addTokenFilter("vietnameseStop", "stopwords", "x.txt")
                    .build());
    assertTrue(e.getMessage(), e.getMessage().contains("Unknown parameters: {stopwords=x.txt}"));
  }

  public void testBadBooleanValues() {
    IllegalArgumentException e =
        expectThrows(
            IllegalArgumentException.class,
            () ->
                CustomAnalyzer.builder()
                    .withTokenizer("whitespace")
                    .addTokenFilter("vietnameseFolding", "preserveOriginal", "yes")
                    .build());
    assertTrue(e.getMessage(), e.getMessage().contains("'preserveOriginal' must be true or false"));
    e =
        expectThrows(
            IllegalArgumentException.class,
            () ->
                CustomAnalyzer.builder()
                    .withTokenizer("whitespace")
                    .addTokenFilter("vietnameseStop", "ignoreCase", "1")
                    .build());
    assertTrue(e.getMessage(), e.getMessage().contains("'ignoreCase' must be true or false"));
  }

  public void testDefaultConstructorsFail() {
    expectThrows(UnsupportedOperationException.class, VietnameseFoldingFilterFactory::new);
    expectThrows(UnsupportedOperationException.class, VietnameseStopFilterFactory::new);
    expectThrows(
        UnsupportedOperationException.class, VietnameseNormalizationCharFilterFactory::new);
  }

  public void testFactoriesDirectly() {
    Map<String, String> args = new HashMap<>();
    args.put("preserveOriginal", "false");
    VietnameseFoldingFilterFactory factory = new VietnameseFoldingFilterFactory(args);
    assertTrue(args.isEmpty());
    assertEquals("false", factory.getOriginalArgs().get("preserveOriginal"));
  }

  public void testRandomStrings() throws IOException {
    try (Analyzer a = fullChain()) {
      checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
      checkRandomData(random(), a, 5 * RANDOM_MULTIPLIER, 8192);
    }
  }
}
