package io.github.vnsearch.core.suggest;

import io.github.vnsearch.analysis.vi.VietnameseAnalyzer;
import io.github.vnsearch.analysis.vi.VietnameseTokenizer;
import io.github.vnsearch.core.index.ArticleSchema;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * Counts the completions of the articles of one index view: words from the terms of the exact title
 * and body fields (how many articles hold each), phrases of two or three words from the headlines
 * and the first sentences of the bodies, and the headlines themselves. Nothing is segmented again
 * but the headlines and those first sentences, which also tell how each word is capitalized ({@code
 * Hà Nội}).
 */
final class CompletionCounts {

  /** Chars of a body, from its start, whose phrases are counted. */
  static final int LEAD_CHARS = 240;

  /** Longest phrase, in words. */
  static final int MAX_PHRASE_WORDS = 3;

  private static final int ID_BITS = 21;
  private static final int MAX_IDS = 1 << ID_BITS;

  private final IndexReader reader;
  private final FixedBitSet docs;
  private final int articles;
  private final CharArraySet stopWords = VietnameseAnalyzer.getDefaultStopSet();

  // words of the headlines and leads, by id; the capitals each was seen with inside a sentence
  private final Map<String, Integer> ids = new HashMap<>();
  private final List<String> words = new ArrayList<>();
  private final Map<String, Casing> casings = new HashMap<>();
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
    List<Completion> out = new ArrayList<>();
    titlesAndLeads(out);
    phrases(out);
    words(out);
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
    StoredFields stored = reader.storedFields();
    Visitor visitor = new Visitor();
    Map<String, long[]> titles = new HashMap<>(); // title -> {count, newest day}
    long minDay = Long.MAX_VALUE;
    long maxDay = Long.MIN_VALUE;
    Segmenter segmenter = new Segmenter();
    for (int doc = docs.nextSetBit(0);
        doc != DocIdSetIterator.NO_MORE_DOCS;
        doc = doc + 1 < docs.length() ? docs.nextSetBit(doc + 1) : DocIdSetIterator.NO_MORE_DOCS) {
      visitor.reset();
      stored.document(doc, visitor);
      long day = visitor.day;
      if (visitor.title != null && !visitor.title.isBlank()) {
        String title = visitor.title.strip().replaceAll("\\s+", " ");
        long[] entry = titles.computeIfAbsent(title, t -> new long[] {0, Long.MIN_VALUE});
        entry[0]++;
        entry[1] = Math.max(entry[1], day);
        segmenter.add(title);
      }
      if (day != Long.MIN_VALUE) {
        minDay = Math.min(minDay, day);
        maxDay = Math.max(maxDay, day);
      }
      if (visitor.body != null) {
        segmenter.add(lead(visitor.body));
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

  /** The start of a body: its first sentences, up to about {@link #LEAD_CHARS} chars. */
  static String lead(String body) {
    if (body.length() <= LEAD_CHARS) {
      return body;
    }
    int end = LEAD_CHARS;
    while (end < body.length() && end < 2 * LEAD_CHARS && ".!?\n".indexOf(body.charAt(end)) < 0) {
      end++;
    }
    return body.substring(0, end);
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
    Casing casing = casings.get(word);
    String shown = casing != null && casing.capitalized > casing.lower ? casing.form : word;
    return shown.replace('_', ' ');
  }

  private void words(List<Completion> out) throws IOException {
    Map<String, long[]> counts = new HashMap<>();
    for (String field : new String[] {ArticleSchema.BODY, ArticleSchema.TITLE}) {
      Terms terms = MultiTerms.getTerms(reader, field);
      if (terms == null) {
        continue;
      }
      boolean all = articles == reader.maxDoc();
      TermsEnum te = terms.iterator();
      PostingsEnum postings = null;
      for (BytesRef term = te.next(); term != null; term = te.next()) {
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
        }
      }
    }
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

  /** How a word was written inside sentences: capitalized how often, lower-case how often. */
  private static final class Casing {
    String form;
    int capitalized;
    int lower;
  }

  /** Segments headlines and leads into words, counting their phrases and capitals. */
  private final class Segmenter {
    private final VietnameseTokenizer tokenizer =
        new VietnameseTokenizer(
            VietnameseTokenizer.DEFAULT_TOKEN_ATTRIBUTE_FACTORY,
            null,
            VietnameseTokenizer.Mode.WORDS,
            false);
    private final CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
    private final TypeAttribute type = tokenizer.addAttribute(TypeAttribute.class);
    private final int[] run = new int[MAX_PHRASE_WORDS];
    private final boolean[] runStop = new boolean[MAX_PHRASE_WORDS];

    void add(String text) throws IOException {
      tokenizer.setReader(new StringReader(text));
      tokenizer.reset();
      int length = 0; // words of the current run of words, the last ones in run[]
      boolean sentenceStart = true;
      while (tokenizer.incrementToken()) {
        String t = type.type();
        boolean isWord =
            t.equals(VietnameseTokenizer.TYPE_WORD)
                || t.equals(VietnameseTokenizer.TYPE_PROPER_NAME)
                || t.equals(VietnameseTokenizer.TYPE_FOREIGN);
        if (!isWord) {
          length = 0;
          sentenceStart |= t.equals(VietnameseTokenizer.TYPE_PUNCTUATION) && endsSentence();
          continue;
        }
        String cased = term.toString();
        String lower = cased.toLowerCase(Locale.ROOT);
        if (!sentenceStart) {
          Casing casing = casings.computeIfAbsent(lower, w -> new Casing());
          if (cased.equals(lower)) {
            casing.lower++;
          } else {
            casing.capitalized++;
            casing.form = cased;
          }
        }
        sentenceStart = false;
        int id = id(lower);
        System.arraycopy(run, 1, run, 0, MAX_PHRASE_WORDS - 1);
        System.arraycopy(runStop, 1, runStop, 0, MAX_PHRASE_WORDS - 1);
        run[MAX_PHRASE_WORDS - 1] = id;
        runStop[MAX_PHRASE_WORDS - 1] = id == 0 || stopWords.contains(lower);
        length++;
        // the phrases ending with this word: 2 .. MAX_PHRASE_WORDS words, no stop word at an end
        if (runStop[MAX_PHRASE_WORDS - 1]) {
          continue;
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
      tokenizer.end();
      tokenizer.close();
    }

    private boolean endsSentence() {
      String p = term.toString();
      return p.equals(".")
          || p.equals("!")
          || p.equals("?")
          || p.equals(":")
          || p.equals("\"")
          || p.equals("“");
    }

    private int id(String lower) {
      Integer id = ids.get(lower);
      if (id == null) {
        if (words.size() + 1 >= MAX_IDS) {
          return 0; // too many distinct words: this one takes no part in phrases
        }
        words.add(lower);
        id = words.size();
        ids.put(lower, id);
      }
      return id;
    }

    private void addGram(long gram) {
      if (gramCount == grams.length) {
        grams = Arrays.copyOf(grams, grams.length * 2);
      }
      grams[gramCount++] = gram;
    }
  }

  /** Reads the headline, body and day of an article. */
  private static final class Visitor extends StoredFieldVisitor {
    String title;
    String body;
    long day;

    void reset() {
      title = null;
      body = null;
      day = Long.MIN_VALUE;
    }

    @Override
    public Status needsField(FieldInfo field) {
      return switch (field.name) {
        case ArticleSchema.TITLE, ArticleSchema.BODY, ArticleSchema.DATE -> Status.YES;
        default -> Status.NO;
      };
    }

    @Override
    public void stringField(FieldInfo field, String value) {
      if (field.name.equals(ArticleSchema.TITLE)) {
        title = value;
      } else if (field.name.equals(ArticleSchema.BODY)) {
        body = value;
      }
    }

    @Override
    public void longField(FieldInfo field, long value) {
      if (field.name.equals(ArticleSchema.DATE)) {
        day = value / 86_400_000L;
      }
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
