package io.github.vnsearch.analysis.vi;

import io.github.vnsearch.analysis.vi.VietnameseTokenizer.Mode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.tests.util.TestUtil;

/**
 * {@link TwinTextFields} gives exactly the tokens of the two analyzers it stands for, whichever
 * field is inverted first, with streams reused from text to text as the index writer reuses them.
 */
public class TestTwinTextFields extends BaseTokenStreamTestCase {

  private static final FieldType TYPE = TextField.TYPE_NOT_STORED;

  private static final Analyzer EXACT = new VietnameseAnalyzer(Mode.WORDS, false);
  private static final Analyzer FOLDED = new VietnameseAnalyzer(Mode.MIXED, true);

  private static final String[] ARTICLES = {
    "Hai bên nhất trí nối lại đàm phán hòa bình vào tháng tới tại Hà Nội.",
    "Người dân và tổng thống đã gặp nhau; tuy nhiên, sự kiện hoà giải vẫn chưa có kết quả.",
    "Ngày 05/12/2025, Ủy ban Thường vụ Quốc hội họp phiên thứ 12 (xem www.quochoi.vn).",
    "Sức khoẻ của bà Thuỷ vẫn tốt sau ca mổ kéo dài 3 giờ ở Bệnh viện Bạch Mai.",
    "",
    "   ",
    "Giá xăng RON 95 tăng 1.200 đồng/lít từ 15 giờ chiều nay.",
  };

  public void testRealTextsGiveTheAnalyzersTokens() throws IOException {
    for (String text : ARTICLES) {
      assertSameAsAnalyzers(text, true);
      assertSameAsAnalyzers(text, false);
    }
  }

