package io.github.vnsearch.analysis.vi;

/**
 * Tells a Vietnamese syllable from a foreign word by its shape: optional initial consonant, one to
 * three vowels, optional final consonant. Works on dictionary keys (lower case, tone removed, see
 * {@link io.github.vnsearch.analysis.vi.dict.DictionaryKeys}), so {@code Luyến} passes and {@code
 * Witkoff}, {@code NATO}, {@code Telegram} do not.
 */
final class Syllables {

  private static final String[] ONSETS = {
    "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr", "b", "c", "d", "đ", "g", "h",
    "k", "l", "m", "n", "p", "r", "s", "t", "v", "x"
  };
  private static final String[] CODAS = {"ng", "nh", "ch", "c", "m", "n", "p", "t"};

  private Syllables() {}

  static boolean isVowel(char c) {
    switch (c) {
      case 'a':
      case 'ă':
      case 'â':
      case 'e':
      case 'ê':
      case 'i':
      case 'o':
      case 'ô':
      case 'ơ':
      case 'u':
      case 'ư':
      case 'y':
        return true;
      default:
        return false;
    }
  }

  /** Returns true when {@code key[off..off+len)} (tone digit allowed last) is a valid syllable. */
  static boolean isValid(char[] key, int off, int len) {
    int end = off + len;
    if (len > 0 && key[end - 1] >= '1' && key[end - 1] <= '5') {
      end--;
    }
    if (end - off == 0 || end - off > 7) {
      return false;
    }
    for (String onset : ONSETS) {
      if (startsWith(key, off, end, onset) && isRime(key, off + onset.length(), end)) {
        return true;
      }
    }
    return isRime(key, off, end);
  }

  private static boolean isRime(char[] key, int from, int end) {
    int i = from;
    while (i < end && isVowel(key[i])) {
      i++;
    }
    int vowels = i - from;
    if (vowels == 0 || vowels > 3) {
      return false;
    }
    if (i == end) {
      return true;
    }
    for (String coda : CODAS) {
      if (end - i == coda.length() && startsWith(key, i, end, coda)) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWith(char[] key, int from, int end, String prefix) {
    if (end - from < prefix.length()) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if (key[from + i] != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
