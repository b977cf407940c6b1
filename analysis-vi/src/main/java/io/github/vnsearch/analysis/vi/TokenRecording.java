package io.github.vnsearch.analysis.vi;

import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.ArrayUtil;

/**
 * The tokens of one text, kept in flat arrays (no object per token) so that a second field can
 * replay them; reused from text to text, it grows to the largest text recorded and no further.
 */
final class TokenRecording {

  /** The text these tokens are of, once they are complete; null while recording. */
  Object owner;

  int count;
  int finalOffset;
  int finalPositionIncrement;

  private char[] chars = new char[1024];
  private int charCount;
  private int[] termEnd = new int[128];
  private int[] startOffset = new int[128];
  private int[] endOffset = new int[128];
  private int[] positionIncrement = new int[128];
  private int[] positionLength = new int[128];
  private String[] type = new String[128];

  /** Forgets the tokens, to record those of another text. */
  void clear() {
    owner = null;
    count = 0;
    charCount = 0;
  }

  /** Appends the token the attributes hold. */
  void add(
      CharTermAttribute term,
      OffsetAttribute offset,
      PositionIncrementAttribute posInc,
      PositionLengthAttribute posLen,
      TypeAttribute typeAtt) {
    if (count == termEnd.length) {
      int n = ArrayUtil.oversize(count + 1, Integer.BYTES);
      termEnd = ArrayUtil.growExact(termEnd, n);
      startOffset = ArrayUtil.growExact(startOffset, n);
      endOffset = ArrayUtil.growExact(endOffset, n);
      positionIncrement = ArrayUtil.growExact(positionIncrement, n);
      positionLength = ArrayUtil.growExact(positionLength, n);
      type = ArrayUtil.growExact(type, n);
    }
    int length = term.length();
    chars = ArrayUtil.grow(chars, charCount + length);
    System.arraycopy(term.buffer(), 0, chars, charCount, length);
    charCount += length;
    termEnd[count] = charCount;
    startOffset[count] = offset.startOffset();
    endOffset[count] = offset.endOffset();
    positionIncrement[count] = posInc.getPositionIncrement();
    positionLength[count] = posLen.getPositionLength();
    type[count] = typeAtt.type();
    count++;
  }

  /** The chars of every term, one after the other; term {@code t} ends at {@link #termEnd}. */
  char[] chars() {
    return chars;
  }

  /** Where term {@code t}'s chars end in {@link #chars()} (and term {@code t + 1}'s start). */
  int termEnd(int t) {
    return termEnd[t];
  }

  int startOffset(int t) {
    return startOffset[t];
  }

  int endOffset(int t) {
    return endOffset[t];
  }

  int positionLength(int t) {
    return positionLength[t];
  }

  String type(int t) {
    return type[t];
  }

  /** Puts token {@code t} into the attributes (which the caller has cleared). */
  void copyTo(
      int t,
      CharTermAttribute term,
      OffsetAttribute offset,
      PositionIncrementAttribute posInc,
      PositionLengthAttribute posLen,
      TypeAttribute typeAtt) {
    int from = t == 0 ? 0 : termEnd[t - 1];
    term.copyBuffer(chars, from, termEnd[t] - from);
    offset.setOffset(startOffset[t], endOffset[t]);
    posInc.setPositionIncrement(positionIncrement[t]);
    posLen.setPositionLength(positionLength[t]);
    typeAtt.setType(type[t]);
  }
}
