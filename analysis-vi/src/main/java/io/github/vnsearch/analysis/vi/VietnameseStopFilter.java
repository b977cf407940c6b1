package io.github.vnsearch.analysis.vi;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;

/**
 * Removes stop words, except the syllables of a longer word in a token graph: in {@code MIXED} mode
 * {@code sự_kiện} is followed by its syllables {@code sự} and {@code kiện}, and {@code sự} must
 * stay so that the phrase {@code "sự kiện"} still matches the syllables. A stand-alone {@code sự}
 * (a token not covered by a preceding multi-position token) is removed.
 */
public final class VietnameseStopFilter extends FilteringTokenFilter {

  private final CharArraySet stopWords;
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute posIncAtt =
      addAttribute(PositionIncrementAttribute.class);
  private final PositionLengthAttribute posLenAtt = addAttribute(PositionLengthAttribute.class);

  private int position;
  private int coveredUntil;

  /**
   * One bit per (length, first char, last char) hash of the stop words, lower-cased: a term whose
   * bit is clear is no stop word, which settles most terms without hashing all their chars.
   */
  private final long[] sketch = new long[SKETCH_BITS / 64];

  private static final int SKETCH_BITS = 4096;

  /** Size of the set when {@link #sketch} was computed; it is recomputed when the size changes. */
  private int sketchedSize = -1;

  /**
   * @param stopWords the words to remove, for example {@link VietnameseStopWords#defaultSet()}
   */
  public VietnameseStopFilter(TokenStream input, CharArraySet stopWords) {
    super(input);
    this.stopWords = stopWords;
  }

  private void computeSketch() {
    java.util.Arrays.fill(sketch, 0L);
    for (Object word : stopWords) {
      char[] chars = word instanceof char[] c ? c : word.toString().toCharArray();
      if (chars.length == 0) {
        continue;
      }
      int bit = sketchBit(chars, chars.length);
      sketch[bit >>> 6] |= 1L << bit;
    }
    sketchedSize = stopWords.size();
  }

  private boolean mayBeStopWord(char[] term, int length) {
    if (length == 0) {
      return true;
    }
    int bit = sketchBit(term, length);
    return (sketch[bit >>> 6] & (1L << bit)) != 0;
  }

  /** Hash of length, first and last code point, lower-cased (a superset of any set's matching). */
  private static int sketchBit(char[] term, int length) {
    int first = Character.toLowerCase(Character.codePointAt(term, 0, length));
    int last = Character.toLowerCase(Character.codePointBefore(term, length));
    return (length * 31 * 31 + first * 31 + last) & (SKETCH_BITS - 1);
  }

  @Override
  protected boolean accept() {
    position += posIncAtt.getPositionIncrement();
    if (posLenAtt.getPositionLength() == 1 && position < coveredUntil) {
      return true; // a syllable of the longer word before it
    }
    int length = termAtt.length();
    if (mayBeStopWord(termAtt.buffer(), length)
        && stopWords.contains(termAtt.buffer(), 0, length)) {
      return false;
    }
    coveredUntil = Math.max(coveredUntil, position + posLenAtt.getPositionLength());
    return true;
  }

  @Override
  public void reset() throws java.io.IOException {
    super.reset();
    position = -1;
    coveredUntil = -1;
    if (stopWords.size() != sketchedSize) {
      computeSketch();
    }
  }
}
