package io.github.vnsearch.analysis.vi;

import io.github.vnsearch.analysis.vi.dict.DictionaryKeys;
import io.github.vnsearch.analysis.vi.dict.WordDictionary;

/**
 * Remembers the dictionary keys (see {@link DictionaryKeys}) of recently seen syllables, whether
 * each is a valid Vietnamese syllable, and its number in the system dictionary, so that the few
 * thousand syllables that make up most running text are spelled out, parsed and looked up once
 * rather than at every occurrence.
 *
 * <p>Direct-mapped by a hash of the syllable's chars: a new syllable replaces whatever shared its
 * slot. One instance per scanner, about 330 KB allocated on first use and nothing after; 8,192
 * slots measured faster than 4,096 (more hits) and than 16,384 (which crowds the dictionary out of
 * the CPU cache).
 */
final class SyllableKeyCache {

  /** Longest syllable cached, in chars; a syllable has at most 7 letters. */
  static final int MAX_LENGTH = 8;

  private static final int SLOTS = 8192;

  /** Syllable chars of each slot, {@link #MAX_LENGTH} per slot. */
  private char[] surfaces;

  /** Key chars of each slot ({@link #MAX_LENGTH} + 1 per slot: the tone digit may follow). */
  private char[] keys;

  /** Syllable length per slot, 0 for an empty slot. */
  private byte[] surfaceLengths;

  private byte[] keyLengths;
  private boolean[] valids;
  private int[] ids;

  private final WordDictionary dictionary;

  /** Whether the syllable of the last {@link #key} call is a valid Vietnamese syllable. */
  boolean valid;

  /** The dictionary's number for the syllable of the last {@link #key} call, or -1. */
  int id;

  /**
   * @param dictionary the dictionary whose syllable numbers are cached, or null
   */
  SyllableKeyCache(WordDictionary dictionary) {
    this.dictionary = dictionary;
  }

  /**
   * Writes the key of {@code text[off, off + len)} into {@code dst} at {@code dstOff} ({@code dst}
   * must have room for {@code len + 1} chars) and sets {@link #valid} and {@link #id}.
   *
   * @return the key's length
   */
  int key(char[] text, int off, int len, char[] dst, int dstOff) {
    if (len > MAX_LENGTH) {
      return compute(text, off, len, dst, dstOff);
    }
    if (surfaces == null) {
      surfaces = new char[SLOTS * MAX_LENGTH];
      keys = new char[SLOTS * (MAX_LENGTH + 1)];
      surfaceLengths = new byte[SLOTS];
      keyLengths = new byte[SLOTS];
      valids = new boolean[SLOTS];
      ids = new int[SLOTS];
    }
    int h = 0;
    for (int i = off, end = off + len; i < end; i++) {
      h = 31 * h + text[i];
    }
    int slot = (h ^ (h >>> 12)) & (SLOTS - 1);
    int surface = slot * MAX_LENGTH;
    int key = slot * (MAX_LENGTH + 1);
    if (surfaceLengths[slot] == len && same(text, off, len, surface)) {
      int n = keyLengths[slot];
      System.arraycopy(keys, key, dst, dstOff, n);
      valid = valids[slot];
      id = ids[slot];
      return n;
    }
    int n = compute(text, off, len, dst, dstOff);
    System.arraycopy(text, off, surfaces, surface, len);
    System.arraycopy(dst, dstOff, keys, key, n);
    surfaceLengths[slot] = (byte) len;
    keyLengths[slot] = (byte) n;
    valids[slot] = valid;
    ids[slot] = id;
    return n;
  }

  /**
   * Computes what the cache holds for a syllable: writes its key, sets {@link #valid}, {@link #id}.
   */
  private int compute(char[] text, int off, int len, char[] dst, int dstOff) {
    int n = DictionaryKeys.normalizeSyllable(text, off, len, dst, dstOff);
    valid = Syllables.isValid(dst, dstOff, n);
    id = dictionary == null ? -1 : dictionary.syllableId(dst, dstOff, n);
    return n;
  }

  private boolean same(char[] text, int off, int len, int surface) {
    char[] s = surfaces;
    for (int i = 0; i < len; i++) {
      if (s[surface + i] != text[off + i]) {
        return false;
      }
    }
    return true;
  }
}
