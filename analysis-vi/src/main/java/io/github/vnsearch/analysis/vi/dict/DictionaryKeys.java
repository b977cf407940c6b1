package io.github.vnsearch.analysis.vi.dict;

import java.text.Normalizer;

/**
 * How dictionary keys are spelled: a syllable is lower-cased, its tone mark is removed from the
 * vowel and appended as one digit ({@code 1} grave, {@code 2} acute, {@code 3} hook, {@code 4}
 * tilde, {@code 5} dot below), and syllables are joined by {@link #SEPARATOR}. The key is therefore
 * the same whatever the tone placement ({@code hoà}/{@code hòa}), case or Unicode form (NFC/NFD) of
 * the text: {@code Hoà Bình} and {@code hòa bình} both become {@code hoa1 binh1}.
 *
 * <p>This class is shared by the dictionary builder and the tokenizer; it allocates nothing in
 * {@link #normalizeSyllable}.
 */
public final class DictionaryKeys {

  /** Joins the syllables of a multi-syllable key. */
  public static final char SEPARATOR = ' ';

  private static final int TABLE_SIZE = 0x1F00;
  private static final char[] BASE = new char[TABLE_SIZE];
  private static final byte[] TONE = new byte[TABLE_SIZE];

  static {
    for (int c = 0; c < TABLE_SIZE; c++) {
      char lower = Character.toLowerCase((char) c);
      BASE[c] = lower;
      if (Character.isLetter(c) && c >= 0x80) {
        String nfd = Normalizer.normalize(String.valueOf(lower), Normalizer.Form.NFD);
        StringBuilder rest = new StringBuilder();
        int tone = 0;
        for (int i = 0; i < nfd.length(); i++) {
          int t = toneOfMark(nfd.charAt(i));
          if (t != 0) {
            tone = t;
          } else {
            rest.append(nfd.charAt(i));
          }
        }
        String composed = Normalizer.normalize(rest, Normalizer.Form.NFC);
        if (tone != 0 && composed.length() == 1) {
          BASE[c] = composed.charAt(0);
          TONE[c] = (byte) tone;
        }
      }
    }
  }

  private DictionaryKeys() {}

  /** Returns the tone (1 to 5) of a combining tone mark, 0 for any other char. */
  static int toneOfMark(char c) {
    switch (c) {
      case '\u0300':
      case '\u0340':
        return 1;
      case '\u0301':
      case '\u0341':
        return 2;
      case '\u0309':
        return 3;
      case '\u0303':
        return 4;
      case '\u0323':
        return 5;
      default:
        return 0;
    }
  }

  /** Composes a base vowel with a combining circumflex, breve or horn; 0 if they do not compose. */
  private static char composeVowelMark(char base, char mark) {
    switch (mark) {
      case '\u0302':
        return base == 'a' ? 'â' : base == 'e' ? 'ê' : base == 'o' ? 'ô' : 0;
      case '\u0306':
        return base == 'a' ? 'ă' : 0;
      case '\u031B':
        return base == 'o' ? 'ơ' : base == 'u' ? 'ư' : 0;
      default:
        return 0;
    }
  }

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
      if (c < TABLE_SIZE) {
        if (TONE[c] != 0) {
          tone = TONE[c];
          dst[out++] = BASE[c];
          continue;
        }
        int t = toneOfMark(c);
        if (t != 0) {
          tone = t;
          continue;
        }
        if (out > dstOff && (c == '\u0302' || c == '\u0306' || c == '\u031B')) {
          char composed = composeVowelMark(dst[out - 1], c);
          if (composed != 0) {
            dst[out - 1] = composed;
            continue;
          }
        }
        dst[out++] = BASE[c];
      } else {
        dst[out++] = Character.toLowerCase(c);
      }
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
    return c == '_' || Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
