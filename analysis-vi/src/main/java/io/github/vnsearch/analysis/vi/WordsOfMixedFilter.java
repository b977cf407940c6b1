package io.github.vnsearch.analysis.vi;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;

/**
 * Turns the tokens of a {@link VietnameseTokenizer.Mode#MIXED} tokenizer that removes no stop words
 * into those of {@link VietnameseTokenizer.Mode#WORDS}: each word of several syllables is followed
 * by exactly one token per syllable, which this filter drops, and each word then spans one
 * position.
 */
final class WordsOfMixedFilter extends TokenFilter {

  private final PositionLengthAttribute posLenAtt = addAttribute(PositionLengthAttribute.class);

  /** Syllables of the last word still to drop. */
  private int syllablesLeft;

  WordsOfMixedFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    while (input.incrementToken()) {
      if (syllablesLeft > 0) {
        syllablesLeft--;
        continue;
      }
      int length = posLenAtt.getPositionLength();
      if (length > 1) {
        syllablesLeft = length;
        posLenAtt.setPositionLength(1);
      }
      return true;
    }
    return false;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    syllablesLeft = 0;
  }
}
