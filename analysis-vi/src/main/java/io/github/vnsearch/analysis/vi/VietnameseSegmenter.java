package io.github.vnsearch.analysis.vi;

import io.github.vnsearch.analysis.vi.dict.CharacterDefinition;
import io.github.vnsearch.analysis.vi.dict.UserDictionary;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Word segmentation as text: each line is written with its words separated by one space and the
 * syllables of a word joined by {@code _}, in the style of Vietnamese NLP corpora ({@code Hà_Nội là
 * thủ_đô .}). Every non-space character of the input is kept with its case; punctuation marks are
 * words of their own, except the period of an abbreviation ({@code TP.}, {@code H.}, {@code ThS.}:
 * one to three letters, none of them a vowel, then a period and a space), which stays with it as in
 * the treebanks; and runs of capitalized syllables are taken as one name more readily than the
 * tokenizer does for search ({@code Bình_Triệu}). Not thread-safe: use one instance per thread.
 */
public final class VietnameseSegmenter {

  private final VietnameseTokenizer tokenizer;
  private final CharTermAttribute termAtt;
  private final OffsetAttribute offsetAtt;
  private final StringBuilder line = new StringBuilder();

  /** A segmenter over the system dictionary. */
  public VietnameseSegmenter() {
    this(null);
  }

  /** A segmenter that also uses {@code userDictionary} (may be null). */
  public VietnameseSegmenter(UserDictionary userDictionary) {
    tokenizer =
        new VietnameseTokenizer(
            TokenStream.DEFAULT_TOKEN_ATTRIBUTE_FACTORY,
            userDictionary,
            VietnameseTokenizer.Mode.WORDS,
            false);
    tokenizer.treebankNames();
    termAtt = tokenizer.getAttribute(CharTermAttribute.class);
    offsetAtt = tokenizer.getAttribute(OffsetAttribute.class);
  }

  /** Segments one line of text (line breaks inside are treated as spaces). */
  public String segment(String text) {
    line.setLength(0);
    try {
      appendSegmented(text, line);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // cannot happen: reading a string
    }
    return line.toString();
  }

  /**
   * Segments {@code in} line by line, writing one output line per input line; reads and writes one
   * line at a time, so the input may be of any size. Neither stream is closed.
   */
  public void segment(BufferedReader in, Writer out) throws IOException {
    String text;
    while ((text = in.readLine()) != null) {
      line.setLength(0);
      appendSegmented(text, line);
      line.append('\n');
      out.append(line);
    }
    out.flush();
  }

  private void appendSegmented(String text, StringBuilder sb) throws IOException {
    tokenizer.setReader(new StringReader(text));
    tokenizer.reset();
    boolean first = true;
    int abbreviationEnd = -1; // end offset of the last word if it may be an abbreviation
    while (tokenizer.incrementToken()) {
      int start = offsetAtt.startOffset();
      if (start == abbreviationEnd && isAbbreviationPeriod(text, start)) {
        sb.append('.');
        abbreviationEnd = -1;
        continue;
      }
      if (!first) {
        sb.append(' ');
      }
      sb.append(termAtt);
      first = false;
      abbreviationEnd = isAbbreviation(termAtt) ? offsetAtt.endOffset() : -1;
    }
    tokenizer.end();
    tokenizer.close();
  }

  /** One to three letters, none of them a vowel: no Vietnamese syllable, an abbreviation. */
  static boolean isAbbreviation(CharSequence word) {
    if (word.length() > 3) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (!Character.isLetter(c) || CharacterDefinition.vowel(c) >= 0) {
        return false;
      }
    }
    return true;
  }

  /** A period at {@code at} followed by white space or the end of the text. */
  private static boolean isAbbreviationPeriod(String text, int at) {
    return text.charAt(at) == '.'
        && (at + 1 == text.length() || Character.isWhitespace(text.charAt(at + 1)));
  }
}
