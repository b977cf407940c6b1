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
 * <p>A node is referred to by a <em>handle</em> that also carries what the lattice asks of it, so
 * that no other array is read: {@code node << 9 | hasChildren << 8 | (cost + 1)}, with cost + 1 = 0
 * when no word ends at the node. The root's handle is 0.
 */
final class WordTrie {

  /** An empty slot: no entry is 0, since its parent is not the root. */
  private static final long EMPTY = 0L;

  private static final int HANDLE_NODE_SHIFT = 9;
  private static final int HAS_CHILDREN = 1 << 8;
  private static final int COST_MASK = 0xFF;

  /** Highest word cost a handle can hold. */
  static final int MAX_COST = COST_MASK - 1;

  /** Handle of the root's child for each syllable number, or -1. */
  private final int[] rootChildren;

  /**
   * One transition per slot: the key (parent node, syllable) in {@link #nodeBits} + {@link
   * #syllableBits} bits above the child's handle in {@link #handleBits} bits, so that key and child
   * share one read.
   */
  private final long[] table;

  private final int nodeBits;
  private final int syllableBits;
  private final int handleBits;

  /**
   * {@code 2^FILTER_EXTRA_BITS} bits per table slot, indexed by more bits of the same hash and set
   * for every transition: a filter, a sixteenth of the table's size, that settles most failed
   * lookups without reading the table.
   */
  private final long[] filter;

  private static final int FILTER_EXTRA_BITS = 4;

  private final int mask;
  private final int shift;

  private WordTrie(int syllables, int nodes, int transitions) {
    nodeBits = 32 - Integer.numberOfLeadingZeros(nodes);
    syllableBits = 32 - Integer.numberOfLeadingZeros(Math.max(1, syllables));
    handleBits = nodeBits + HANDLE_NODE_SHIFT;
    if (handleBits > 31 || nodeBits + syllableBits + handleBits > 64) {
      throw new IllegalArgumentException(
          "dictionary too large: " + nodes + " trie nodes over " + syllables + " syllables");
    }
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
      // first with plain node numbers as children, then with handles once costs are known
      int[] costs = new int[nodeCount];
      Arrays.fill(costs, -1);
      FixedBitSet parents = new FixedBitSet(nodeCount);
      int nodes = 1;
      words = new IntsRefFSTEnum<>(fst);
      for (IntsRefFSTEnum.InputOutput<Long> w = words.next(); w != null; w = words.next()) {
        IntsRef input = w.input;
        int node = 0;
        for (int i = 0; i < input.length; i++) {
          int syllable = input.ints[input.offset + i];
          int child = node == 0 ? trie.rootChildren[syllable] : trie.find(node, syllable);
          if (child < 0) {
            child = nodes++;
            trie.insert(node, syllable, child);
            parents.set(node);
          }
          node = child;
        }
        long cost = w.output;
        if (cost > MAX_COST) {
          throw new IllegalArgumentException("word cost " + cost + " above " + MAX_COST);
        }
        costs[node] = (int) cost;
      }
      trie.useHandles(costs, parents);
      return trie;
    } catch (IOException e) {
      throw new UncheckedIOException(e); // cannot happen: the FST is on the heap
    }
  }

  private static int handle(int node, int[] costs, FixedBitSet parents) {
    return node << HANDLE_NODE_SHIFT | (parents.get(node) ? HAS_CHILDREN : 0) | (costs[node] + 1);
  }

  /** Replaces the plain node numbers of children by their handles. */
  private void useHandles(int[] costs, FixedBitSet parents) {
    for (int s = 0; s < rootChildren.length; s++) {
      if (rootChildren[s] >= 0) {
        rootChildren[s] = handle(rootChildren[s], costs, parents);
      }
    }
    long childMask = (1L << handleBits) - 1;
    for (int slot = 0; slot < table.length; slot++) {
      long entry = table[slot];
      if (entry != EMPTY) {
        int child = (int) (entry & childMask);
        table[slot] = (entry & ~childMask) | handle(child, costs, parents);
      }
    }
  }

  /** The handle of the node reached from {@code handle} by {@code syllable}, or -1. */
  int child(int handle, int syllable) {
    if (handle == 0) {
      return rootChildren[syllable];
    }
    if ((handle & HAS_CHILDREN) == 0) {
      return -1;
    }
    return find(handle >>> HANDLE_NODE_SHIFT, syllable);
  }

  /** The child of {@code node} (a node number) by {@code syllable}, or -1. */
  private int find(int node, int syllable) {
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
      if (entry >>> handleBits == key) {
        return (int) (entry & ((1L << handleBits) - 1));
      }
      if (entry == EMPTY) {
        return -1;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** Cost of the word ending at the node of {@code handle}, or -1 when none does. */
  static int cost(int handle) {
    return (handle & COST_MASK) - 1;
  }

  private void insert(int node, int syllable, int child) {
    if (node == 0) {
      rootChildren[syllable] = child;
      return;
    }
    long key = ((long) node << syllableBits) | syllable;
    long hash = key * 0x9E3779B97F4A7C15L;
    int bit = (int) (hash >>> (shift - FILTER_EXTRA_BITS));
    filter[bit >>> 6] |= 1L << bit;
    int slot = (int) (hash >>> shift);
    while (table[slot] != EMPTY) {
      slot = (slot + 1) & mask;
    }
    table[slot] = (key << handleBits) | child;
  }

  long ramBytesUsed() {
    return RamUsageEstimator.sizeOf(rootChildren)
        + RamUsageEstimator.sizeOf(table)
        + RamUsageEstimator.sizeOf(filter);
  }
}
