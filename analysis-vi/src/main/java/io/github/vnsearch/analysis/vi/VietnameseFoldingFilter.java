package io.github.vnsearch.analysis.vi;

import io.github.vnsearch.analysis.vi.dict.CharacterDefinition;
import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.ArrayUtil;

/**
 * Removes Vietnamese tone and vowel marks and maps {@code đ/Đ} to {@code d/D}, so that {@code
 * Đàm_phán} becomes {@code Dam_phan}: the accent-insensitive form used to match queries typed
 * without diacritics.
 *
 * <p>Only Latin letters carrying diacritics are changed; every other character (digits, {@code _},
 * other scripts) is kept. Folding never changes a term's length, so offsets stay those of the
 * original token. With {@code preserveOriginal}, a token that folding changes is emitted twice: the
 * original first, then the folded form at position increment 0 with the same offsets, type and
 * position length (other attributes are not copied: no state is captured, so no allocation is made
 * per token).
 */
public final class VietnameseFoldingFilter extends TokenFilter {

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute posIncAtt =
      addAttribute(PositionIncrementAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
  private final PositionLengthAttribute posLenAtt = addAttribute(PositionLengthAttribute.class);
  private final boolean preserveOriginal;

  private char[] pendingFolded = new char[16];
  private int pendingLength = -1;
  private int pendingStart;
  private int pendingEnd;
  private int pendingPositionLength;
  private String pendingType;

  /** Folds every token, replacing it by its folded form. */
  public VietnameseFoldingFilter(TokenStream input) {
    this(input, false);
  }

  /**
   * @param preserveOriginal when true, a token changed by folding is emitted as it was and then
   *     folded at the same position
   */
  public VietnameseFoldingFilter(TokenStream input, boolean preserveOriginal) {
    super(input);
    this.preserveOriginal = preserveOriginal;
  }

  /** Returns true when {@code c} is changed by folding. */
  static boolean isFoldable(char c) {
    return CharacterDefinition.fold(c) != c;
  }

  /** Folds one character; characters without Vietnamese diacritics are returned unchanged. */
  public static char fold(char c) {
    return CharacterDefinition.fold(c);
  }

  /**
   * Folds {@code length} chars of {@code buffer} in place.
   *
   * @return true when at least one char changed
   */
  public static boolean fold(char[] buffer, int length) {
    boolean changed = false;
    for (int i = 0; i < length; i++) {
      char c = buffer[i];
      char folded = CharacterDefinition.fold(c);
      if (folded != c) {
        buffer[i] = folded;
        changed = true;
      }
    }
    return changed;
  }

  /** Folds a string; convenient for queries and tests, not for per-token use. */
  public static String fold(CharSequence text) {
    char[] chars = text.toString().toCharArray();
    fold(chars, chars.length);
    return new String(chars);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (pendingLength >= 0) {
      clearAttributes();
      termAtt.copyBuffer(pendingFolded, 0, pendingLength);
      posIncAtt.setPositionIncrement(0);
      offsetAtt.setOffset(pendingStart, pendingEnd);
      typeAtt.setType(pendingType);
      posLenAtt.setPositionLength(pendingPositionLength);
      pendingLength = -1;
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    char[] buffer = termAtt.buffer();
    int length = termAtt.length();
    if (!preserveOriginal) {
      fold(buffer, length);
      return true;
    }
    int firstChange = 0;
    while (firstChange < length && !isFoldable(buffer[firstChange])) {
      firstChange++;
    }
    if (firstChange < length) {
      pendingFolded = ArrayUtil.grow(pendingFolded, length);
      System.arraycopy(buffer, 0, pendingFolded, 0, length);
      fold(pendingFolded, length);
      pendingLength = length;
      pendingStart = offsetAtt.startOffset();
      pendingEnd = offsetAtt.endOffset();
      pendingType = typeAtt.type();
      pendingPositionLength = posLenAtt.getPositionLength();
    }
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pendingLength = -1;
    pendingType = null;
  }
}
