package io.github.vnsearch.analysis.vi;

import io.github.vnsearch.analysis.vi.dict.CharacterDefinition;
import io.github.vnsearch.analysis.vi.dict.DictionaryKeys;
import io.github.vnsearch.analysis.vi.dict.WordDictionary;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * The spellings of a dictionary's syllables (lower case, NFC, the tone mark on any of the
 * syllable's vowels), each with the syllable's number and whether it is a valid Vietnamese
 * syllable, so that the scanner learns what it needs of a syllable from one hash lookup on the text
 * itself instead of computing its key (see {@link DictionaryKeys}). A spelling is kept only when
 * its key is the syllable's key, so a match gives exactly what the key would. Text that matches no
 * spelling (a syllable unknown to the dictionary, a foreign word, a word of more than {@link
 * #MAX_LENGTH} chars or with letters outside the Vietnamese alphabet) takes the long way.
 *
 * <p>All spellings of a syllable place their tone mark, as {@link
 * VietnameseNormalizationCharFilter} does, in one way: the syllable's {@linkplain #copyPlaced
 * placed spelling}, which is the term of any of them once lower-cased and placed.
 *
 * <p>A spelling is packed, 7 bits per letter (upper and lower case sharing a code), into one long
 * with its syllable's number and validity, so a lookup reads one long in a table of 8 bytes a slot.
 * Built once per dictionary and shared by all tokenizers: immutable and thread-safe.
 */
final class SyllableSurfaces {

  /** Longest spelling, in chars: the longest Vietnamese syllable ({@code nghiêng}). */
  static final int MAX_LENGTH = 7;

  private static final int BITS_PER_CHAR = 7;

  /** The bits of a slot that hold the packed spelling; 0 for an empty slot. */
  private static final long SPELLING_MASK = (1L << (BITS_PER_CHAR * MAX_LENGTH)) - 1;

  /** Where the syllable's number starts in a slot; the validity is the top bit. */
  private static final int ID_SHIFT = BITS_PER_CHAR * MAX_LENGTH;

  /** Syllables numbered beyond this are left to the long way. */
  private static final int MAX_ID = (1 << (63 - ID_SHIFT)) - 1;

  private static final Map<WordDictionary, SyllableSurfaces> BUILT =
      Collections.synchronizedMap(new WeakHashMap<>());

  private final long[] table;
  private final int slotMask;
  private final int shift;

  /** The placed spelling of each syllable: {@code placed[placedStart[id], placedStart[id + 1])}. */
  private final char[] placed;

  private final int[] placedStart;

  /** Number of spellings. */
  private final int count;

  /** Returns the spellings of {@code dictionary}'s syllables, building them on first use. */
  static SyllableSurfaces of(WordDictionary dictionary) {
    return BUILT.computeIfAbsent(dictionary, SyllableSurfaces::new);
  }

  private SyllableSurfaces(WordDictionary dictionary) {
    int syllables = Math.min(dictionary.syllables(), MAX_ID + 1);
    StringBuilder placedText = new StringBuilder();
    placedStart = new int[syllables + 1];
    long[] entries = new long[4 * syllables + 16];
    int n = 0;
    char[] key = new char[MAX_LENGTH + 1];
    for (int id = 0; id < syllables; id++) {
      placedStart[id] = placedText.length();
      String syllableKey = dictionary.syllableKey(id);
      String place = null;
      for (String spelling : spellings(syllableKey)) {
        char[] chars = spelling.toCharArray();
        ToneMarks.canonicalize(chars, 0, chars.length);
        if (place == null) {
          place = new String(chars);
          placedText.append(place);
        } else if (!place.equals(new String(chars))) {
          continue; // an unusual shape that the filter would leave as it is: the long way
        }
        int k = DictionaryKeys.normalizeSyllable(chars, 0, chars.length, key, 0);
        boolean valid = Syllables.isValid(key, 0, k);
        if (n == entries.length) {
          entries = Arrays.copyOf(entries, 2 * n);
        }
        entries[n++] = pack(spelling) | (long) id << ID_SHIFT | (valid ? Long.MIN_VALUE : 0);
      }
    }
    placedStart[syllables] = placedText.length();
    placed = placedText.toString().toCharArray();
    count = n;
    // at least 1.5 slots per spelling
    int bits = 32 - Integer.numberOfLeadingZeros(Math.max(2, n * 3 / 2));
    slotMask = (1 << bits) - 1;
    shift = 64 - bits;
    table = new long[1 << bits];
    for (int e = 0; e < n; e++) {
      int slot = slot(entries[e] & SPELLING_MASK);
      while (table[slot] != 0) {
        slot = (slot + 1) & slotMask;
      }
      table[slot] = entries[e];
    }
  }

  /**
   * The spellings whose key is {@code key}: the key itself when it has no tone, else its letters
   * with the tone (the key's last char, a digit 1–5) put back on each vowel in turn.
   */
  private static Set<String> spellings(String key) {
    Set<String> result = new LinkedHashSet<>();
    int length = key.length();
    char last = key.charAt(length - 1);
    if (last >= '1' && last <= '5' && length > 1) {
      char[] letters = key.substring(0, length - 1).toCharArray();
      for (int i = 0; i < letters.length; i++) {
        char toned = CharacterDefinition.withTone(letters[i], last - '0');
        if (toned != 0) {
          char plain = letters[i];
          letters[i] = toned;
          addIfSameKey(new String(letters), key, result);
          letters[i] = plain;
        }
      }
    }
    addIfSameKey(key, key, result);
    return result;
  }

  private static void addIfSameKey(String spelling, String key, Set<String> result) {
    if (spelling.length() <= MAX_LENGTH
        && spelling
            .chars()
            .allMatch(
                c ->
                    CharacterDefinition.lowerCase((char) c) == c
                        && CharacterDefinition.letterCode((char) c) != 0)
        && key.equals(DictionaryKeys.key(spelling))) {
      result.add(spelling);
    }
  }

  /**
   * Returns the slot of the spelling that {@code text[off, off + len)} has once lower-cased, or 0
   * when it has none; read a slot with {@link #id} and {@link #valid}.
   */
  long find(char[] text, int off, int len) {
    if (len > MAX_LENGTH) {
      return 0;
    }
    long packed = 0;
    for (int i = 0; i < len; i++) {
      int code = code(text[off + i]);
      if (code == 0) {
        return 0;
      }
      packed = pack(packed, code, i);
    }
    return findPacked(packed);
  }

  /**
   * The code of {@code c} in a packed spelling, 0 when no spelling has it: {@code packed |= code(c)
   * << 7 * i} for the chars of a word of at most {@link #MAX_LENGTH} chars with no 0 code gives
   * what {@link #findPacked} takes.
   */
  static int code(char c) {
    return CharacterDefinition.letterCode(c);
  }

  /** Adds the code of the char at {@code index} of a word to {@code packed}. */
  static long pack(long packed, int code, int index) {
    return packed | (long) code << (BITS_PER_CHAR * index);
  }

  /** {@link #find} of a word packed by {@link #code} and {@link #pack(long, int, int)}. */
  long findPacked(long packed) {
    long[] t = table;
    for (int slot = slot(packed); ; slot = (slot + 1) & slotMask) {
      long stored = t[slot];
      if ((stored & SPELLING_MASK) == packed) {
        return stored;
      }
      if (stored == 0) {
        return 0;
      }
    }
  }

  /** The dictionary's number for the syllable of a slot {@link #find} returned. */
  static int id(long slot) {
    return (int) ((slot >>> ID_SHIFT) & MAX_ID);
  }

  /** Whether the syllable of a slot {@link #find} returned is a valid Vietnamese syllable. */
  static boolean valid(long slot) {
    return slot < 0;
  }

  /**
   * Copies the placed spelling of syllable {@code id} (lower case, its tone mark where {@link
   * VietnameseNormalizationCharFilter} puts it: {@code hoà → hòa}) to {@code dst} at {@code out}.
   */
  void copyPlaced(int id, char[] dst, int out) {
    int start = placedStart[id];
    System.arraycopy(placed, start, dst, out, placedStart[id + 1] - start);
  }

  /** The placed spelling of syllable {@code id}. */
  String placedText(int id) {
    return new String(placed, placedStart[id], placedStart[id + 1] - placedStart[id]);
  }

  /** Number of spellings. */
  int count() {
    return count;
  }

  /** Number of syllables that have spellings: their numbers are below this. */
  int syllables() {
    return placedStart.length - 1;
  }

  private int slot(long packed) {
    return (int) ((packed * 0x9E3779B97F4A7C15L) >>> shift);
  }

  private static long pack(String spelling) {
    long packed = 0;
    for (int i = 0; i < spelling.length(); i++) {
      packed |= (long) code(spelling.charAt(i)) << (BITS_PER_CHAR * i);
    }
    return packed;
  }
}
