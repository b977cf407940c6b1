package io.github.vnsearch.tools;

import java.util.Arrays;

/**
 * Open-addressing map from long keys to int counts, for n-grams packed into a long (the restorer
 * model's and word discovery's counts). Key {@code -1} is reserved (it marks an empty slot).
 */
public final class LongIntMap {

  private static final long EMPTY = -1L;
  private long[] keys;
  private int[] values;
  private int size;

  /** A map with room for {@code expected} keys before it grows. */
  public LongIntMap(int expected) {
    int cap = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
    keys = new long[cap];
    values = new int[cap];
    Arrays.fill(keys, EMPTY);
  }

  /** Number of keys. */
  public int size() {
    return size;
  }

  /** The count of {@code key}, 0 when absent. */
  public int get(long key) {
    int mask = keys.length - 1;
    int slot = (int) mix(key) & mask;
    while (keys[slot] != EMPTY && keys[slot] != key) {
      slot = (slot + 1) & mask;
    }
    return keys[slot] == EMPTY ? 0 : values[slot];
  }

  /** Adds {@code delta} to the count of {@code key}. */
  public void add(long key, int delta) {
    int mask = keys.length - 1;
    int slot = (int) mix(key) & mask;
    while (keys[slot] != EMPTY && keys[slot] != key) {
      slot = (slot + 1) & mask;
    }
    if (keys[slot] == EMPTY) {
      keys[slot] = key;
      size++;
      if (size * 3L > keys.length * 2L) {
        values[slot] = delta;
        grow();
        return;
      }
    }
    values[slot] += delta;
  }

  private static long mix(long k) {
    k ^= k >>> 33;
    k *= 0xff51afd7ed558ccdL;
    k ^= k >>> 33;
    return k;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new int[oldKeys.length * 2];
    Arrays.fill(keys, EMPTY);
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != EMPTY) {
        add(oldKeys[i], oldValues[i]);
      }
    }
  }

  /** Hands every entry to {@code consumer}, in slot order. */
  public void forEach(Consumer consumer) {
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != EMPTY) {
        consumer.accept(keys[i], values[i]);
      }
    }
  }

  /** Receives the entries of a map. */
  @FunctionalInterface
  public interface Consumer {
    void accept(long key, int value);
  }
}
