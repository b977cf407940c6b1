package io.github.vnsearch.analysis.vi;

import io.github.vnsearch.analysis.vi.dict.CharacterDefinition;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.CharBuffer;
import java.text.Normalizer;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;
import org.apache.lucene.util.ArrayUtil;

/**
 * Normalizes Vietnamese text before tokenization, with exact offset correction: one spelling per
 * word, whatever keyboard, editor or web page produced it.
 *
 * <ul>
 *   <li>Unicode NFC: a letter followed by combining marks (NFD input, as macOS produces) becomes
 *       the precomposed letter.
 *   <li>One tone-mark placement: {@code hoà → hòa}, {@code thuỷ → thủy}, {@code khoẻ → khỏe},
 *       {@code qúy → quý}: the traditional placement most news sites use. After the onset ({@code
 *       qu}, and {@code gi} before a vowel, count as onsets) the tone goes on the last vowel with a
 *       vowel mark, else on the last vowel when a final consonant follows, else on the middle of
 *       three vowels or the first of two. Only runs that parse as one syllable are touched.
 *   <li>Zero-width characters (U+200B..U+200D, U+2060, U+FEFF) and soft hyphens (U+00AD) are
 *       removed; a word split by them is joined again.
 *   <li>No-break and other exotic spaces (U+00A0, U+2000..U+200A, U+202F, U+205F, U+3000) become a
 *       plain space.
 * </ul>
 *
 * <p>The filter streams through fixed buffers, so memory use does not depend on the input length:
 * stretches of NFC text are passed on in place (only tone marks are fixed, word by word, without
 * allocation); a word with decomposed, invisible or unusual characters takes the general path, one
 * word at a time, through {@link Normalizer}. Offsets of the output map to the original text: a
 * token starts where its first original character starts and ends where the next kept character
 * starts.
 */
public final class VietnameseNormalizationCharFilter extends BaseCharFilter {

  /** A word is cut at the next character boundary once it is this long. */
  static final int SOFT_LIMIT = 64;

  /** A run is cut even inside a combining sequence once it is this long. */
  static final int HARD_LIMIT = 256;

  /** The fast path reads more input first when fewer chars than this are left in the buffer. */
  private static final int REFILL_BELOW = 128;

  /** The kinds of chars of the fast path: see {@link CharacterDefinition#filterKind}. */
  private static final byte SPECIAL = CharacterDefinition.FILTER_SPECIAL,
      WORD = CharacterDefinition.FILTER_WORD;

  private static final byte VOWEL_BIT = CharacterDefinition.VOWEL_BIT,
      TONE_BIT = CharacterDefinition.TONE_BIT,
      MARK_BIT = CharacterDefinition.MARK_BIT;

  private final char[] inputBuffer = new char[1024];
  private int inputPosition;
  private int inputLength;
  private boolean inputExhausted;

  /** Offset in the original text of {@code inputBuffer[inputPosition]}. */
  private int inputOffset;

  // The general path's buffers, allocated when a text first needs them: most texts never do.
  private char[] chunk;
  private int chunkLength;
  private boolean chunkCut;
  private boolean previousChunkCut;

  /** The chunk without removed chars; {@code cleanSource[i]} is the input offset of char i. */
  private char[] clean;

  private int[] cleanSource;

  private char[] output;
  private int[] outputSource;
  private int outputLength;

  /**
   * What {@link #read} returns next: {@code pending[pendingPosition, pendingEnd)}; either {@link
   * #output} or, on the fast path, a slice of {@link #inputBuffer}.
   */
  private char[] pending;

  private int pendingStart;
  private int pendingPosition;
  private int pendingEnd;

  /** Offset in the filtered text of {@code pending[pendingStart]}. */
  private int outputOffset;

  private final boolean fastPath;

  /** Whether the fast path moves tone marks to their canonical vowel. */
  private final boolean placeTones;

  private int cumulativeDiff;

