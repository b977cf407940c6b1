package io.github.vnsearch.core.suggest;

import io.github.vnsearch.analysis.vi.VietnameseFoldingFilter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.CharTokenizer;
import org.apache.lucene.search.suggest.InputIterator;
import org.apache.lucene.search.suggest.Lookup.LookupResult;
import org.apache.lucene.search.suggest.fst.WFSTCompletionLookup;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.UnicodeUtil;

/**
 * Completions in Lucene FSTs ({@link WFSTCompletionLookup}) keyed by their folded, lower-cased runs
 * of letters and digits joined by single spaces, so that {@code ha no}, {@code Hà N} and {@code HA
 * NO} all reach {@code Hà Nội}: a prefix lookup walks the FST and returns the heaviest completions
 * first. An FST entry is a key and the number of its completion in a table beside the FST, so that
 * one key holds every spelling that folds to it and the FSTs stay small; a headline is keyed by its
 * first {@link #TITLE_KEY_WORDS} words. Headlines are in one FST, words and phrases in another,
 * built side by side.
 */
final class CompletionTable {

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

  /** Words of a headline its key holds: enough to tell headlines apart as they are typed. */
  static final int TITLE_KEY_WORDS = 8;

  /** Ends the key in an entry; no key holds it. */
  private static final char END = '\u0001';

  private static final int PARTS = 2;

  /** The completions, by the number their entries end with. */
  private final Completions completions;

  /** Words and phrases, then headlines. */
  private final WFSTCompletionLookup[] parts;

  private CompletionTable(Completions completions, WFSTCompletionLookup... parts) {
    this.completions = completions;
    this.parts = parts;
  }

  private static WFSTCompletionLookup newLookup() {
    return new WFSTCompletionLookup(new ByteBuffersDirectory(), "completions", false);
  }

  /** A table of {@code completions}. */
  static CompletionTable build(List<Completion> completions) throws IOException {
    Completion[] all = completions.toArray(new Completion[0]);
    List<Integer> titles = new ArrayList<>();
    List<Integer> others = new ArrayList<>();
    for (int i = 0; i < all.length; i++) {
      (all[i].kind() == Suggestion.Kind.TITLE ? titles : others).add(i);
    }
    SideTask<WFSTCompletionLookup> titleFst =
        new SideTask<>("vnsearch-suggest-titles", () -> fst(all, titles, TITLE_KEY_WORDS));
    WFSTCompletionLookup otherFst = fst(all, others, Integer.MAX_VALUE);
    return new CompletionTable(new Completions(all), otherFst, titleFst.get());
  }

  private static WFSTCompletionLookup fst(Completion[] all, List<Integer> ids, int keyWords)
      throws IOException {
    WFSTCompletionLookup fst = newLookup();
    if (!ids.isEmpty()) {
      fst.build(new Entries(all, ids, keyWords));
    }
    return fst;
  }

  /** Reads a table written by {@link #write}. */
  static CompletionTable read(DataInput in) throws IOException {
    Completions completions = Completions.read(in);
    WFSTCompletionLookup[] parts = new WFSTCompletionLookup[PARTS];
    for (int i = 0; i < PARTS; i++) {
      parts[i] = newLookup();
      if (in.readByte() == 1) {
        parts[i].load(in);
      }
    }
    return new CompletionTable(completions, parts);
  }

  /** Writes the table. */
  void write(DataOutput out) throws IOException {
    completions.write(out);
    for (WFSTCompletionLookup part : parts) {
      boolean built = part.getCount() > 0;
      out.writeByte((byte) (built ? 1 : 0));
      if (built) {
        part.store(out);
      }
    }
  }

  /** How many completions the table holds. */
  long size() {
    return completions.size();
  }

  /**
   * The heaviest {@code num} completions whose key starts with the key of {@code prefix} (every
   * token but the last whole, the last as a prefix).
   */
  List<Completion> lookup(String prefix, int num) {
    String key = key(prefix, Integer.MAX_VALUE);
    List<Completion> out = new ArrayList<>();
    for (int p = 0; p < PARTS; p++) {
      WFSTCompletionLookup part = parts[p];
      if (part.getCount() == 0) {
        continue;
      }
      String partKey = p == 1 ? firstWords(key, TITLE_KEY_WORDS) : key;
      boolean cut = partKey.length() < key.length();
      // typed past its key's words, a headline must still start with what was typed: ask for more
      for (LookupResult r :
          part.lookup(partKey, (Set<BytesRef>) null, false, cut ? 4 * num : num)) {
        String entry = r.key.toString();
        int id =
            Integer.parseInt(entry, entry.indexOf(END) + 1, entry.length(), Character.MAX_RADIX);
        Completion c = completions.get(id);
        if (!cut || key(c.text(), Integer.MAX_VALUE).startsWith(key)) {
          out.add(c);
        }
      }
    }
    out.sort(Comparator.comparingLong(Completion::rank).reversed()); // stable: FST order in ties
    return out.size() > num ? out.subList(0, num) : out;
  }

