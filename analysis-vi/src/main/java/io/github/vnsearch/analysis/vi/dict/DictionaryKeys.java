package io.github.vnsearch.analysis.vi.dict;

/**
 * How dictionary keys are spelled: a syllable is lower-cased, its tone mark is removed from the
 * vowel and appended as one digit ({@code 1} grave, {@code 2} acute, {@code 3} hook, {@code 4}
 * tilde, {@code 5} dot below), and syllables are joined by {@link #SEPARATOR}. The key is therefore
 * the same whatever the tone placement ({@code hoà}/{@code hòa}), case or Unicode form (NFC/NFD) of
 * the text: {@code Hoà Bình} and {@code hòa bình} both become {@code hoa1 binh1}. The key form of
 * each char is the {@link CharacterDefinition}'s.
 *
 * <p>This class is shared by the tokenizer and the dictionary builder (tools module); it allocates
 * nothing in {@link #normalizeSyllable}.
 */
public final class DictionaryKeys {

  /** Joins the syllables of a multi-syllable key. */
  public static final char SEPARATOR = ' ';

  private DictionaryKeys() {}

  /**
   * Writes the key of one syllable ({@code src[off..off+len)}) into {@code dst} at {@code dstOff}.
   * {@code dst} must have room for {@code len + 1} chars.
   *
   * @return the number of chars written
   */
  public static int normalizeSyllable(char[] src, int off, int len, char[] dst, int dstOff) {
    int out = dstOff;
    int tone = 0;
    for (int i = off, end = off + len; i < end; i++) {
      char c = src[i];
      int t = CharacterDefinition.keyTone(c);
      if (t != 0) {
        tone = t;
        dst[out++] = CharacterDefinition.keyBase(c);
        continue;
      }
      t = CharacterDefinition.toneOfMark(c);
      if (t != 0) {
        tone = t;
        continue;
      }
      if (out > dstOff && (c == '\u0302' || c == '\u0306' || c == '\u031B')) {
        char composed = CharacterDefinition.composeVowelMark(dst[out - 1], c);
        if (composed != 0) {
          dst[out - 1] = composed;
          continue;
        }
      }
      dst[out++] = CharacterDefinition.keyBase(c);
    }
    if (tone != 0) {
      dst[out++] = (char) ('0' + tone);
    }
    return out - dstOff;
  }

  /**
   * Returns the key of a word whose syllables are separated by white space or {@code _}, or null
   * when the word has no syllable. Convenient for building dictionaries, not for per-token use.
   */
  public static String key(String word) {
    char[] chars = word.toCharArray();
    char[] dst = new char[chars.length * 2 + 1];
    int out = 0;
    int i = 0;
    while (i < chars.length) {
      while (i < chars.length && isSyllableSeparator(chars[i])) {
        i++;
      }
      int start = i;
      while (i < chars.length && !isSyllableSeparator(chars[i])) {
        i++;
      }
      if (i > start) {
        if (out > 0) {
          dst[out++] = SEPARATOR;
        }
        out += normalizeSyllable(chars, start, i - start, dst, out);
      }
    }
    return out == 0 ? null : new String(dst, 0, out);
  }

  private static boolean isSyllableSeparator(char c) {
    return c == '_' || CharacterDefinition.isSpace(c);
  }
}
