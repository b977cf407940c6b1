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
import org.apache.lucene.util.RamUsageEstimator;
import org.apache.lucene.util.fst.FST;
import org.apache.lucene.util.fst.FSTCompiler;
import org.apache.lucene.util.fst.PositiveIntOutputs;

/**
 * Words with costs, as the tokenizer looks them up: a table of syllables (see {@link
 * DictionaryKeys}) and an FST from sequences of syllable numbers to costs ({@code 7 × −ln p},
 * 0–127). A tokenizer finds each syllable's number once with {@link #syllableId}, then walks the
 * FST one arc per syllable.
 */
public abstract sealed class WordDictionary permits TokenInfoDictionary, UserDictionary {

  private final SyllableTable syllables;
  private final FST<Long> fst;
  private final int entries;

  /** The FST's root arc for each syllable number, or null: spares a search of the widest node. */
  private final FST.Arc<Long>[] rootArcs;

  @SuppressWarnings("unchecked")
  WordDictionary(Parts parts) {
    this.syllables = parts.syllables();
    this.fst = parts.fst();
    this.entries = parts.entries();
    rootArcs = new FST.Arc[syllables.size()];
    try {
      FST.BytesReader reader = fst.getBytesReader();
      FST.Arc<Long> root = fst.getFirstArc(new FST.Arc<>());
      FST.Arc<Long> arc = new FST.Arc<>();
      for (int id = 0; id < rootArcs.length; id++) {
        if (fst.findTargetArc(id, root, arc, reader) != null) {
          rootArcs[id] = new FST.Arc<Long>().copyFrom(arc);
        }
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e); // cannot happen: the FST is on the heap
    }
  }

  /**
   * Returns the arc leaving the FST's root for syllable {@code id}, or null when no word starts
   * with it. The arc is shared: copy it ({@link FST.Arc#copyFrom}) before following it.
   */
  public final FST.Arc<Long> rootArc(int id) {
    return rootArcs[id];
  }

  /**
   * Returns the number of the syllable whose key is {@code key[off..off+len)} (an FST label), or -1
   * when no word of this dictionary contains it.
   */
  public final int syllableId(char[] key, int off, int len) {
    return syllables.id(key, off, len);
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

  /** Heap used by the syllable table and the FST, in bytes. */
  public final long ramBytesUsed() {
    long arcs = 0;
    for (FST.Arc<Long> arc : rootArcs) {
      arcs += RamUsageEstimator.NUM_BYTES_OBJECT_REF + (arc == null ? 0 : 64);
    }
    return syllables.ramBytesUsed() + fst.ramBytesUsed() + arcs;
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
