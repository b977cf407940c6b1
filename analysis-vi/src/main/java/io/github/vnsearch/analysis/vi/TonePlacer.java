package io.github.vnsearch.analysis.vi;

import io.github.vnsearch.analysis.vi.dict.CharacterDefinition;

/**
 * Places tone marks in a tokenizer's window, in place, as {@link VietnameseNormalizationCharFilter}
 * would have placed them in the text: {@link ToneMarks#canonicalize} on each word of at most {@link
 * ToneMarks#MAX_SYLLABLE_LENGTH} chars. A word is what the filter takes as one: a run of letters,
 * digits and combining marks, where the chars that combine with what precedes them (marks, some
 * jamo) stay with a char of another kind before them, except at the start of the text. For a
 * tokenizer whose filter leaves tone marks to it, so that the syllables whose spelling the
 * dictionary knows are placed by a lookup rather than char by char.
 */
final class TonePlacer {

  private final char[] word = new char[ToneMarks.MAX_SYLLABLE_LENGTH];

  private boolean atTextStart;
  private boolean startsInWord;
  private boolean endsInWord;

  /**
   * Describes the next window.
   *
   * @param atTextStart whether the window starts the text
   * @param startsInWord whether the window starts inside a word cut by the previous window's end
   * @param endsInWord whether the window ends inside a word that goes on in the next one
   */
  void window(boolean atTextStart, boolean startsInWord, boolean endsInWord) {
    this.atTextStart = atTextStart;
    this.startsInWord = startsInWord;
    this.endsInWord = endsInWord;
  }

  /** Whether the window starts inside a word cut by the previous window's end. */
  boolean startsInWord() {
    return startsInWord;
  }

  /** Whether the window ends inside a word that goes on in the next one. */
  boolean endsInWord() {
    return endsInWord;
  }

  /**
   * Places the tone marks of the words of {@code text} that overlap {@code [from, to)}; the window
   * is {@code text[0, limit)}.
   */
  void place(char[] text, int from, int to, int limit) {
    int i = from;
    while (i < to) {
      if (!CharacterDefinition.joinsWord(text[i])) {
        i++;
        continue;
      }
      int start = i;
      while (start > 0 && CharacterDefinition.joinsWord(text[start - 1])) {
        start--;
      }
      int end = i + 1;
      while (end < limit && CharacterDefinition.joinsWord(text[end])) {
        end++;
      }
      if (start > 0 || !atTextStart) {
        while (start < end && !VietnameseNormalizationCharFilter.startsSequence(text, start, end)) {
          start++; // marks after a char of another kind belong to that char
        }
      }
      int length = end - start;
      boolean cut = (start == 0 && startsInWord) || (end == limit && endsInWord);
      if (length <= word.length && !cut) {
        System.arraycopy(text, start, word, 0, length);
        if (ToneMarks.canonicalize(word, 0, length)) {
          System.arraycopy(word, 0, text, start, length);
        }
      }
      i = end;
    }
  }
}
