package io.github.vnsearch.analysis.vi;

import io.github.vnsearch.analysis.vi.dict.CharacterDefinition;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.util.ArrayUtil;

/**
 * The stop words that a {@link VietnameseTokenizer} removes itself, with what the placed spelling
 * of each dictionary syllable (see {@link SyllableSurfaces}) is to them, learnt on first use: a
 * term made of syllables whose spelling the dictionary knows is then mostly answered by one array
 * lookup, without writing it out.
 */
final class StopWordCache {

  /** Answers of {@link #byFirstSyllable}. */
  static final int NO = 0, YES = 1, LOOK_UP = -1;

  /**
   * Bits of {@link #syllableStop}: known; a stop word; the first syllable of a stop word of several
   * syllables ({@code tuy} of {@code tuy_nhiên}).
   */
  private static final byte KNOWN = 1, STOP = 2, FIRST_OF_STOP = 4;

  /** The stop words, lower case; must not change while in use. */
  private final CharArraySet words;

  /** The first syllables of the stop words of several syllables, lower-cased. */
  private final Set<String> firstSyllables;

  /**
   * What the placed spelling of each syllable is to {@link #words}: 0 not yet known, else {@link
   * #KNOWN} with {@link #STOP} and {@link #FIRST_OF_STOP}.
   */
  private byte[] syllableStop;

  /** Room for a term to look up. */
  private char[] term = new char[32];

  StopWordCache(CharArraySet words) {
    this.words = words;
    this.firstSyllables = firstSyllables(words);
  }

  /**
   * Whether a term of {@code pieces} pieces whose first piece's term is the placed spelling of
   * syllable {@code id} is a stop word: {@link #YES}, {@link #NO}, or {@link #LOOK_UP} when the
   * whole term must be looked up.
   */
  int byFirstSyllable(SyllableSurfaces surfaces, int id, int pieces) {
    if (syllableStop == null) {
      syllableStop = new byte[surfaces.syllables()];
    }
    int known = syllableStop[id];
    if (known == 0) {
      String text = surfaces.placedText(id);
      known =
          KNOWN
              | (words.contains(text) ? STOP : 0)
              | (firstSyllables.contains(text) ? FIRST_OF_STOP : 0);
      syllableStop[id] = (byte) known;
    }
    if (pieces == 1) {
      return (known & STOP) != 0 ? YES : NO;
    }
    return (known & FIRST_OF_STOP) != 0 ? LOOK_UP : NO;
  }

  /**
   * A buffer with room for a term of {@code length} chars, to write it and pass to {@link
   * #contains}.
   */
  char[] termBuffer(int length) {
    if (term.length < length) {
      term = new char[ArrayUtil.oversize(length, Character.BYTES)];
    }
    return term;
  }

  /** Whether {@code term[0, length)} is a stop word. */
  boolean contains(char[] term, int length) {
    return words.contains(term, 0, length);
  }

  /**
   * The first syllables of the stop words of several syllables, lower-cased (so that a set that
   * ignores case is covered too).
   */
  private static Set<String> firstSyllables(CharArraySet stopWords) {
    Set<String> first = new HashSet<>();
    for (Object word : stopWords) {
      char[] chars = word instanceof char[] c ? c.clone() : word.toString().toCharArray();
      int separator = 0;
      while (separator < chars.length && chars[separator] != '_') {
        separator++;
      }
      if (separator > 0 && separator < chars.length) {
        CharacterDefinition.lowerCase(chars, 0, separator);
        first.add(new String(chars, 0, separator));
      }
    }
    return first;
  }
}
