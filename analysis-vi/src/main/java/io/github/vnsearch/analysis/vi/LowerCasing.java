package io.github.vnsearch.analysis.vi;

import org.apache.lucene.analysis.CharacterUtils;

/**
 * Lower casing by table for the chars of Latin and Vietnamese text, with the result of {@link
 * Character#toLowerCase(int)} (and so of Lucene's {@code LowerCaseFilter}); used where the
 * tokenizer lower-cases terms itself and where syllables are matched ignoring case.
 */
final class LowerCasing {

  /** Chars below this are in {@link #LOWER}. */
  static final int LIMIT = 0x2000;

  /** The lower case of each char below {@link #LIMIT}. */
  static final char[] LOWER = new char[LIMIT];

  static {
    for (int c = 0; c < LIMIT; c++) {
      LOWER[c] = (char) Character.toLowerCase(c);
    }
  }

  private LowerCasing() {}

  /** The lower case of {@code c}, which must be below {@link #LIMIT}. */
  static char lower(char c) {
    return LOWER[c];
  }

  /** Lower-cases {@code term[0, length)} in place, as {@link CharacterUtils#toLowerCase} does. */
  static void lowerCase(char[] term, int length) {
    lowerCase(term, 0, length);
  }

  /** Lower-cases {@code term[from, to)} in place, as {@link CharacterUtils#toLowerCase} does. */
  static void lowerCase(char[] term, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = term[i];
      if (c >= LIMIT) {
        CharacterUtils.toLowerCase(term, i, to); // rare: other scripts, surrogate pairs
        return;
      }
      term[i] = LOWER[c];
    }
  }
}
