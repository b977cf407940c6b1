package io.github.vnsearch.analysis.vi.dict;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.IntsRef;
import org.apache.lucene.util.IntsRefBuilder;
import org.apache.lucene.util.RamUsageEstimator;
import org.apache.lucene.util.fst.FST;
import org.apache.lucene.util.fst.IntsRefFSTEnum;

/**
 * The words of a dictionary's FST unpacked, at load time, into a trie over syllable numbers whose
 * transitions sit in one open-addressing hash table: following a syllable costs one multiply and
 * usually one cache line, where an FST arc must be decoded. The FST stays the storage format; this
 * is its search-time form.
 *
 * <p>Nodes are numbered from 1 (0 is the root); a node's cost is the cost of the word that ends
 * there, or -1.
 */
final class WordTrie {

  /** An empty slot: no entry is 0, since its parent is not the root. */
  private static final long EMPTY = 0L;

  /** Child of the root for each syllable number, or -1. */
  private final int[] rootChildren;

  /**
   * One transition per slot, packed as (parent, syllable, child) in {@link #nodeBits}, {@link
   * #syllableBits}, {@link #nodeBits} bits: the key (parent, syllable) and the child share one
   * read.
   */
  private final long[] table;

  private final int nodeBits;
  private final int syllableBits;

  /** Nodes with children other than the root: the table is searched only for these. */
  private final FixedBitSet parents;

  /**
   * {@code 2^FILTER_EXTRA_BITS} bits per table slot, indexed by more bits of the same hash and set
   * for every transition: a filter, a sixteenth of the table's size, that settles most failed
   * lookups without reading the table.
   */
  private final long[] filter;

  private static final int FILTER_EXTRA_BITS = 4;

  private final int mask;
  private final int shift;
  private int[] costs;

  private WordTrie(int syllables, int nodes, int transitions) {
    nodeBits = 32 - Integer.numberOfLeadingZeros(nodes);
    syllableBits = 32 - Integer.numberOfLeadingZeros(Math.max(1, syllables));
    if (2 * nodeBits + syllableBits > 63) {
      throw new IllegalArgumentException(
          "dictionary too large: " + nodes + " trie nodes over " + syllables + " syllables");
    }
    parents = new FixedBitSet(nodes);
    rootChildren = new int[syllables];
    Arrays.fill(rootChildren, -1);
    // at least twice as many slots as transitions
    int bits = Math.max(4, 33 - Integer.numberOfLeadingZeros(Math.max(1, transitions)));
    table = new long[1 << bits];
    mask = (1 << bits) - 1;
    shift = 64 - bits;
    filter = new long[Math.max(1, (1 << (bits + FILTER_EXTRA_BITS)) >>> 6)];
  }

  /** Unpacks the words of {@code fst} (inputs: syllable numbers below {@code syllables}). */
  static WordTrie of(FST<Long> fst, int syllables) {
    try {
      // words come in sorted order: each adds the nodes past its common prefix with the last one
      int nodeCount = 1;
      int rootTransitions = 0;
      IntsRefBuilder previous = new IntsRefBuilder();
      IntsRefFSTEnum<Long> words = new IntsRefFSTEnum<>(fst);
      for (IntsRefFSTEnum.InputOutput<Long> w = words.next(); w != null; w = words.next()) {
        IntsRef input = w.input;
        int common = 0;
        while (common < input.length
            && common < previous.length()
            && previous.intAt(common) == input.ints[input.offset + common]) {
          common++;
        }
        nodeCount = Math.addExact(nodeCount, input.length - common);
        if (common == 0 && input.length > 0) {
          rootTransitions++;
        }
        previous.copyInts(input);
      }
      WordTrie trie = new WordTrie(syllables, nodeCount, nodeCount - 1 - rootTransitions);
      int[] costs = new int[nodeCount];
      Arrays.fill(costs, -1);
      int nodes = 1;
      words = new IntsRefFSTEnum<>(fst);
      for (IntsRefFSTEnum.InputOutput<Long> w = words.next(); w != null; w = words.next()) {
        IntsRef input = w.input;
        int node = 0;
        for (int i = 0; i < input.length; i++) {
          int syllable = input.ints[input.offset + i];
          int child = trie.child(node, syllable);
          if (child < 0) {
            child = nodes++;
            trie.insert(node, syllable, child);
          }
          node = child;
        }
        costs[node] = (int) (long) w.output;
      }
      trie.costs = Arrays.copyOf(costs, nodes);
      return trie;
    } catch (IOException e) {
      throw new UncheckedIOException(e); // cannot happen: the FST is on the heap
    }
  }

  /** The node reached from {@code node} by {@code syllable}, or -1. */
  int child(int node, int syllable) {
    if (node == 0) {
      return rootChildren[syllable];
    }
    if (!parents.get(node)) {
      return -1;
    }
    long key = ((long) node << syllableBits) | syllable;
    long hash = key * 0x9E3779B97F4A7C15L;
    int bit = (int) (hash >>> (shift - FILTER_EXTRA_BITS));
    if ((filter[bit >>> 6] & (1L << bit)) == 0) {
      return -1;
    }
    long[] t = table;
    int slot = (int) (hash >>> shift);
    while (true) {
      long entry = t[slot];
      if (entry >>> nodeBits == key) {
        return (int) (entry & ((1L << nodeBits) - 1));
      }
      if (entry == EMPTY) {
        return -1;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** Cost of the word ending at {@code node}, or -1 when none does. */
  int cost(int node) {
    return costs[node];
  }

  private void insert(int node, int syllable, int child) {
    if (node == 0) {
      rootChildren[syllable] = child;
      return;
    }
    parents.set(node);
    long key = ((long) node << syllableBits) | syllable;
    long hash = key * 0x9E3779B97F4A7C15L;
    int bit = (int) (hash >>> (shift - FILTER_EXTRA_BITS));
    filter[bit >>> 6] |= 1L << bit;
    int slot = (int) (hash >>> shift);
    while (table[slot] != EMPTY) {
      slot = (slot + 1) & mask;
    }
    table[slot] = (key << nodeBits) | child;
  }

  long ramBytesUsed() {
    return parents.ramBytesUsed()
        + RamUsageEstimator.sizeOf(rootChildren)
        + RamUsageEstimator.sizeOf(table)
        + RamUsageEstimator.sizeOf(filter)
        + RamUsageEstimator.sizeOf(costs);
  }
}
