package io.github.vnsearch.analysis.vi;

import io.github.vnsearch.analysis.vi.dict.CharacterDefinition;
import java.io.IOException;
import java.io.Reader;

/**
 * Reads a tokenizer's input in windows of at most {@link #WINDOW} chars, so that a huge document is
 * never held in memory at once. A full window is cut after the last line break or sentence end in
 * its second half, else at its last space, else before a short word at its end, else at its end
 * (never between the two chars of a surrogate pair); the rest of the buffer starts the next window.
 */
final class TextWindows {

  /** Window size: text is read in windows of at most this many chars. */
  static final int WINDOW = 4096;

  /**
   * Words longer than this may be cut between two windows when no space comes for half a window; no
   * tone is placed in a word that long.
   */
  private static final int LONG_WORD = 2 * ToneMarks.MAX_SYLLABLE_LENGTH;

  /** The window is {@code buffer[0, end())}; chars after it are read already. */
  final char[] buffer = new char[WINDOW];

  private int length;
  private int offset;
  private int end;
  private boolean exhausted;

  /** Whether the window starts, or ends, inside a word (cut for want of a space). */
  private boolean startsInWord, endsInWord;

  /** Reads the next window from {@code input}; returns false at the end of the input. */
  boolean next(Reader input) throws IOException {
    if (end > 0) {
      System.arraycopy(buffer, end, buffer, 0, length - end);
      offset += end;
      length -= end;
      end = 0;
    }
    while (!exhausted && length < buffer.length) {
      int n = input.read(buffer, length, buffer.length - length);
      if (n < 0) {
        exhausted = true;
      } else {
        length += n;
      }
    }
    if (length == 0) {
      return false;
    }
    end = exhausted ? length : cut();
    startsInWord = endsInWord;
    endsInWord =
        !exhausted
            && CharacterDefinition.joinsWord(buffer[end - 1])
            && (end == length || CharacterDefinition.joinsWord(buffer[end]));
    return true;
  }

  /** Where to end a full window. */
  private int cut() {
    int half = length / 2;
    int lastSpace = -1;
    for (int i = length - 1; i > half; i--) {
      char c = buffer[i];
      if (CharacterDefinition.isNewline(c)) {
        return i + 1;
      }
      if (CharacterDefinition.isSpace(c)) {
        if (CharacterDefinition.endsSentence(buffer[i - 1])) {
          return i + 1;
        }
        if (lastSpace < 0) {
          lastSpace = i + 1;
        }
      }
    }
    if (lastSpace > 0) {
      return lastSpace;
    }
    // no space in sight: keep a short word at the end whole for the next window
    int limit = Math.max(half, length - LONG_WORD);
    int wordStart = length;
    while (wordStart > limit && CharacterDefinition.joinsWord(buffer[wordStart - 1])) {
      wordStart--;
    }
    if (wordStart > limit && wordStart < length) {
      return wordStart;
    }
    return Character.isHighSurrogate(buffer[length - 1]) ? length - 1 : length;
  }

  /** The window's end in {@link #buffer}. */
  int end() {
    return end;
  }

  /** The offset in the text of {@code buffer[0]}. */
  int offset() {
    return offset;
  }

  /** Whether the window starts inside a word cut by the previous window's end. */
  boolean startsInWord() {
    return startsInWord;
  }

  /** Whether the window ends inside a word that goes on in the next one. */
  boolean endsInWord() {
    return endsInWord;
  }

  /** The number of chars read so far: at the end of the input, the length of the text. */
  int charsRead() {
    return offset + length;
  }

  /** Forgets the text: the next window starts a new one. */
  void reset() {
    length = 0;
    offset = 0;
    end = 0;
    exhausted = false;
    startsInWord = false;
    endsInWord = false;
  }
}
