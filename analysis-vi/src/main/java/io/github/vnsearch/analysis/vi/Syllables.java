package io.github.vnsearch.analysis.vi;

import io.github.vnsearch.analysis.vi.dict.CharacterDefinition;

/**
 * Tells a Vietnamese syllable from a foreign word by its shape: optional initial consonant, one to
 * three vowels, optional final consonant. Works on dictionary keys (lower case, tone removed, see
 * {@link io.github.vnsearch.analysis.vi.dict.DictionaryKeys}), so {@code Luyến} passes and {@code
 * Witkoff}, {@code NATO}, {@code Telegram} do not.
 */
final class Syllables {

  private Syllables() {}

  /** Returns true when {@code key[off..off+len)} (tone digit allowed last) is a valid syllable. */
  static boolean isValid(char[] key, int off, int len) {
    int end = off + len;
    if (len > 0 && key[end - 1] >= '1' && key[end - 1] <= '5') {
      end--;
    }
    if (end - off == 0 || end - off > 7) {
      return false;
    }
    int onset = onsetLength(key, off, end);
    if (onset < 0) {
      return false;
    }
    if (isRime(key, off + onset, end)) {
      return true;
    }
    // "gi" is an onset before a vowel (gia, giữ) but "g" + "i" otherwise (gì, gìn).
    return onset == 2 && key[off] == 'g' && key[off + 1] == 'i' && isRime(key, off + 1, end);
  }

  /** Length of the initial consonant(s), 0 for none, -1 when the start is not Vietnamese. */
  private static int onsetLength(char[] key, int off, int end) {
    char c = key[off];
    char next = off + 1 < end ? key[off + 1] : 0;
    switch (c) {
      case 'n':
        if (next == 'g') {
          return off + 2 < end && key[off + 2] == 'h' ? 3 : 2;
        }
        return next == 'h' ? 2 : 1;
      case 'c':
      case 'k':
      case 'p':
        return next == 'h' ? 2 : 1;
      case 't':
        return next == 'h' || next == 'r' ? 2 : 1;
      case 'g':
        return next == 'h' || next == 'i' ? 2 : 1;
      case 'q':
        return next == 'u' ? 2 : -1;
      case 'b':
      case 'd':
      case 'đ':
      case 'h':
      case 'l':
      case 'm':
      case 'r':
      case 's':
      case 'v':
      case 'x':
        return 1;
      default:
        return CharacterDefinition.isKeyVowel(c) ? 0 : -1;
    }
  }

  private static boolean isRime(char[] key, int from, int end) {
    int i = from;
    while (i < end && CharacterDefinition.isKeyVowel(key[i])) {
      i++;
    }
    int vowels = i - from;
    if (vowels == 0 || vowels > 3) {
      return false;
    }
    switch (end - i) {
      case 0:
        return true;
      case 1:
        char c = key[i];
        return c == 'c' || c == 'm' || c == 'n' || c == 'p' || c == 't';
      case 2:
        return key[i + 1] == 'h'
            ? key[i] == 'n' || key[i] == 'c'
            : key[i] == 'n' && key[i + 1] == 'g';
      default:
        return false;
    }
  }
}