  public void testRandomTextsGiveTheAnalyzersTokens() throws IOException {
    Random random = random();
    int n = atLeast(200);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      texts.add(
          switch (random.nextInt(3)) {
            case 0 -> RandomVietnamese.text(random, 1 + random.nextInt(60));
            case 1 -> TestUtil.randomUnicodeString(random, 80);
            default -> TestUtil.randomAnalysisString(random, 200, false);
          });
    }
    assertSameWithReusedStreams(texts, random);
  }

  public void testLongTextIsSegmentedPerFieldWithTheSameTokens() throws IOException {
    StringBuilder text = new StringBuilder();
    while (text.length() <= RecordingTokenFilter.MAX_RECORDED_CHARS) {
      text.append(ARTICLES[text.length() % 3]).append('\n');
    }
    assertSameAsAnalyzers(text.toString(), true);
    assertSameAsAnalyzers(text.toString(), false);
  }

  public void testFieldsAreSegmentedOnceWhenBothAreInverted() throws IOException {
    TwinTextFields twin = new TwinTextFields(ARTICLES[0]);
    List<String> exact = tokens(twin.exact("body", TYPE), null);
    assertNotNull("the exact field recorded the tokens", twin.recording);
    assertSame(twin, twin.recording.owner);
    List<String> folded = tokens(twin.folded("body_folded", TYPE), null);
    assertEquals(tokens(EXACT, ARTICLES[0]), exact);
    assertEquals(tokens(FOLDED, ARTICLES[0]), folded);
    assertTrue(folded.contains("dam_phan 25-33 +1 /2"));
    assertTrue(folded.contains("dam 25-28 +0 /1"));
    assertTrue(exact.contains("đàm_phán 25-33 +1 /1"));
    assertFalse(exact.contains("đàm 25-28 +0 /1"));
  }

  private static void assertSameAsAnalyzers(String text, boolean exactFirst) throws IOException {
    TwinTextFields twin = new TwinTextFields(text);
    Field exact = twin.exact("body", TYPE);
    Field folded = twin.folded("body_folded", TYPE);
    List<String> first = tokens(exactFirst ? exact : folded, null);
    List<String> second = tokens(exactFirst ? folded : exact, null);
    List<String> exactTokens = exactFirst ? first : second;
    List<String> foldedTokens = exactFirst ? second : first;
    assertEquals(text, tokens(EXACT, text), exactTokens);
    assertEquals(text, tokens(FOLDED, text), foldedTokens);
  }

  /** Like the index writer: one reused stream per field, documents one after another. */
  private static void assertSameWithReusedStreams(List<String> texts, Random random)
      throws IOException {
    TokenStream exactStream = null;
    TokenStream foldedStream = null;
    for (String text : texts) {
      TwinTextFields twin = new TwinTextFields(text);
      Field exact = twin.exact("body", TYPE);
      Field folded = twin.folded("body_folded", TYPE);
      List<String> exactTokens;
      List<String> foldedTokens;
      if (random.nextBoolean()) {
        exactStream = exact.tokenStream(null, exactStream);
        exactTokens = consume(exactStream);
        foldedStream = folded.tokenStream(null, foldedStream);
        foldedTokens = consume(foldedStream);
      } else {
        foldedStream = folded.tokenStream(null, foldedStream);
        foldedTokens = consume(foldedStream);
        exactStream = exact.tokenStream(null, exactStream);
        exactTokens = consume(exactStream);
      }
      assertEquals(text, tokens(EXACT, text), exactTokens);
      assertEquals(text, tokens(FOLDED, text), foldedTokens);
    }
  }

  /**
   * {@link TwinTextFields#words} gives the words of the WORDS analyzer without its stop filter (the
   * same terms and offsets), whether a field of the text was inverted before or not, and only those
   * starting before the limit.
   */
  public void testWordsAreThoseOfTheSegmentation() throws IOException {
    Analyzer wordsWithStopWords =
        new VietnameseAnalyzer(Mode.WORDS, CharArraySet.EMPTY_SET, false, null);
    TokenStream reuse = null;
    for (String text : ARTICLES) {
      List<String> expected = new ArrayList<>();
      for (String token : tokens(wordsWithStopWords, text)) {
        if (!token.startsWith("end ")) {
          expected.add(token.substring(0, token.indexOf(" +")));
        }
      }
      TwinTextFields beforeInversion = new TwinTextFields(text);
      assertEquals(text, expected, words(beforeInversion, Integer.MAX_VALUE));

      TwinTextFields inverted = new TwinTextFields(text);
      Field exact = inverted.exact("body", TYPE);
      TokenStream stream = exact.tokenStream(null, reuse);
      consume(stream);
      reuse = stream;
      assertEquals(text, expected, words(inverted, Integer.MAX_VALUE));

      int limit = text.length() / 2;
      List<String> firstHalf = words(inverted, limit);
      for (String word : firstHalf) {
        int start = Integer.parseInt(word.substring(word.indexOf(' ') + 1, word.indexOf('-')));
        assertTrue(word, start < limit);
      }
      assertEquals(text, expected.subList(0, firstHalf.size()), firstHalf);
      assertEquals(firstHalf, words(new TwinTextFields(text), limit));
    }
  }

  /** Each word as {@code term start-end}. */
  private static List<String> words(TwinTextFields text, int maxStart) throws IOException {
    List<String> words = new ArrayList<>();
    text.words(
        maxStart,
        (term, from, length, start, end, type) ->
            words.add(new String(term, from, length) + " " + start + "-" + end));
    return words;
  }

  private static List<String> tokens(Field field, TokenStream reuse) throws IOException {
    return consume(field.tokenStream(null, reuse));
  }

  private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
    return consume(analyzer.tokenStream("f", text));
  }

  /** Every token as {@code term start-end +posInc /posLen}, then the end state. */
  private static List<String> consume(TokenStream stream) throws IOException {
    CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
    OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
    PositionIncrementAttribute posInc = stream.addAttribute(PositionIncrementAttribute.class);
    PositionLengthAttribute posLen = stream.addAttribute(PositionLengthAttribute.class);
    List<String> tokens = new ArrayList<>();
    try (stream) {
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(
            term
                + " "
                + offset.startOffset()
                + "-"
                + offset.endOffset()
                + " +"
                + posInc.getPositionIncrement()
                + " /"
                + posLen.getPositionLength());
      }
      stream.end();
      tokens.add("end " + offset.endOffset() + " +" + posInc.getPositionIncrement());
    }
    return tokens;
  }
}
