package io.github.vnsearch.analysis.vi;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * Composes a Latin letter followed by one or two Vietnamese combining marks (circumflex, breve,
 * horn, and the five tone marks) into one precomposed letter without allocating, as NFC does: the
 * common shape of decomposed Vietnamese text. Anything else is left to {@link Normalizer}.
 */
final class VietnameseComposer {

  private static final String MARKS = "\u0300\u0301\u0302\u0303\u0306\u0309\u031B\u0323";

  /** Canonical combining class of each mark of {@link #MARKS}. */
  private static final int[] COMBINING_CLASS = {230, 230, 230, 230, 230, 230, 216, 220};

  /** Sorted keys {@code letter << 8 | markIndex}, and the composed letter of each. */
  private static final int[] KEYS;

  private static final char[] COMPOSED;

  static {
    int[] keys = new int[4096];
    char[] composed = new char[4096];
    int n = 0;
    StringBuilder bases = new StringBuilder("ăâêôơưĂÂÊÔƠƯ");
    for (char c = 'a'; c <= 'z'; c++) {
      bases.append(c).append(Character.toUpperCase(c));
    }
    for (int level = 0; level < 2; level++) {
      StringBuilder next = new StringBuilder();
      for (int b = 0; b < bases.length(); b++) {
        char base = bases.charAt(b);
        for (int m = 0; m < MARKS.length(); m++) {
          String nfc = Normalizer.normalize(base + MARKS.substring(m, m + 1), Normalizer.Form.NFC);
          if (nfc.length() == 1) {
            keys[n] = base << 8 | m;
            composed[n++] = nfc.charAt(0);
            next.append(nfc.charAt(0));
          }
        }
      }
      bases = next;
    }
    long[] pairs = new long[n];
    for (int i = 0; i < n; i++) {
      pairs[i] = (long) keys[i] << 16 | composed[i];
    }
    Arrays.sort(pairs);
    KEYS = new int[n];
    COMPOSED = new char[n];
    for (int i = 0; i < n; i++) {
      KEYS[i] = (int) (pairs[i] >>> 16);
      COMPOSED[i] = (char) pairs[i];
    }
  }

  private VietnameseComposer() {}

  private static char compose(char base, int mark) {
    int i = Arrays.binarySearch(KEYS, base << 8 | mark);
    return i >= 0 ? COMPOSED[i] : 0;
  }

  /**
   * Returns the NFC form of {@code chars[start, end)}, a letter and one or two marks, when it is
   * one precomposed letter; 0 otherwise (then the caller must use {@link Normalizer}).
   */
  static char compose(char[] chars, int start, int end) {
    int length = end - start;
    if (length < 2 || length > 3) {
      return 0;
    }
    int first = MARKS.indexOf(chars[start + 1]);
    if (first < 0) {
      return 0;
    }
    int second = -1;
    if (length == 3) {
      second = MARKS.indexOf(chars[start + 2]);
      if (second < 0) {
        return 0;
      }
      if (COMBINING_CLASS[first] > COMBINING_CLASS[second]) {
        int t = first;
        first = second;
        second = t;
      }
    }
    char c = compose(chars[start], first);
    if (c != 0 && second >= 0) {
      c = compose(c, second);
    }
    return c;
  }
}
