package io.github.vnsearch.analysis.vi.dict;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.util.IntsRef;
import org.apache.lucene.util.IntsRefBuilder;
import org.apache.lucene.util.fst.FST;
import org.apache.lucene.util.fst.FSTCompiler;
import org.apache.lucene.util.fst.PositiveIntOutputs;

/**
 * Words with costs, as the tokenizer looks them up: a table of syllables (see {@link
 * DictionaryKeys}) and an FST from sequences of syllable numbers to costs ({@code 7 × −ln p},
 * 0–127), the storage format. A tokenizer finds each syllable's number once with {@link
 * #syllableId}, then walks the words one syllable at a time with {@link #nextNode} over a trie
 * unpacked from the FST at load time.
 */
public abstract sealed class WordDictionary permits TokenInfoDictionary, UserDictionary {

  private final SyllableTable syllables;
  private final FST<Long> fst;
  private final int entries;

  /** The words unpacked for lookup. */
  private final WordTrie trie;

  WordDictionary(Parts parts) {
    this.syllables = parts.syllables();
    this.fst = parts.fst();
    this.entries = parts.entries();
    this.trie = WordTrie.of(fst, syllables.size());
  }

  /**
   * Returns the node reached by following syllable {@code id} from {@code node} (0 is the root,
   * before any syllable), or -1 when no word goes on that way. A lookup is a walk from the root,
   * one syllable at a time; {@link #wordCost} tells whether a word ends at the node reached. Nodes
   * are opaque positive numbers, valid for this dictionary only.
   */
  public final int nextNode(int node, int id) {
    return trie.child(node, id);
  }

  /** Cost of the word whose syllables lead from the root to {@code node}, or -1 for none. */
  public final int wordCost(int node) {
    return WordTrie.cost(node);
  }

  /**
   * Returns the number of the syllable whose key is {@code key[off..off+len)} (an FST label), or -1
   * when no word of this dictionary contains it.
   */
  public final int syllableId(char[] key, int off, int len) {
    return syllables.id(key, off, len);
  }

  /** Returns the key of syllable number {@code id} (0 to {@link #syllables()} − 1). */
  public final String syllableKey(int id) {
    return syllables.syllable(id);
  }

  /** The FST from syllable-number sequences to costs. */
  public final FST<Long> getFST() {
    return fst;
  }

  /** Number of words. */
  public final int entries() {
    return entries;
  }

  /** Number of distinct syllables. */
  public final int syllables() {
    return syllables.size();
  }

  /** Heap used by the syllable table, the FST and the lookup trie, in bytes. */
  public final long ramBytesUsed() {
    return syllables.ramBytesUsed() + fst.ramBytesUsed() + trie.ramBytesUsed();
  }

  /** Builds the parts of a dictionary from word keys and their costs. */
  static WordDictionary.Parts build(Map<String, Integer> costs) throws IOException {
    TreeSet<String> syllableSet = new TreeSet<>();
    for (String key : costs.keySet()) {
      for (String s : key.split(String.valueOf(DictionaryKeys.SEPARATOR))) {
        syllableSet.add(s);
      }
    }
    List<String> syllableList = new ArrayList<>(syllableSet);
    SyllableTable table = new SyllableTable(syllableList);
    TreeMap<IntsRef, Integer> sorted = new TreeMap<>();
    for (Map.Entry<String, Integer> e : costs.entrySet()) {
      String[] parts = e.getKey().split(String.valueOf(DictionaryKeys.SEPARATOR));
      IntsRefBuilder ids = new IntsRefBuilder();
      for (String s : parts) {
        ids.append(table.id(s.toCharArray(), 0, s.length()));
      }
      sorted.merge(ids.toIntsRef(), e.getValue(), Math::min);
    }
    FSTCompiler<Long> compiler =
        new FSTCompiler.Builder<>(FST.INPUT_TYPE.BYTE4, PositiveIntOutputs.getSingleton()).build();
    for (Map.Entry<IntsRef, Integer> e : sorted.entrySet()) {
      compiler.add(e.getKey(), (long) e.getValue());
    }
    FST.FSTMetadata<Long> metadata = compiler.compile();
    return new Parts(table, FST.fromFSTReader(metadata, compiler.getFSTReader()), sorted.size());
  }

  /** Writes syllables, entries and FST (no codec header: the caller adds it). */
  static void write(Parts parts, DataOutput out) throws IOException {
    out.writeVInt(parts.entries());
    parts.syllables().write(out);
    parts.fst().save(out, out);
  }

  static Parts read(DataInput in) throws IOException {
    int entries = in.readVInt();
    SyllableTable table = SyllableTable.read(in);
    FST<Long> fst = new FST<>(FST.readMetadata(in, PositiveIntOutputs.getSingleton()), in);
    return new Parts(table, fst, entries);
  }

  record Parts(SyllableTable syllables, FST<Long> fst, int entries) {}
}
