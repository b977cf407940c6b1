package io.github.vnsearch.analysis.vi;

import io.github.vnsearch.analysis.vi.dict.DictionaryKeys;
import io.github.vnsearch.analysis.vi.dict.WordDictionary;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
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
 * <p>A spelling is packed into one long, 7 bits per letter (upper and lower case sharing a code),
 * that sits in its hash slot beside what it maps to, so a lookup usually reads one cache line.
 * Built once per dictionary and shared by all tokenizers: immutable and thread-safe.
 */
final class SyllableSurfaces {

  /** Longest spelling, in chars. */
  static final int MAX_LENGTH = 8;

  private static final Map<WordDictionary, SyllableSurfaces> BUILT =
      Collections.synchronizedMap(new WeakHashMap<>());

  /**
   * The 7-bit code of each letter of the Vietnamese alphabet (the letters of both cases, with or
   * without a tone mark), the same for the upper and lower case of a letter; 0 for any other char.
   */
  private static final byte[] CODE = new byte[LowerCasing.LIMIT];

  private static final int BITS_PER_CHAR = 7;

  static {
    StringBuilder letters = new StringBuilder("abcdefghijklmnopqrstuvwxyzđ");
    for (char vowel : "aăâeêioôơuưy".toCharArray()) {
      for (int tone = 0; tone <= 5; tone++) {
        char c = tone == 0 ? vowel : ToneMarks.withTone(vowel, tone);
        if (letters.indexOf(String.valueOf(c)) < 0) {
          letters.append(c);
        }
      }
    }
    if (letters.length() >= 1 << BITS_PER_CHAR) {
      throw new AssertionError("too many letters for 7-bit codes: " + letters.length());
    }
    for (int c = 0; c < LowerCasing.LIMIT; c++) {
      int code = letters.indexOf(String.valueOf(LowerCasing.lower((char) c))) + 1;
      CODE[c] = (byte) code;
    }
  }

  /** Longs per slot: the packed spelling, then {@code spelling << 32 | id << 1 | valid}. */
  private static final int STRIDE = 2;

  private final long[] table;
  private final int slotMask;
  private final int shift;

  /** The spellings, one after another: spelling {@code e} is at {@code starts[e]}. */
  private final char[] spellings;

  /**
   * The spellings with their tone mark where the normalization char filter puts it, at the same
   * places.
   */
  private final char[] placed;

  private final int[] starts;

  /** Returns the spellings of {@code dictionary}'s syllables, building them on first use. */
  static SyllableSurfaces of(WordDictionary dictionary) {
    return BUILT.computeIfAbsent(dictionary, SyllableSurfaces::new);
  }

  private SyllableSurfaces(WordDictionary dictionary) {
    Map<String, Integer> idOf = new LinkedHashMap<>();
    for (int id = 0; id < dictionary.syllables(); id++) {
      addSpellings(dictionary.syllableKey(id), id, idOf);
    }
    String[] texts = idOf.keySet().toArray(new String[0]);
    starts = new int[texts.length + 1];
    for (int e = 0; e < texts.length; e++) {
      starts[e + 1] = starts[e] + texts[e].length();
    }
    spellings = new char[starts[texts.length]];
    placed = new char[spellings.length];
    for (int e = 0; e < texts.length; e++) {
      texts[e].getChars(0, texts[e].length(), spellings, starts[e]);
      texts[e].getChars(0, texts[e].length(), placed, starts[e]);
      ToneMarks.canonicalize(placed, starts[e], texts[e].length());
    }
    // at least 1.5 slots per spelling
    int bits = 32 - Integer.numberOfLeadingZeros(Math.max(2, texts.length * 3 / 2));
    slotMask = (1 << bits) - 1;
    shift = 64 - bits;
    table = new long[STRIDE << bits];
    char[] key = new char[MAX_LENGTH + 1];
    for (int e = 0; e < texts.length; e++) {
      char[] chars = texts[e].toCharArray();
      long packed = pack(chars, 0, chars.length);
      int n = DictionaryKeys.normalizeSyllable(chars, 0, chars.length, key, 0);
      boolean valid = Syllables.isValid(key, 0, n);
      int slot = slot(packed);
      while (table[STRIDE * slot] != 0) {
        slot = (slot + 1) & slotMask;
      }
      table[STRIDE * slot] = packed;
      table[STRIDE * slot + 1] = (long) e << 32 | (long) idOf.get(texts[e]) << 1 | (valid ? 1 : 0);
    }
  }

