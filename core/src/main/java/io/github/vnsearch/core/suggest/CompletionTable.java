package io.github.vnsearch.core.suggest;

import io.github.vnsearch.analysis.vi.VietnameseFoldingFilter;
import java.io.IOException;
import java.util.ArrayList;
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

  private final AnalyzingSuggester fst;

  private CompletionTable(AnalyzingSuggester fst) {
    this.fst = fst;
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
    AnalyzingSuggester fst = newSuggester();
    fst.build(new Entries(completions.iterator()));
    return new CompletionTable(fst);
  }

  /** Reads a table written by {@link #write}. */
  static CompletionTable read(DataInput in) throws IOException {
    AnalyzingSuggester fst = newSuggester();
    fst.load(in);
    return new CompletionTable(fst);
  }

  /** Writes the table. */
  void write(DataOutput out) throws IOException {
    fst.store(out);
  }

  /** How many completions the table holds. */
  long size() {
    return fst.getCount();
  }

  /**
   * The heaviest {@code num} completions whose key starts with the key of {@code prefix} (every
   * token but the last whole, the last as a prefix).
   */
  List<Completion> lookup(String prefix, int num) {
    List<LookupResult> results = fst.lookup(prefix, (Set<BytesRef>) null, false, num);
    List<Completion> out = new ArrayList<>(results.size());
    for (LookupResult r : results) {
      ByteArrayDataInput payload =
          new ByteArrayDataInput(r.payload.bytes, r.payload.offset, r.payload.length);
      Suggestion.Kind kind = Suggestion.Kind.values()[payload.readByte()];
      long count = payload.readVLong();
      out.add(new Completion(r.key.toString(), kind, count, r.value));
    }
    return out;
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
