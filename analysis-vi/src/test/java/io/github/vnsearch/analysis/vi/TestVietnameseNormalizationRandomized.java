package io.github.vnsearch.analysis.vi;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.tests.analysis.MockReaderWrapper;
import org.apache.lucene.tests.util.LuceneTestCase;
import org.apache.lucene.tests.util.TestUtil;

/**
 * The streaming filter against {@link VietnameseNormalizationCharFilter#normalize}: same output
 * whatever the read sizes of the input and of the consumer, NFC output, stable under a second pass.
 */
public class TestVietnameseNormalizationRandomized extends LuceneTestCase {

  /** Reads {@code text} through the filter, the input and the output both in random pieces. */
  private static String readChunked(Random random, String text) throws IOException {
    StringBuilder sb = new StringBuilder();
    char[] buffer = new char[1 + random.nextInt(300)];
    try (Reader reader =
        new VietnameseNormalizationCharFilter(
            new MockReaderWrapper(random, new StringReader(text)))) {
      while (true) {
        int n =
            random.nextInt(5) == 0
                ? reader.read(buffer, 0, 1 + random.nextInt(buffer.length))
                : reader.read(buffer);
        if (n == -1) {
          break;
        }
        assertTrue(n > 0);
        sb.append(buffer, 0, n);
      }
    }
    return sb.toString();
  }

  private static String randomText(Random random) {
    switch (random.nextInt(4)) {
      case 0:
        return TestUtil.randomUnicodeString(random, 200);
      case 1:
        return TestUtil.randomAnalysisString(random, 200, false);
      case 2:
        return withMarks(random, TestUtil.randomRealisticUnicodeString(random, 100));
      default:
        return RandomVietnamese.text(random, 1 + random.nextInt(50));
    }
  }

  /** Sprinkles combining marks and invisible characters into {@code text}. */
  private static String withMarks(Random random, String text) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      sb.append(text.charAt(i));
      if (random.nextInt(4) == 0 && !Character.isHighSurrogate(text.charAt(i))) {
        sb.append((char) (0x300 + random.nextInt(0x70)));
      }
      if (random.nextInt(20) == 0 && !Character.isHighSurrogate(text.charAt(i))) {
        sb.append(random.nextBoolean() ? '\u200B' : '\u00AD');
      }
    }
    return sb.toString();
  }

  public void testChunkedReadsGiveTheSameOutput() throws IOException {
    Random random = random();
    for (int i = 0; i < 500 * RANDOM_MULTIPLIER; i++) {
      String text = randomText(random);
      String expected = VietnameseNormalizationCharFilter.normalize(text);
      assertEquals(expected, readChunked(random, text));
    }
  }

  public void testFastPathAgreesWithGeneralPath() throws IOException {
    Random random = random();
    for (int i = 0; i < 500 * RANDOM_MULTIPLIER; i++) {
      String text = randomText(random);
      StringBuilder sb = new StringBuilder();
      try (Reader reader =
          new VietnameseNormalizationCharFilter(
              new MockReaderWrapper(random, new StringReader(text)), false)) {
        for (int c = reader.read(); c != -1; c = reader.read()) {
          sb.append((char) c);
        }
      }
      assertEquals(text, VietnameseNormalizationCharFilter.normalize(text), sb.toString());
    }
  }

  public void testOutputIsNfcAndStable() {
    Random random = random();
    for (int i = 0; i < 500 * RANDOM_MULTIPLIER; i++) {
      String text = randomText(random);
      String once = VietnameseNormalizationCharFilter.normalize(text);
      assertTrue(text, Normalizer.isNormalized(once, Normalizer.Form.NFC));
      assertEquals(text, once, VietnameseNormalizationCharFilter.normalize(once));
      // NFD input normalizes as its NFC form does
      assertEquals(
          text,
          once,
          VietnameseNormalizationCharFilter.normalize(
              Normalizer.normalize(text, Normalizer.Form.NFD)));
    }
  }

  /** Every letter with one or two Vietnamese marks, in any order, composes as NFC does. */
  public void testDecomposedLettersComposeAsNfc() {
    String marks = "\u0300\u0301\u0302\u0303\u0306\u0309\u031B\u0323";
    StringBuilder bases = new StringBuilder("ăâêôơưđĂÂÊÔƠƯĐ");
    for (char c = 'a'; c <= 'z'; c++) {
      bases.append(c).append(Character.toUpperCase(c));
    }
    for (int b = 0; b < bases.length(); b++) {
      for (int m1 = 0; m1 < marks.length(); m1++) {
        for (int m2 = -1; m2 < marks.length(); m2++) {
          String text = "x" + bases.charAt(b) + marks.charAt(m1) + (m2 < 0 ? "" : marks.charAt(m2));
          String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
          String normalized = VietnameseNormalizationCharFilter.normalize(text);
          if (!ToneMarks.canonicalize(nfc.toCharArray(), 0, nfc.length())) {
            assertEquals(text, nfc, normalized);
          }
        }
      }
    }
  }

  public void testEverySpellingGivesTheCanonicalOne() {
    for (String[] forms : RandomVietnamese.SYLLABLES) {
      String canonical = forms[0];
      for (String form : forms) {
        for (String variant :
            new String[] {
              form,
              form.toUpperCase(Locale.ROOT),
              Normalizer.normalize(form, Normalizer.Form.NFD),
              form.charAt(0) + "\u200B" + form.substring(1)
            }) {
          String expected =
              variant.equals(form.toUpperCase(Locale.ROOT))
                  ? canonical.toUpperCase(Locale.ROOT)
                  : canonical;
          assertEquals(variant, expected, VietnameseNormalizationCharFilter.normalize(variant));
        }
      }
    }
  }

  /** Offsets are exact: each token's original text normalizes to the token. */
  public void testOffsetsMapBackToTheOriginalSpelling() throws IOException {
    Analyzer a = TestVietnameseNormalizationCharFilter.analyzer(false);
    try (a) {
      for (int i = 0; i < 300 * RANDOM_MULTIPLIER; i++) {
        String text = RandomVietnamese.text(random(), 1 + random().nextInt(30));
        try (TokenStream ts = a.tokenStream("f", text)) {
          CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
          OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
          ts.reset();
          while (ts.incrementToken()) {
            String original = text.substring(offset.startOffset(), offset.endOffset());
            assertEquals(
                text, term.toString(), VietnameseNormalizationCharFilter.normalize(original));
            assertFalse(text, Character.isWhitespace(original.charAt(0)));
          }
          ts.end();
        }
      }
    }
  }
}
