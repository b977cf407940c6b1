package io.github.vnsearch.core.suggest;

import io.github.vnsearch.analysis.vi.VietnameseFoldingFilter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.util.CharTokenizer;
import org.apache.lucene.search.suggest.InputIterator;
import org.apache.lucene.search.suggest.Lookup.LookupResult;
import org.apache.lucene.search.suggest.analyzing.AnalyzingSuggester;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.util.BytesRef;

/**
 * Completions in a Lucene FST ({@link AnalyzingSuggester}) keyed by their folded, lower-cased runs
 * of letters and digits, so that {@code ha no}, {@code Hà N} and {@code HA NO} all reach {@code Hà
 * Nội}: a prefix lookup walks the FST and returns the heaviest completions first.
 */
final class CompletionTable {

  /** Completions kept per key (texts differing only in diacritics or case share one). */
  private static final int MAX_FORMS_PER_KEY = 64;

  private static final int PARTS = 2;

  /** The analysis of keys and typed prefixes: letters and digits, lower-cased and folded. */
  static final Analyzer KEYS =
      new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
          Tokenizer tokenizer = CharTokenizer.fromTokenCharPredicate(Character::isLetterOrDigit);
          TokenStream folded = new VietnameseFoldingFilter(new LowerCaseFilter(tokenizer));
          return new TokenStreamComponents(tokenizer, folded);
        }
      };

  /** Headlines in one FST, words and phrases in the other: built side by side, looked up both. */
  private final AnalyzingSuggester[] parts;

  private CompletionTable(AnalyzingSuggester... parts) {
    this.parts = parts;
  }

  private static AnalyzingSuggester newSuggester() {
    return new AnalyzingSuggester(
        new ByteBuffersDirectory(),
        "completions",
        KEYS,
        KEYS,
        AnalyzingSuggester.PRESERVE_SEP,
        MAX_FORMS_PER_KEY,
        -1,
        false);
  }

  /** A table of {@code completions}. */
  static CompletionTable build(List<Completion> completions) throws IOException {
    List<Completion> titles = new ArrayList<>();
    List<Completion> others = new ArrayList<>();
    for (Completion c : completions) {
      (c.kind() == Suggestion.Kind.TITLE ? titles : others).add(c);
    }
    SideTask<AnalyzingSuggester> titleFst =
        new SideTask<>("vnsearch-suggest-titles", () -> fst(titles));
    AnalyzingSuggester otherFst = fst(others);
    return new CompletionTable(otherFst, titleFst.get());
  }

  private static AnalyzingSuggester fst(List<Completion> completions) throws IOException {
    AnalyzingSuggester fst = newSuggester();
    if (!completions.isEmpty()) {
      fst.build(new Entries(completions.iterator()));
    }
    return fst;
  }

  /** Reads a table written by {@link #write}. */
  static CompletionTable read(DataInput in) throws IOException {
    AnalyzingSuggester[] parts = new AnalyzingSuggester[PARTS];
    for (int i = 0; i < PARTS; i++) {
      parts[i] = newSuggester();
      if (in.readByte() == 1) {
        parts[i].load(in);
      }
    }
    return new CompletionTable(parts);
  }

  /** Writes the table. */
  void write(DataOutput out) throws IOException {
    for (AnalyzingSuggester part : parts) {
      boolean built = part.getCount() > 0;
      out.writeByte((byte) (built ? 1 : 0));
      if (built) {
        part.store(out);
      }
    }
  }

  /** How many completions the table holds. */
  long size() {
    long size = 0;
    for (AnalyzingSuggester part : parts) {
      size += part.getCount();
    }
    return size;
  }

  /**
   * The heaviest {@code num} completions whose key starts with the key of {@code prefix} (every
   * token but the last whole, the last as a prefix).
   */
  List<Completion> lookup(String prefix, int num) {
    List<Completion> out = new ArrayList<>();
    for (AnalyzingSuggester part : parts) {
      if (part.getCount() == 0) {
        continue;
      }
      for (LookupResult r : part.lookup(prefix, (Set<BytesRef>) null, false, num)) {
        ByteArrayDataInput payload =
            new ByteArrayDataInput(r.payload.bytes, r.payload.offset, r.payload.length);
        Suggestion.Kind kind = Suggestion.Kind.values()[payload.readByte()];
        long count = payload.readVLong();
        out.add(new Completion(r.key.toString(), kind, count, r.value));
      }
    }
    out.sort(Comparator.comparingLong(Completion::rank).reversed()); // stable: FST order in ties
    return out.size() > num ? out.subList(0, num) : out;
  }

  /** The completions as the suggester's input: text, rank as weight, kind and count as payload. */
  private static final class Entries implements InputIterator {
    private final Iterator<Completion> it;
    private final byte[] payload = new byte[16];
    private Completion current;

    Entries(Iterator<Completion> it) {
      this.it = it;
    }

    @Override
    public BytesRef next() {
      if (!it.hasNext()) {
        return null;
      }
      current = it.next();
      return new BytesRef(current.text());
    }

    @Override
    public long weight() {
      return Math.min(Integer.MAX_VALUE, current.rank());
    }

    @Override
    public BytesRef payload() {
      int length = 0;
      payload[length++] = (byte) current.kind().ordinal();
      long count = current.count();
      while ((count & ~0x7FL) != 0) { // a vlong, as DataOutput writes it
        payload[length++] = (byte) ((count & 0x7F) | 0x80);
        count >>>= 7;
      }
      payload[length++] = (byte) count;
      return new BytesRef(payload, 0, length);
    }

    @Override
    public boolean hasPayloads() {
      return true;
    }

    @Override
    public Set<BytesRef> contexts() {
      return null;
    }

    @Override
    public boolean hasContexts() {
      return false;
    }
  }
}
