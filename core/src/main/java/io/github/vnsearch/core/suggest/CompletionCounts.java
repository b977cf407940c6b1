package io.github.vnsearch.core.suggest;

import io.github.vnsearch.analysis.vi.VietnameseAnalyzer;
import io.github.vnsearch.core.index.ArticleSchema;
import io.github.vnsearch.core.index.LeadText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * Counts the completions of the articles of one index view: words from the terms of the exact title
 * and body fields (how many articles hold each), phrases of two or three words from the headlines
 * and the first sentences of the bodies, and the headlines themselves. Nothing is read but terms
 * and doc values, and nothing is segmented: the words of headlines and leads, with the capitals
 * they are written with ({@code Hà Nội}), are those the index keeps in {@link ArticleSchema#LEAD}.
 */
final class CompletionCounts {

  /** Longest phrase, in words. */
  static final int MAX_PHRASE_WORDS = 3;

  private static final int ID_BITS = 21;
  private static final int MAX_IDS = 1 << ID_BITS;

  private final IndexReader reader;
  private final FixedBitSet docs;
  private final int articles;
  private final CharArraySet stopWords = VietnameseAnalyzer.getDefaultStopSet();

  // words of the headlines and leads, by id; the capitals each was seen with inside a sentence
  private final Map<String, Word> seen = new HashMap<>();
  private final List<String> words = new ArrayList<>();
  private long[] grams = new long[1 << 16];
  private int gramCount;

  /**
   * @param docs the articles to count (live and within the filter), by doc id of {@code reader}
   */
  CompletionCounts(IndexReader reader, FixedBitSet docs) {
    this.reader = reader;
    this.docs = docs;
    this.articles = docs.cardinality();
  }

  /** Every completion of the articles. */
  List<Completion> collect() throws IOException {
    // the words' counts come from the terms alone: counted in another thread meanwhile
    SideTask<Map<String, long[]>> wordCounts =
        new SideTask<>("vnsearch-suggest-words", this::wordCounts);
    List<Completion> out = new ArrayList<>();
    titlesAndLeads(out);
    phrases(out);
    words(wordCounts.get(), out);
    return out;
  }

  /** Fewest occurrences of a word kept: one in a small index, more in a large one (noise). */
  int minWordCount() {
    return 1 + articles / 20_000;
  }

  /** Fewest occurrences of a phrase kept: a phrase seen once is not frequent. */
  int minPhraseCount() {
    return Math.max(2, minWordCount());
  }

  private void titlesAndLeads(List<Completion> out) throws IOException {
    Map<String, long[]> titles = new HashMap<>(); // title -> {count, newest day}
    long minDay = Long.MAX_VALUE;
    long maxDay = Long.MIN_VALUE;
    LeadCounter counter = new LeadCounter();
    for (LeafReaderContext leaf : reader.leaves()) {
      BinaryDocValues leads = leaf.reader().getBinaryDocValues(ArticleSchema.LEAD);
      NumericDocValues dates = leaf.reader().getNumericDocValues(ArticleSchema.DATE);
      int end = leaf.docBase + leaf.reader().maxDoc();
      for (int doc = nextDoc(leaf.docBase); doc < end; doc = nextDoc(doc + 1)) {
        int local = doc - leaf.docBase;
        long day =
            dates != null && dates.advanceExact(local)
                ? dates.longValue() / 86_400_000L
                : Long.MIN_VALUE;
        if (day != Long.MIN_VALUE) {
          minDay = Math.min(minDay, day);
          maxDay = Math.max(maxDay, day);
        }
        if (leads == null || !leads.advanceExact(local)) {
          continue;
        }
        counter.title = null;
        LeadText.decode(leads.binaryValue(), counter);
        if (counter.title != null && !counter.title.isEmpty()) {
          long[] entry = titles.computeIfAbsent(counter.title, t -> new long[] {0, Long.MIN_VALUE});
          entry[0]++;
          entry[1] = Math.max(entry[1], day);
        }
      }
    }
    for (Map.Entry<String, long[]> e : titles.entrySet()) {
      long day = e.getValue()[1];
      int recency =
          day == Long.MIN_VALUE || maxDay <= minDay
              ? 0
              : (int) ((day - minDay) * (Completion.RECENCY_STEPS - 1) / (maxDay - minDay));
      out.add(Completion.title(e.getKey(), e.getValue()[0], recency));
    }
  }

  /** The first article to count at or after {@code doc}, or {@link Integer#MAX_VALUE}. */
  private int nextDoc(int doc) {
    if (doc >= docs.length()) {
      return Integer.MAX_VALUE;
    }
    int next = docs.nextSetBit(doc);
    return next == DocIdSetIterator.NO_MORE_DOCS ? Integer.MAX_VALUE : next;
  }

  private void phrases(List<Completion> out) {
    long[] sorted = Arrays.copyOf(grams, gramCount);
    grams = null;
    Arrays.sort(sorted);
    int min = minPhraseCount();
    for (int i = 0; i < sorted.length; ) {
      int j = i;
      while (j < sorted.length && sorted[j] == sorted[i]) {
        j++;
      }
      if (j - i >= min) {
        out.add(Completion.of(phraseText(sorted[i]), Suggestion.Kind.PHRASE, j - i));
      }
      i = j;
    }
  }

  private String phraseText(long gram) {
    StringBuilder text = new StringBuilder();
    for (int shift = 2 * ID_BITS; shift >= 0; shift -= ID_BITS) {
      int id = (int) ((gram >>> shift) & (MAX_IDS - 1));
      if (id != 0) {
        if (text.length() > 0) {
          text.append(' ');
        }
        text.append(display(words.get(id - 1)));
      }
    }
    return text.toString();
  }

  /** A lower-case word as shown: spaces between syllables, the capitals usually seen. */
  private String display(String word) {
    Word seenAs = seen.get(word);
    String shown = seenAs != null && seenAs.capitalized > seenAs.lower ? seenAs.form : word;
    return shown.replace('_', ' ');
  }

  /**
   * How many articles hold each word, over the exact title and body fields; only the words that may
   * reach {@link #minWordCount()} are decoded.
   */
  private Map<String, long[]> wordCounts() throws IOException {
    Map<String, long[]> counts = new HashMap<>();
    Set<BytesRef> inTitles = new HashSet<>();
    int min = minWordCount();
    boolean all = articles == reader.maxDoc();
    for (String field : new String[] {ArticleSchema.TITLE, ArticleSchema.BODY}) {
      Terms terms = MultiTerms.getTerms(reader, field);
      if (terms == null) {
        continue;
      }
      boolean titles = field.equals(ArticleSchema.TITLE);
      TermsEnum te = terms.iterator();
      PostingsEnum postings = null;
      for (BytesRef term = te.next(); term != null; term = te.next()) {
        if (all && !titles && te.docFreq() < min && !inTitles.contains(term)) {
          continue; // too rare in the bodies, and not in a headline to add to
        }
        String word = term.utf8ToString();
        if (!isWord(word)) {
          continue;
        }
        long count;
        if (all) {
          count = te.docFreq();
        } else {
          postings = te.postings(postings, PostingsEnum.NONE);
          count = 0;
          for (int d = postings.nextDoc();
              d != DocIdSetIterator.NO_MORE_DOCS;
              d = postings.nextDoc()) {
            if (docs.get(d)) {
              count++;
            }
          }
        }
        if (count > 0) {
          counts.computeIfAbsent(word, w -> new long[1])[0] += count;
          if (titles) {
            inTitles.add(BytesRef.deepCopyOf(term));
          }
        }
      }
    }
    return counts;
  }

  private void words(Map<String, long[]> counts, List<Completion> out) {
    int min = minWordCount();
    for (Map.Entry<String, long[]> e : counts.entrySet()) {
      if (e.getValue()[0] >= min) {
        out.add(Completion.of(display(e.getKey()), Suggestion.Kind.WORD, e.getValue()[0]));
      }
    }
  }

  /** Whether a term is a word worth completing: two letters or more, syllables joined by _. */
  static boolean isWord(String term) {
    if (term.length() < 2 || term.charAt(0) == '_' || term.charAt(term.length() - 1) == '_') {
      return false;
    }
    for (int i = 0; i < term.length(); i++) {
      char c = term.charAt(i);
      if (!Character.isLetter(c) && c != '_') {
        return false;
      }
    }
    return true;
  }

  /**
   * A word of the headlines and leads: its number in phrases (0: none, too many words), whether it
   * is a stop word, and how it was written inside sentences: capitalized how often (last as {@code
   * form}), lower-case how often.
   */
  private static final class Word {
    int id;
    boolean stop;
    String form;
    int capitalized;
    int lower;
  }

  /**
   * Counts the phrases and capitals of the headlines and leads, as {@link LeadText} decodes them.
   */
  private final class LeadCounter implements LeadText.Visitor {
    private final int[] run = new int[MAX_PHRASE_WORDS];
    private final boolean[] runStop = new boolean[MAX_PHRASE_WORDS];
    private int length; // words of the current run of words, the last ones in run[]
    String title;

    @Override
    public void title(String title) {
      this.title = title;
    }

    @Override
    public void part(boolean headline) {
      length = 0;
    }

    @Override
    public void word(String cased, boolean runStart, boolean sentenceStart) {
      if (runStart) {
        length = 0;
      }
      String lower = cased.toLowerCase(Locale.ROOT);
      Word word = seen.get(lower);
      if (word == null) {
        word = new Word();
        word.stop = stopWords.contains(lower);
        if (words.size() + 1 < MAX_IDS) { // else too many distinct words: in no phrase
          words.add(lower);
          word.id = words.size();
        }
        seen.put(lower, word);
      }
      if (!sentenceStart) {
        if (cased.equals(lower)) {
          word.lower++;
        } else {
          word.capitalized++;
          word.form = cased;
        }
      }
      int id = word.id;
      System.arraycopy(run, 1, run, 0, MAX_PHRASE_WORDS - 1);
      System.arraycopy(runStop, 1, runStop, 0, MAX_PHRASE_WORDS - 1);
      run[MAX_PHRASE_WORDS - 1] = id;
      runStop[MAX_PHRASE_WORDS - 1] = id == 0 || word.stop;
      length++;
      // the phrases ending with this word: 2 .. MAX_PHRASE_WORDS words, no stop word at an end
      if (runStop[MAX_PHRASE_WORDS - 1]) {
        return;
      }
      long gram = id;
      for (int n = 2; n <= Math.min(length, MAX_PHRASE_WORDS); n++) {
        int first = MAX_PHRASE_WORDS - n;
        if (run[first] == 0) {
          break;
        }
        gram |= ((long) run[first]) << (ID_BITS * (n - 1));
        if (!runStop[first]) {
          addGram(gram);
        }
      }
    }

    private void addGram(long gram) {
      if (gramCount == grams.length) {
        grams = Arrays.copyOf(grams, grams.length * 2);
      }
      grams[gramCount++] = gram;
    }
  }

  /** The live articles of {@code reader} (all of its leaves), as a bit set over its doc ids. */
  static FixedBitSet live(IndexReader reader) {
    FixedBitSet bits = new FixedBitSet(Math.max(1, reader.maxDoc()));
    for (LeafReaderContext leaf : reader.leaves()) {
      var liveDocs = leaf.reader().getLiveDocs();
      for (int d = 0; d < leaf.reader().maxDoc(); d++) {
        if (liveDocs == null || liveDocs.get(d)) {
          bits.set(leaf.docBase + d);
        }
      }
    }
    return bits;
  }
}
