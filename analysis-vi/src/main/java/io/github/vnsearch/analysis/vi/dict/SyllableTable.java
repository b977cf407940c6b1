package io.github.vnsearch.analysis.vi.dict;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.util.RamUsageEstimator;

/**
 * The syllables of a dictionary (keys spelled by {@link DictionaryKeys}), numbered from 0 in sorted
 * order; words are stored in the FST as sequences of these numbers. An open-addressing hash table
 * finds a syllable's number from its chars without allocating.
 */
final class SyllableTable {

  private final char[] chars;
  private final int[] starts;
  private final int[] slots;
  private final int mask;

  /**
   * @param syllables distinct keys, sorted
   */
  SyllableTable(List<String> syllables) {
    int total = 0;
    for (String s : syllables) {
      total += s.length();
    }
    chars = new char[total];
    starts = new int[syllables.size() + 1];
    int pos = 0;
    for (int i = 0; i < syllables.size(); i++) {
      String s = syllables.get(i);
      starts[i] = pos;
      s.getChars(0, s.length(), chars, pos);
      pos += s.length();
    }
    starts[syllables.size()] = pos;
    int size = Integer.highestOneBit(Math.max(4, syllables.size() * 3)) << 1;
    slots = new int[size];
    mask = size - 1;
    java.util.Arrays.fill(slots, -1);
    for (int id = 0; id < syllables.size(); id++) {
      int slot = hash(chars, starts[id], starts[id + 1] - starts[id]) & mask;
      while (slots[slot] >= 0) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = id;
    }
  }

  int size() {
    return starts.length - 1;
  }

  String syllable(int id) {
    return new String(chars, starts[id], starts[id + 1] - starts[id]);
  }

  /** Returns the number of the syllable {@code key[off..off+len)}, or -1 when it is unknown. */
  int id(char[] key, int off, int len) {
    int slot = hash(key, off, len) & mask;
    while (true) {
      int id = slots[slot];
      if (id < 0) {
        return -1;
      }
      int start = starts[id];
      if (starts[id + 1] - start == len) {
        int i = 0;
        while (i < len && chars[start + i] == key[off + i]) {
          i++;
        }
        if (i == len) {
          return id;
        }
      }
      slot = (slot + 1) & mask;
    }
  }

  private static int hash(char[] key, int off, int len) {
    int h = 0;
    for (int i = off, end = off + len; i < end; i++) {
      h = 31 * h + key[i];
    }
    return h ^ (h >>> 15) ^ (h >>> 7);
  }

  void write(DataOutput out) throws IOException {
    out.writeVInt(size());
    for (int id = 0; id < size(); id++) {
      out.writeString(syllable(id));
    }
  }

  static SyllableTable read(DataInput in) throws IOException {
    int n = in.readVInt();
    String[] syllables = new String[n];
    for (int i = 0; i < n; i++) {
      syllables[i] = in.readString();
    }
    return new SyllableTable(List.of(syllables));
  }

  long ramBytesUsed() {
    return RamUsageEstimator.sizeOf(chars)
        + RamUsageEstimator.sizeOf(starts)
        + RamUsageEstimator.sizeOf(slots);
  }
}
