package io.github.vnsearch.restore;

/**
 * Character classes and the syllable walk shared by the restorer and the model builder (in the
 * tools module, this package on the class path), so that both split text into syllables and
 * sentences the same way. They are not {@code CharacterDefinition}'s classes: syllables are letters
 * and marks without digits, any Unicode space is not white space here, and more punctuation ends a
 * sentence; the model was counted with these.
 */
final class SyllableChars {

  private SyllableChars() {}

  /** Receives the syllables of a text, in order. */
  interface SyllableVisitor {
    /**
     * @param start index of the syllable's first char
     * @param end index after its last char
     * @param broken a separator other than white space stands between it and the syllable before
     * @param sentenceStart it is the first syllable of the text, or follows {@link #endsSentence}
     */
    void syllable(int start, int end, boolean broken, boolean sentenceStart);
  }

  /** Splits {@code text} into syllables (runs of {@link #isSyllableChar}), as both sides do. */
  static void forEachSyllable(CharSequence text, SyllableVisitor visitor) {
    int n = text.length();
    int i = 0;
    boolean broken = false;
    boolean sentenceStart = true;
    while (i < n) {
      char c = text.charAt(i);
      if (!isSyllableChar(c)) {
        broken |= !Character.isWhitespace(c);
        sentenceStart |= endsSentence(c);
        i++;
        continue;
      }
      int start = i;
      while (i < n && isSyllableChar(text.charAt(i))) {
        i++;
      }
      visitor.syllable(start, i, broken, sentenceStart);
      broken = false;
      sentenceStart = false;
    }
  }

  /** Letters and combining marks make up syllables; everything else separates them. */
  static boolean isSyllableChar(char c) {
    if (Character.isLetter(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }

  /** Separators after which a capital letter says nothing: a new sentence or line starts. */
  static boolean endsSentence(char c) {
    return c == '.' || c == '!' || c == '?' || c == '…' || c == ':' || c == '\n' || c == '"'
        || c == '“' || c == '”' || c == '-' || c == '–' || c == '(';
  }

  /** True when {@code text[start..end)} is capitalized: an upper-case letter then lower case. */
  static boolean isCapitalized(CharSequence text, int start, int end) {
    if (!Character.isUpperCase(text.charAt(start))) {
      return false;
    }
    for (int i = start + 1; i < end; i++) {
      if (Character.isUpperCase(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
