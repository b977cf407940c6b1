package io.github.vnsearch.analysis.vi.restore;

/**
 * Character classes shared by the model builder and the restorer, so that both split text into
 * syllables and sentences the same way.
 */
final class SyllableChars {

  private SyllableChars() {}

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