  /** {@code key} without the words after its first {@code words}. */
  private static String firstWords(String key, int words) {
    int at = -1;
    for (int w = 0; w < words; w++) {
      at = key.indexOf(' ', at + 1);
      if (at < 0) {
        return key;
      }
    }
    return key.substring(0, at);
  }

  /**
   * The key of {@code text}: its first {@code words} runs of letters and digits, lower-cased,
   * folded and separated by single spaces.
   */
  static String key(String text, int words) {
    StringBuilder key = new StringBuilder(text.length());
    try (TokenStream ts = KEYS.tokenStream("", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      for (int n = 0; n < words && ts.incrementToken(); n++) {
        if (!key.isEmpty()) {
          key.append(' ');
        }
        key.append(term);
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // analyzing a String reads no file
    }
    return key.toString();
  }

  /**
   * The completions by number, in flat arrays (their texts in one UTF-8 block), so that a table
   * reads back from its file in a few bulk reads and a lookup decodes only what it returns.
   */
  private static final class Completions {
    private final byte[] texts;
    private final int[] textEnds;
    private final byte[] kinds;
    private final long[] counts;
    private final long[] ranks;

    private Completions(int size, byte[] texts) {
      this.texts = texts;
      this.textEnds = new int[size];
      this.kinds = new byte[size];
      this.counts = new long[size];
      this.ranks = new long[size];
    }

    Completions(Completion[] all) {
      this(all.length, utf8(all));
      int end = 0;
      for (int i = 0; i < all.length; i++) {
        String text = all[i].text();
        end += UnicodeUtil.calcUTF16toUTF8Length(text, 0, text.length()); // as utf8(all) encodes it
        textEnds[i] = end;
        kinds[i] = (byte) all[i].kind().ordinal();
        counts[i] = all[i].count();
        ranks[i] = all[i].rank();
      }
    }

    private static byte[] utf8(Completion[] all) {
      StringBuilder texts = new StringBuilder();
      for (Completion c : all) {
        texts.append(c.text());
      }
      BytesRef utf8 = new BytesRef(texts); // Lucene's encoding: the lengths counted above match
      return ArrayUtil.copyOfSubArray(utf8.bytes, utf8.offset, utf8.offset + utf8.length);
    }

    int size() {
      return kinds.length;
    }

    Completion get(int id) {
      int start = id == 0 ? 0 : textEnds[id - 1];
      String text = new String(texts, start, textEnds[id] - start, StandardCharsets.UTF_8);
      return new Completion(text, Suggestion.Kind.values()[kinds[id]], counts[id], ranks[id]);
    }

    void write(DataOutput out) throws IOException {
      out.writeVInt(size());
      out.writeVInt(texts.length);
      out.writeBytes(texts, texts.length);
      for (int i = 0; i < size(); i++) {
        out.writeVInt(textEnds[i] - (i == 0 ? 0 : textEnds[i - 1]));
        out.writeByte(kinds[i]);
        out.writeVLong(counts[i]);
        out.writeVLong(ranks[i]);
      }
    }

    static Completions read(DataInput in) throws IOException {
      int size = in.readVInt();
      byte[] texts = new byte[in.readVInt()];
      in.readBytes(texts, 0, texts.length);
      Completions c = new Completions(size, texts);
      int end = 0;
      for (int i = 0; i < size; i++) {
        end += in.readVInt();
        c.textEnds[i] = end;
        c.kinds[i] = in.readByte();
        c.counts[i] = in.readVLong();
        c.ranks[i] = in.readVLong();
      }
      return c;
    }
  }

  /** The lookup's input: key, {@link #END} and the completion's number; its rank as weight. */
  private static final class Entries implements InputIterator {
    private final Completion[] all;
    private final List<Integer> ids;
    private final int keyWords;
    private int next;
    private Completion current;

    Entries(Completion[] all, List<Integer> ids, int keyWords) {
      this.all = all;
      this.ids = ids;
      this.keyWords = keyWords;
    }

    @Override
    public BytesRef next() {
      if (next == ids.size()) {
        return null;
      }
      int id = ids.get(next++);
      current = all[id];
      String entry =
          key(current.text(), keyWords) + END + Integer.toString(id, Character.MAX_RADIX);
      return new BytesRef(entry);
    }

    @Override
    public long weight() {
      return Math.min(Integer.MAX_VALUE, current.rank());
    }

    @Override
    public BytesRef payload() {
      return null;
    }

    @Override
    public boolean hasPayloads() {
      return false;
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
