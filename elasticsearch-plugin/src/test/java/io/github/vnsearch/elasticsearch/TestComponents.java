package io.github.vnsearch.elasticsearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vnsearch.analysis.vi.VietnameseAnalyzer;
import io.github.vnsearch.analysis.vi.VietnameseStopWords;
import io.github.vnsearch.analysis.vi.VietnameseTokenizer.Mode;
import io.github.vnsearch.analysis.vi.dict.UserDictionary;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/**
 * The components built from setting values as Elasticsearch hands them over: what each value gives,
 * and the message of each bad one. Loading by Elasticsearch itself is in {@code
 * ElasticsearchLoadingIT}.
 */
class TestComponents {

  record TokenizerValues(String mode, String discardPunctuation, List<String> userWords)
      implements VietnameseTokenizerFactory.Settings {}

  record AnalyzerValues(String mode, List<String> stopwords, List<String> userWords)
      implements AnalyzerSettings {}

  private static final String TEXT = "Nhà máy điện gió ở Bạc Liêu phát điện từ năm 2019.";

  @Test
  void tokenizerModesAndUserWords() throws IOException {
    Tokenizer words = tokenizer("words", "true", List.of()).create();
    assertEquals(
        List.of("nhà_máy", "điện", "gió", "ở", "bạc_liêu", "phát_điện", "từ", "năm", "2019"),
        lower(terms(words, TEXT)));
    // "điện gió" (wind power) is not in the system dictionary; punctuation kept.
    Tokenizer withUserWord = tokenizer("WORDS", "false", List.of("điện gió 10")).create();
    List<String> terms = lower(terms(withUserWord, TEXT));
    assertEquals("điện_gió", terms.get(1), terms.toString());
    assertEquals(".", terms.get(terms.size() - 1), terms.toString());
  }

  @Test
  void badTokenizerSettingsNameComponentSettingAndValue() {
    assertMessage(
        "vi_tokenizer: [mode] must be words, syllables or mixed, got [sentences]",
        () -> tokenizer("sentences", "true", List.of()));
    assertMessage(
        "vi_tokenizer: [discard_punctuation] must be true or false, got [yes]",
        () -> tokenizer("mixed", "yes", List.of()));
    assertMessage(
        "vi_tokenizer: [user_words] user dictionary line 2: bad cost '300'"
            + " (expected an integer from 0 to 127)",
        () -> tokenizer("mixed", "true", List.of("máy điện gió", "điện mặt trời 300")));
    assertMessage(
        "vi_folding: [preserve_original] must be true or false, got [1]",
        () -> new VietnameseFoldingFilterFactory(() -> "1"));
    assertMessage(
        "vietnamese_folding: [mode] must be words, syllables or mixed, got [word]",
        () ->
            new VietnameseFoldingAnalyzerFactory(new AnalyzerValues("word", List.of(), List.of())));
  }

  @Test
  void stopWordLists() {
    CharArraySet defaultSet = VietnameseStopWords.defaultSet();
    assertSame(defaultSet, ComponentSettings.getStopWords(List.of()));
    assertSame(defaultSet, ComponentSettings.getStopWords(List.of("_vietnamese_")));
    assertSame(CharArraySet.EMPTY_SET, ComponentSettings.getStopWords(List.of("_none_")));
    // Old-style tone placement in the list, as in the text: "hoà" is stored as "hòa".
    CharArraySet custom = ComponentSettings.getStopWords(List.of("hoà", "_vietnamese_"));
    assertEquals(defaultSet.size() + 1, custom.size());
    assertTrue(custom.contains("hòa"));
  }

  @Test
  void analyzersAreAnalysisVisAnalyzers() throws IOException {
    AnalyzerValues values = new AnalyzerValues("words", List.of("_none_"), List.of("điện gió"));
    UserDictionary userWords = UserDictionary.open(new StringReader("điện gió"));
    try (Analyzer plain = new VietnameseAnalyzerFactory(values).create();
        Analyzer folding = new VietnameseFoldingAnalyzerFactory(values).create();
        Analyzer direct =
            new VietnameseAnalyzer(Mode.WORDS, CharArraySet.EMPTY_SET, true, userWords)) {
      List<String> folded = terms(folding.tokenStream("f", TEXT));
      assertEquals(terms(direct.tokenStream("f", TEXT)), folded);
      assertEquals("dien_gio", folded.get(1), folded.toString());
      assertEquals("điện_gió", terms(plain.tokenStream("f", TEXT)).get(1));
    }
  }

  private static VietnameseTokenizerFactory tokenizer(
      String mode, String discardPunctuation, List<String> userWords) {
    return new VietnameseTokenizerFactory(new TokenizerValues(mode, discardPunctuation, userWords));
  }

  private static void assertMessage(String expected, Runnable create) {
    assertEquals(expected, assertThrows(IllegalArgumentException.class, create::run).getMessage());
  }

  private static List<String> terms(Tokenizer tokenizer, String text) throws IOException {
    tokenizer.setReader(new StringReader(text));
    return terms(tokenizer);
  }

  private static List<String> terms(TokenStream stream) throws IOException {
    List<String> terms = new ArrayList<>();
    try (stream) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    }
    return terms;
  }

  private static List<String> lower(List<String> terms) {
    return terms.stream().map(t -> t.toLowerCase(java.util.Locale.ROOT)).toList();
  }
}