  /** Wraps {@code input}. */
  public VietnameseNormalizationCharFilter(Reader input) {
    this(input, true);
  }

  /** Without {@code fastPath} every word takes the general path; for tests. */
  VietnameseNormalizationCharFilter(Reader input, boolean fastPath) {
    this(input, fastPath, true);
  }

  /**
   * @param placeTones false to leave the tone marks of the words that the fast path passes on where
   *     they are, for a {@link VietnameseTokenizer} that places them itself (see {@link
   *     VietnameseAnalyzer})
   */
  VietnameseNormalizationCharFilter(Reader input, boolean fastPath, boolean placeTones) {
    super(input);
    this.fastPath = fastPath;
    this.placeTones = placeTones;
  }

  /**
   * Normalizes a whole string, as the filter does; convenient for queries and tests, not for
   * indexing large texts.
   */
  public static String normalize(CharSequence text) {
    StringBuilder result = new StringBuilder(text.length());
    char[] buffer = new char[256];
    try (Reader reader = new VietnameseNormalizationCharFilter(new StringReader(text.toString()))) {
      for (int n = reader.read(buffer); n != -1; n = reader.read(buffer)) {
        result.append(buffer, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringReader does not fail
    }
    return result.toString();
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    int read = 0;
    while (read < length) {
      if (pendingPosition == pendingEnd) {
        if (!fill()) {
          break;
        }
        continue;
      }
      int n = Math.min(length - read, pendingEnd - pendingPosition);
      System.arraycopy(pending, pendingPosition, buffer, offset + read, n);
      pendingPosition += n;
      read += n;
    }
    return read == 0 ? -1 : read;
  }

  /** Reads and normalizes the next chunk; false at the end of the input. */
  private boolean fill() throws IOException {
    outputOffset += pendingEnd - pendingStart;
    pendingStart = pendingPosition = pendingEnd = 0;
    while (true) {
      if (fastPath && !chunkCut && scanFast()) {
        return true;
      }
      if (!readChunk()) {
        return false;
      }
      normalizeChunk();
      if (outputLength > 0) {
        pending = output;
        pendingEnd = outputLength;
        return true;
      }
    }
  }

  /**
   * The fast path: passes on, in place, the longest stretch of buffered input that holds only inert
   * chars and ends after a complete word, fixing tone marks word by word.
   *
   * @return false when no such stretch starts here
   */
  private boolean scanFast() throws IOException {
    if (!inputExhausted && inputLength - inputPosition < REFILL_BELOW) {
      refill(); // so that a word cut by the end of the buffer is read whole, on this path
    }
    if (peek() == -1) {
      return false;
    }
    char[] buffer = inputBuffer;
    int start = inputPosition;
    int length = inputLength;
    int i = start;
    // a tone can only be misplaced in a word where a toned vowel touches another vowel: look for
    // that, one char at a time and without branching on word boundaries, and leave other words
    boolean tones = placeTones;
    int previous = 0;
    int wordDone = 0; // the end of the last word seen whole
    for (; i < length; i++) {
      int kind = kind(buffer[i]);
      if (kind == SPECIAL) {
        break;
      }
      if (tones
          && (((kind & (previous << 1)) | (previous & (kind << 1))) & TONE_BIT) != 0
          && i >= wordDone
          && !tonedAsIs(buffer, (kind & TONE_BIT) != 0 ? i : i - 1, length)) {
        int wordEnd = i + 1;
        while (wordEnd < length && kind(buffer[wordEnd]) >= WORD) {
          wordEnd++;
        }
        if (wordEnd == length && !inputExhausted) {
          break; // the word may go on in the next read
        }
        if (kind(buffer[wordEnd < length ? wordEnd : i]) != SPECIAL) {
          int wordStart = i - 1;
          while (wordStart > start && kind(buffer[wordStart - 1]) >= WORD) {
            wordStart--;
          }
          if (wordEnd - wordStart <= ToneMarks.MAX_SYLLABLE_LENGTH) {
            ToneMarks.canonicalize(buffer, wordStart, wordEnd - wordStart);
          }
        }
        wordDone = wordEnd;
      }
      previous = kind;
    }
    int end;
    if (i == length && inputExhausted) {
      // the end of the text: its last word is complete, and no char follows to combine with
      end = i;
    } else {
      // a word at the end may go on in the next read, and the last char may combine with the next
      // one (= and U+0338 make ≠): leave them to the next call, or to the general path
      end = i;
      while (end > start && kind(buffer[end - 1]) >= WORD) {
        end--;
      }
      if (end == i) {
        end = i - 1;
      }
    }
    if (end <= start) {
      return false;
    }
    recordOffset(outputOffset, inputOffset);
    inputOffset += end - start;
    inputPosition = end;
    pending = buffer;
    pendingStart = pendingPosition = start;
    pendingEnd = end;
    return true;
  }

  /**
   * True when the toned vowel at {@code t}, next to another vowel, is where {@link
   * ToneMarks#canonicalize} would put it, as seen from its neighbours alone; false when that takes
   * the whole word. Covers the common shapes: the last vowel with a vowel mark ({@code người},
   * {@code việc}), the first of two vowels ending the word after a consonant ({@code của}, {@code
   * này}), the last vowel before a final consonant ({@code toàn}), the one vowel after {@code qu}
   * or {@code gi} ({@code quá}, {@code giá}).
   */
  private static boolean tonedAsIs(char[] buffer, int t, int length) {
    int kind = kind(buffer[t]);
    if ((kind & MARK_BIT) != 0) {
      return t + 1 == length || (kind(buffer[t + 1]) & MARK_BIT) == 0;
    }
    if (t < 3 || t + 2 >= length) {
      return false;
    }
    int before = kind(buffer[t - 1]);
    int after = kind(buffer[t + 1]);
    char onset = buffer[t - 1];
    if (before == WORD) {
      return after == (WORD | VOWEL_BIT)
          && kind(buffer[t + 2]) < WORD
          && onset != 'q'
          && onset != 'Q'
          && onset != 'g'
          && onset != 'G';
    }
    if (before == (WORD | VOWEL_BIT) && after == WORD) {
      return (kind(buffer[t - 2]) & MARK_BIT) == 0;
    }
    if (after < WORD && kind(buffer[t - 3]) < WORD) {
      char first = buffer[t - 2];
      return ((onset == 'u' || onset == 'U') && (first == 'q' || first == 'Q'))
          || ((onset == 'i' || onset == 'I') && (first == 'g' || first == 'G'));
    }
    return false;
  }

  /** Moves the unread input to the start of the buffer and fills the rest, as far as it goes. */
  private void refill() throws IOException {
    int remaining = inputLength - inputPosition;
    System.arraycopy(inputBuffer, inputPosition, inputBuffer, 0, remaining);
    inputPosition = 0;
    inputLength = remaining;
    while (inputLength < inputBuffer.length) {
      int n = input.read(inputBuffer, inputLength, inputBuffer.length - inputLength);
      if (n == -1) {
        inputExhausted = true;
        return;
      }
      inputLength += n;
    }
  }

  /** Returns the next input char without consuming it, or -1 at the end of the input. */
  private int peek() throws IOException {
    while (inputPosition == inputLength) {
      if (inputExhausted) {
        return -1;
      }
      int n = input.read(inputBuffer, 0, inputBuffer.length);
      if (n == -1) {
        inputExhausted = true;
        return -1;
      }
      inputPosition = 0;
      inputLength = n;
    }
    return inputBuffer[inputPosition];
  }

  /** Returns the input char after the next one without consuming either, or -1. */
  private int peekSecond() throws IOException {
    while (inputLength - inputPosition < 2) {
      if (inputExhausted) {
        return -1;
      }
      int remaining = inputLength - inputPosition;
      System.arraycopy(inputBuffer, inputPosition, inputBuffer, 0, remaining);
      inputPosition = 0;
      inputLength = remaining;
      int n = input.read(inputBuffer, remaining, inputBuffer.length - remaining);
      if (n == -1) {
        inputExhausted = true;
        return -1;
      }
      inputLength += n;
    }
    return inputBuffer[inputPosition + 1];
  }

  /** True when the next input char, {@code c}, cannot combine with the chars before it. */
  private boolean nextStartsSequence(char c) throws IOException {
    if (Character.isHighSurrogate(c)) {
      int low = peekSecond();
      if (low != -1 && Character.isLowSurrogate((char) low)) {
        return startsSequence(Character.toCodePoint(c, (char) low));
      }
    }
    return CharacterDefinition.isBoundary(c);
  }

  private void consume() {
    chunk[chunkLength++] = inputBuffer[inputPosition++];
  }

  /**
   * Reads one word (letters, digits, marks and removable chars) or one other char with its
   * combining marks into {@link #chunk}.
   */
  private boolean readChunk() throws IOException {
    int c = peek();
    if (c == -1) {
      return false;
    }
    if (chunk == null) {
      chunk = new char[HARD_LIMIT + 2];
      clean = new char[HARD_LIMIT + 2];
      cleanSource = new int[HARD_LIMIT + 2];
      output = new char[3 * (HARD_LIMIT + 2)];
      outputSource = new int[3 * (HARD_LIMIT + 2)];
    }
    previousChunkCut = chunkCut;
    chunkCut = false;
    chunkLength = 0;
    boolean word = CharacterDefinition.joinsWord((char) c);
    consume();
    while ((c = peek()) != -1) {
      char ch = (char) c;
      if (Character.isLowSurrogate(ch) && Character.isHighSurrogate(chunk[chunkLength - 1])) {
        consume(); // never split a pair: the buffer has room for one char past the limit
      } else if (CharacterDefinition.isRemoved(ch) || !nextStartsSequence(ch)) {
        // marks, and chars that will be removed, stay with what precedes them
        if (chunkLength >= HARD_LIMIT) {
          chunkCut = true;
          break;
        }
        consume();
      } else if (chunkLength >= SOFT_LIMIT) {
        chunkCut = word;
        break;
      } else if (word && CharacterDefinition.joinsWord(ch)) {
        consume();
      } else {
        break;
      }
    }
    return true;
  }

  private void normalizeChunk() {
    int start = inputOffset;
    inputOffset += chunkLength;
    int cleanLength = 0;
    boolean inert = true;
    for (int i = 0; i < chunkLength; i++) {
      char c = chunk[i];
      if (CharacterDefinition.isRemoved(c)) {
        continue;
      }
      if (CharacterDefinition.isExoticSpace(c)) {
        c = ' ';
      }
      inert &= CharacterDefinition.isInert(c);
      clean[cleanLength] = c;
      cleanSource[cleanLength++] = start + i;
    }
    if (inert) {
      System.arraycopy(clean, 0, output, 0, cleanLength);
      System.arraycopy(cleanSource, 0, outputSource, 0, cleanLength);
      outputLength = cleanLength;
    } else {
      composeSlowly(cleanLength);
    }
    if (!chunkCut && !previousChunkCut && outputLength <= ToneMarks.MAX_SYLLABLE_LENGTH) {
      ToneMarks.canonicalize(output, 0, outputLength);
    }
    for (int i = 0; i < outputLength; i++) {
      recordOffset(outputOffset + i, outputSource[i]);
    }
    recordOffset(outputOffset + outputLength, inputOffset);
  }

  /** Records that the filtered offset {@code offset} maps to {@code source} in the input. */
  private void recordOffset(int offset, int source) {
    int diff = source - offset;
    if (diff != cumulativeDiff) {
      addOffCorrectMap(offset, diff);
      cumulativeDiff = diff;
    }
  }

  /**
   * NFC, one combining sequence (a char that starts a sequence and the marks after it) at a time,
   * so that each output char maps to the input sequence it came from.
   */
  private void composeSlowly(int cleanLength) {
    outputLength = 0;
    int i = 0;
    char precomposed;
    boolean general = false;
    while (i < cleanLength) {
      int end = i + 1;
      while (end < cleanLength && !startsSequence(clean, end, cleanLength)) {
        end++;
      }
      if (end == i + 1 && CharacterDefinition.isInert(clean[i])) {
        append(clean[i], cleanSource[i]);
      } else if (end == i + 2 && isInertPair(clean[i], clean[i + 1])) {
        append(clean[i], cleanSource[i]);
        append(clean[i + 1], cleanSource[i + 1]);
      } else if ((precomposed = VietnameseComposer.compose(clean, i, end)) != 0) {
        append(precomposed, cleanSource[i]); // decomposed Vietnamese: no allocation
      } else {
        general = true;
        String sequence = new String(clean, i, end - i);
        String composed = Normalizer.normalize(sequence, Normalizer.Form.NFC);
        boolean sameLength = composed.length() == sequence.length();
        for (int j = 0; j < composed.length(); j++) {
          append(composed.charAt(j), sameLength ? cleanSource[i + j] : cleanSource[i]);
        }
      }
      i = end;
    }
    if (general
        && !Normalizer.isNormalized(
            CharBuffer.wrap(output, 0, outputLength), Normalizer.Form.NFC)) {
      // a composition across sequences this class does not know of: normalize the chunk as one
      String composed =
          Normalizer.normalize(new String(clean, 0, cleanLength), Normalizer.Form.NFC);
      outputLength = 0;
      for (int j = 0; j < composed.length(); j++) {
        append(composed.charAt(j), cleanSource[0]);
      }
    }
  }

  /** True when the char at {@code i} cannot combine with the chars before it. */
  static boolean startsSequence(char[] buffer, int i, int length) {
    char c = buffer[i];
    if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(buffer[i + 1])) {
      return startsSequence(Character.toCodePoint(c, buffer[i + 1]));
    }
    return CharacterDefinition.isBoundary(c);
  }

  /** True when the supplementary {@code codePoint} cannot combine with what precedes it. */
  private static boolean startsSequence(int codePoint) {
    int type = Character.getType(codePoint);
    return type != Character.NON_SPACING_MARK
        && type != Character.COMBINING_SPACING_MARK
        && type != Character.ENCLOSING_MARK
        && codePoint != 0x16D67; // a Kirat Rai vowel sign that composes but is a letter
  }

  /** A surrogate pair outside the blocks where NFC changes or composes supplementary chars. */
  private static boolean isInertPair(char high, char low) {
    if (!Character.isSurrogatePair(high, low)) {
      return false;
    }
    int codePoint = Character.toCodePoint(high, low);
    return !(codePoint >= 0x11000 && codePoint < 0x12000)
        && !(codePoint >= 0x1D100 && codePoint < 0x1D200)
        && !(codePoint >= 0x2F800 && codePoint < 0x2FB00)
        && Character.getType(codePoint) != Character.NON_SPACING_MARK
        && Character.getType(codePoint) != Character.COMBINING_SPACING_MARK
        && Character.getType(codePoint) != Character.ENCLOSING_MARK;
  }

  private void append(char c, int source) {
    if (outputLength == output.length) {
      output = ArrayUtil.grow(output, outputLength + 1);
      outputSource = ArrayUtil.grow(outputSource, outputLength + 1);
    }
    output[outputLength] = c;
    outputSource[outputLength++] = source;
  }

  /** The kind of {@code c} for the fast path. */
  private static int kind(char c) {
    return CharacterDefinition.filterKind(c);
  }
}