  /**
   * Adds the spellings whose key is {@code key}: the key itself when it has no tone, else its
   * letters with the tone (the key's last char, a digit 1–5) put back on each vowel in turn.
   */
  private static void addSpellings(String key, int id, Map<String, Integer> idOf) {
    int length = key.length();
    char last = key.charAt(length - 1);
    if (last >= '1' && last <= '5' && length > 1) {
      char[] letters = key.substring(0, length - 1).toCharArray();
      for (int i = 0; i < letters.length; i++) {
        char toned = ToneMarks.withTone(letters[i], last - '0');
        if (toned != 0) {
          char plain = letters[i];
          letters[i] = toned;
          addIfSameKey(new String(letters), key, id, idOf);
          letters[i] = plain;
        }
      }
    }
    addIfSameKey(key, key, id, idOf);
  }

  private static void addIfSameKey(String spelling, String key, int id, Map<String, Integer> idOf) {
    if (spelling.length() <= MAX_LENGTH
        && spelling
            .chars()
            .allMatch(
                c -> c < LowerCasing.LIMIT && LowerCasing.lower((char) c) == c && CODE[c] != 0)
        && key.equals(DictionaryKeys.key(spelling))) {
      idOf.putIfAbsent(spelling, id);
    }
  }

  /**
   * Returns the slot of the spelling that {@code text[off, off + len)} has once lower-cased (see
   * {@link LowerCasing}), or -1 when it has none; read the slot with {@link #id}, {@link #valid}
   * and {@link #spelling}.
   */
  int find(char[] text, int off, int len) {
    if (len > MAX_LENGTH) {
      return -1;
    }
    long packed = 0;
    for (int i = 0; i < len; i++) {
      int code = code(text[off + i]);
      if (code == 0) {
        return -1;
      }
      packed |= (long) code << (BITS_PER_CHAR * i);
    }
    return findPacked(packed);
  }

  /**
   * The code of {@code c} in a packed spelling, 0 when no spelling has it: {@code packed |= code(c)
   * << 7 * i} for the chars of a word of at most {@link #MAX_LENGTH} chars with no 0 code gives
   * what {@link #findPacked} takes.
   */
  static int code(char c) {
    return c < LowerCasing.LIMIT ? CODE[c] : 0;
  }

  /** {@link #find} of a word packed by {@link #code}. */
  int findPacked(long packed) {
    long[] t = table;
    for (int slot = slot(packed); ; slot = (slot + 1) & slotMask) {
      long stored = t[STRIDE * slot];
      if (stored == packed) {
        return slot;
      }
      if (stored == 0) {
        return -1;
      }
    }
  }

  /** The dictionary's number for the syllable of the spelling in {@code slot}. */
  int id(int slot) {
    return (int) table[STRIDE * slot + 1] >>> 1;
  }

  /** Whether the syllable of the spelling in {@code slot} is a valid Vietnamese syllable. */
  boolean valid(int slot) {
    return (table[STRIDE * slot + 1] & 1) != 0;
  }

  /** Number (0 to {@link #count()} − 1) of the spelling in {@code slot}. */
  int spelling(int slot) {
    return (int) (table[STRIDE * slot + 1] >>> 32);
  }

  /** Spelling number {@code e}. */
  String spellingText(int e) {
    return new String(spellings, starts[e], starts[e + 1] - starts[e]);
  }

  /**
   * Spelling number {@code e} with its tone mark where {@link VietnameseNormalizationCharFilter}
   * puts it ({@code hoà → hòa}).
   */
  String placedText(int e) {
    return new String(placed, starts[e], starts[e + 1] - starts[e]);
  }

  /**
   * Copies spelling number {@code e}, as it is or with its tone mark placed, to {@code dst} at
   * {@code out}.
   */
  void copy(int e, boolean tonePlaced, char[] dst, int out) {
    int start = starts[e];
    System.arraycopy(tonePlaced ? placed : spellings, start, dst, out, starts[e + 1] - start);
  }

  /** Number of spellings. */
  int count() {
    return starts.length - 1;
  }

  private int slot(long packed) {
    return (int) ((packed * 0x9E3779B97F4A7C15L) >>> shift);
  }

  private static long pack(char[] chars, int from, int to) {
    long packed = 0;
    for (int i = from; i < to; i++) {
      packed |= (long) CODE[chars[i]] << (BITS_PER_CHAR * (i - from));
    }
    return packed;
  }
}
