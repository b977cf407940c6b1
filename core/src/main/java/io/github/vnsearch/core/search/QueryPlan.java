package io.github.vnsearch.core.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CombinedFieldQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * A query analyzed once, ready to become Lucene queries: the strict one users get first and the
 * relaxed one to fall back on when the strict one finds nothing. Made by {@link
 * VietnameseQueryParser#plan}; never runs a search.
 *
 * <p>Each word of the query becomes one <em>unit</em>: a disjunction over every field pair of the
 * word's exact term, its syllables as a phrase (the text may have segmented them otherwise), and
 * its folded term on the accent-insensitive twin. Exact matches weigh {@value #EXACT_BOOST}× the
 * folded ones. When the word's diacritics were restored by the parser rather than typed, or it has
 * none, its folded syllables side by side match too, and a restored word's exact forms only rank,
 * at a lower weight; a word typed with its marks never matches other syllables that fold alike.
 *
 * <p>Plain words (no operator) must all match when there are at most {@value #ALL_WORDS_UP_TO} of
 * them; a longer query matches documents that have enough of its words, a number that grows with
 * its length (see {@link #minimumShouldMatch}), and ranks them by how many and how rare the words
 * they have are, by the query's syllables they have, and by neighbouring query words found near
 * each other. The relaxed query needs any one word. Quoted phrases, {@code +must}, {@code -mustNot}
 * and field prefixes keep their meaning in both.
 */
public final class QueryPlan {

  /** Weight of a match on an exact (diacritic) field relative to a folded one. */
  public static final float EXACT_BOOST = 1.5f;

  /** Queries with at most this many plain words need all of them. */
  public static final int ALL_WORDS_UP_TO = 2;

  /** Longer queries need one word in this many (rounded up). */
  public static final int WORDS_PER_REQUIRED = 5;

  /** Weight of a word's syllables as a phrase, relative to the word itself. */
  static final float PHRASE_WEIGHT = 0.5f;

  /** Weight of the exact form of a restored word, relative to a typed one. */
  static final float RESTORED_WEIGHT = 0.5f;

  /** Weight of a document having only some syllables of a word (long queries). */
  static final float BAG_WEIGHT = 1.5f;

  /** Weight of the query's folded syllables found anywhere in a document (long queries). */
  static final float SYLLABLE_WEIGHT = 0.4f;

  /** Weight of two neighbouring query words found near each other. */
  static final float PAIR_WEIGHT = 0.5f;

  /** How far apart (in positions) neighbouring query words may be for {@link #PAIR_WEIGHT}. */
  static final int PAIR_SLOP = 3;

  static final float TIE_BREAKER = 0.1f;

  /** One word of the query: its exact term (syllables joined by {@code _}) and folded term. */
  record Word(String exact, String folded, boolean restored, int positionIncrement) {
    String[] syllables() {
      return exact.split("_");
    }

    String[] foldedSyllables() {
      return folded.split("_");
    }
  }

  /** How a clause takes part. */
  enum Occur {
    /** A plain word of the query, counted towards the minimum to match. */
    WORD,
    /**
     * Required: a quoted phrase or a field-prefixed word without operator. The relaxed query makes
     * it optional, ranking documents that have it first.
     */
    REQUIRED,
    /** Required in every query ({@code +word}, {@code +"phrase"}). */
    MUST,
    /** Excluded ({@code -word}). */
    MUST_NOT
  }

  /**
   * One clause: a plain word, or an operator item (its words all required, or a phrase).
   *
   * @param pairs the field pairs it searches
   */
  record Clause(Occur occur, List<QueryFields.Pair> pairs, boolean phrase, List<Word> words) {}

  private final List<List<Clause>> groups;
  private final String restored;
  private final String matchNothingReason;

  QueryPlan(List<List<Clause>> groups, String restored, String matchNothingReason) {
    this.groups = groups;
    this.restored = restored;
    this.matchNothingReason = matchNothingReason;
  }

  /**
   * The query with its diacritics restored, when the parser restored them (an unaccented query and
   * restoration on), else {@code null}.
   */
  public String restored() {
    return restored;
  }

  /** The query: all plain words required for short queries, enough of them for long ones. */
  public Query query() {
    return build(false);
  }

  /**
   * True when {@link #relaxedQuery()} can match documents that {@link #query()} does not: some
   * group requires more than one plain word.
   */
  public boolean relaxable() {
    if (groups == null) {
      return false;
    }
    for (List<Clause> group : groups) {
      if (count(group, Occur.WORD) > 1 || count(group, Occur.REQUIRED) > 0) {
        return true;
      }
    }
    return false;
  }

  /** The query with any one plain word enough, for when {@link #query()} finds nothing. */
  public Query relaxedQuery() {
    return build(true);
  }

  /**
   * What snippets of {@code field} mark in hits of {@link #query()}, or of {@link #relaxedQuery()}
   * when {@code relaxed}: the same query with only its clauses on {@code field} and its folded
   * twin, each of them optional, and without its excluded words. In a hit, every clause that
   * matches is marked whatever the query's structure, so a highlighter marks the same words (and,
   * keeping the structure, chooses the same passages) as with the query itself, without computing
   * for each hit the matches of other fields and of excluded words.
   *
   * @param field an exact field of the plan's {@link QueryFields}; any other field is taken alone
   */
  public Query highlightQuery(String field, boolean relaxed) {
    Set<String> fields = Set.of(field);
    for (QueryFields.Pair pair : pairs()) {
      if (pair.exact().equals(field)) {
        fields = Set.of(pair.exact(), pair.folded());
      }
    }
    Query pruned = prune(build(relaxed), fields);
    return pruned == null ? new BooleanQuery.Builder().build() : pruned;
  }

  /**
   * {@code q} with only its term and phrase queries on {@code fields}, every remaining clause
   * optional and prohibited ones dropped; null when nothing remains.
   */
  private static Query prune(Query q, Set<String> fields) {
    if (q instanceof BoostQuery bq) {
      Query inner = prune(bq.getQuery(), fields);
      return inner == null ? null : new BoostQuery(inner, bq.getBoost());
    }
    if (q instanceof DisjunctionMaxQuery dq) {
      List<Query> kept = new ArrayList<>();
      for (Query d : dq.getDisjuncts()) {
        Query p = prune(d, fields);
        if (p != null) {
          kept.add(p);
        }
      }
      return kept.isEmpty() ? null : new DisjunctionMaxQuery(kept, dq.getTieBreakerMultiplier());
    }
    if (q instanceof BooleanQuery bq) {
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      int n = 0;
      for (BooleanClause c : bq.clauses()) {
        if (c.occur() == BooleanClause.Occur.MUST_NOT) {
          continue;
        }
        Query p = prune(c.query(), fields);
        if (p != null) {
          b.add(p, BooleanClause.Occur.SHOULD);
          n++;
        }
      }
      return n == 0 ? null : b.build();
    }
    if (q instanceof TermQuery tq) {
      return fields.contains(tq.getTerm().field()) ? q : null;
    }
    if (q instanceof PhraseQuery pq) {
      return fields.contains(pq.getField()) ? q : null;
    }
    return null;
  }

  /** The field pairs of the plan's clauses, in order of first use. */
  private Set<QueryFields.Pair> pairs() {
    Set<QueryFields.Pair> pairs = new LinkedHashSet<>();
    if (groups != null) {
      for (List<Clause> group : groups) {
        for (Clause clause : group) {
          pairs.addAll(clause.pairs());
        }
      }
    }
    return pairs;
  }

  /** How many of {@code n} plain words a document must have. */
  static int minimumShouldMatch(int n) {
    if (n <= ALL_WORDS_UP_TO) {
      return n;
    }
    if (n > VietnameseQueryParser.LONG_QUERY_WORDS) {
      return 1;
    }
    return (n + WORDS_PER_REQUIRED - 1) / WORDS_PER_REQUIRED;
  }

  private Query build(boolean relaxed) {
    if (groups == null) {
      return new MatchAllDocsQuery();
    }
    List<Query> built = new ArrayList<>();
    for (List<Clause> group : groups) {
      Query q = group(group, relaxed);
      if (q != null) {
        built.add(q);
      }
    }
    if (built.isEmpty()) {
      return new MatchNoDocsQuery(matchNothingReason);
    }
    if (built.size() == 1) {
      return built.get(0);
    }
    BooleanQuery.Builder or = new BooleanQuery.Builder();
    for (Query q : built) {
      or.add(q, BooleanClause.Occur.SHOULD);
    }
    return or.build();
  }

  private static int count(List<Clause> group, Occur occur) {
    int n = 0;
    for (Clause clause : group) {
      if (clause.occur() == occur) {
        n++;
      }
    }
    return n;
  }

  private static Query group(List<Clause> group, boolean relaxed) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    BooleanQuery.Builder words = new BooleanQuery.Builder();
    int wordCount = count(group, Occur.WORD);
    int minimum = relaxed ? 1 : minimumShouldMatch(wordCount);
    // Partial matches of words only count in a query that nothing else narrows: with a +must or
    // a phrase, the plain words rank what those matched, and the extra clauses cost more than they
    // tell (QueryBenchmark's boolean query: p50 4.2 -> 9.8 ms with them).
    boolean narrowed = count(group, Occur.MUST) + count(group, Occur.REQUIRED) > 0;
    boolean bag = minimum < wordCount && !narrowed;
    boolean positive = false;
    for (Clause clause : group) {
      switch (clause.occur()) {
        case WORD -> {
          words.add(unit(clause.pairs(), clause.words().get(0), bag), BooleanClause.Occur.SHOULD);
        }
        case MUST -> {
          b.add(item(clause), BooleanClause.Occur.MUST);
          positive = true;
        }
        case REQUIRED -> {
          if (relaxed) {
            // optional now: its words count like plain ones, the phrase itself ranks higher
            if (clause.phrase()) {
              words.add(item(clause), BooleanClause.Occur.SHOULD);
            }
            for (Word word : clause.words()) {
              words.add(unit(clause.pairs(), word, bag), BooleanClause.Occur.SHOULD);
            }
            wordCount++;
          } else {
            b.add(item(clause), BooleanClause.Occur.MUST);
            positive = true;
          }
        }
        case MUST_NOT -> b.add(item(clause), BooleanClause.Occur.MUST_NOT);
      }
    }
    if (!narrowed) {
      addNeighbourPairs(group, b);
    }
    if (bag) {
      addSyllables(group, b);
    }
    if (wordCount > 0) {
      words.setMinimumNumberShouldMatch(minimum);
      b.add(words.build(), BooleanClause.Occur.MUST);
      positive = true;
    }
    if (group.isEmpty()) {
      return null;
    }
    if (!positive) {
      b.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
    }
    return b.build();
  }

  /**
   * Rewards documents where neighbouring plain words of the query stand near each other (within
   * {@value #PAIR_SLOP} positions, in order): a headline or question shares more than its words
   * with the text it is about.
   */
  private static void addNeighbourPairs(List<Clause> group, BooleanQuery.Builder b) {
    Word previous = null;
    for (Clause clause : group) {
      if (clause.occur() != Occur.WORD) {
        continue;
      }
      Word word = clause.words().get(0);
      if (previous != null) {
        List<Query> near = new ArrayList<>();
        for (QueryFields.Pair pair : clause.pairs()) {
          Query q = sequence(pair.folded(), List.of(previous, word), true, PAIR_SLOP);
          near.add(boost(q, pair.weight() * PAIR_WEIGHT));
        }
        b.add(new DisjunctionMaxQuery(near, TIE_BREAKER), BooleanClause.Occur.SHOULD);
      }
      previous = word;
    }
  }

  /**
   * Ranks the documents of a long query by the folded syllables of its plain words they have,
   * wherever they stand: a headline or a question shares syllables with its text beyond the words
   * it shares, and a word segmented or written otherwise still counts by its syllables. Each
   * syllable is scored once over the folded fields together ({@link CombinedFieldQuery}, BM25F; the
   * folded fields must all have norms, as text fields do), not once per field.
   */
  private static void addSyllables(List<Clause> group, BooleanQuery.Builder b) {
    Set<String> syllables = new LinkedHashSet<>();
    List<QueryFields.Pair> pairs = List.of();
    for (Clause clause : group) {
      if (clause.occur() == Occur.WORD) {
        syllables.addAll(Arrays.asList(clause.words().get(0).foldedSyllables()));
        pairs = clause.pairs();
      }
    }
    // CombinedFieldQuery takes weights >= 1: the lightest field weighs 1, the whole clause the rest
    float lightest = Float.MAX_VALUE;
    for (QueryFields.Pair pair : pairs) {
      lightest = Math.min(lightest, pair.weight());
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String syllable : syllables) {
      CombinedFieldQuery.Builder fields = new CombinedFieldQuery.Builder(syllable);
      for (QueryFields.Pair pair : pairs) {
        fields.addField(pair.folded(), pair.weight() / lightest);
      }
      any.add(fields.build(), BooleanClause.Occur.SHOULD);
    }
    b.add(boost(any.build(), SYLLABLE_WEIGHT * lightest), BooleanClause.Occur.SHOULD);
  }

  /** An operator item: all its words required, or its words as one phrase. */
  private static Query item(Clause clause) {
    if (clause.phrase()) {
      return phrase(clause.pairs(), clause.words());
    }
    if (clause.words().size() == 1) {
      return unit(clause.pairs(), clause.words().get(0), false);
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (Word word : clause.words()) {
      b.add(unit(clause.pairs(), word, false), BooleanClause.Occur.MUST);
    }
    return b.build();
  }

  /**
   * One word over every field pair (see the class description); with {@code bag}, a multi-syllable
   * word also matches, weakly, a document that has only some of its syllables.
   */
  static Query unit(List<QueryFields.Pair> pairs, Word word, boolean bag) {
    List<Query> disjuncts = new ArrayList<>();
    String[] syllables = word.syllables();
    String[] folded = word.foldedSyllables();
    float exactWeight = EXACT_BOOST * (word.restored() ? RESTORED_WEIGHT : 1f);
    for (QueryFields.Pair pair : pairs) {
      float w = pair.weight();
      if (!word.restored() || syllables.length == 1) {
        disjuncts.add(boost(new TermQuery(new Term(pair.exact(), word.exact())), exactWeight * w));
      }
      disjuncts.add(boost(new TermQuery(new Term(pair.folded(), word.folded())), w));
      if (syllables.length > 1) {
        if (!word.restored()) {
          disjuncts.add(
              boost(new PhraseQuery(pair.exact(), syllables), exactWeight * w * PHRASE_WEIGHT));
        }
        // a word typed with its marks is not any syllables that fold alike ("đàm phán" is not
        // "đảm phần"); its folded syllables side by side also cost a positions check over two
        // common folded syllables in every document that has both
        if (word.restored() || Arrays.equals(syllables, folded)) {
          disjuncts.add(boost(new PhraseQuery(pair.folded(), folded), w * PHRASE_WEIGHT));
        }
        if (bag) {
          BooleanQuery.Builder syllableBag = new BooleanQuery.Builder();
          for (String syllable : folded) {
            syllableBag.add(
                new TermQuery(new Term(pair.folded(), syllable)), BooleanClause.Occur.SHOULD);
          }
          disjuncts.add(boost(syllableBag.build(), w * BAG_WEIGHT / folded.length));
        }
      }
    }
    Query matching = new DisjunctionMaxQuery(disjuncts, TIE_BREAKER);
    if (!word.restored() || syllables.length == 1) {
      return matching;
    }
    // A restored word: the folded forms decide the match, the exact word only ranks.
    List<Query> exact = new ArrayList<>();
    for (QueryFields.Pair pair : pairs) {
      float w = pair.weight();
      exact.add(boost(new TermQuery(new Term(pair.exact(), word.exact())), exactWeight * w));
      exact.add(boost(new PhraseQuery(pair.exact(), syllables), exactWeight * w * PHRASE_WEIGHT));
    }
    return new BooleanQuery.Builder()
        .add(matching, BooleanClause.Occur.MUST)
        .add(new DisjunctionMaxQuery(exact, TIE_BREAKER), BooleanClause.Occur.SHOULD)
        .build();
  }

  /** Words as one sequence of syllables, exact and folded. */
  private static Query phrase(List<QueryFields.Pair> pairs, List<Word> words) {
    if (words.size() == 1 && words.get(0).syllables().length == 1) {
      return unit(pairs, words.get(0), false);
    }
    List<Query> disjuncts = new ArrayList<>();
    for (QueryFields.Pair pair : pairs) {
      disjuncts.add(boost(sequence(pair.exact(), words, false), EXACT_BOOST * pair.weight()));
      disjuncts.add(boost(sequence(pair.folded(), words, true), pair.weight()));
    }
    return new DisjunctionMaxQuery(disjuncts, TIE_BREAKER);
  }

  private static Query sequence(String field, List<Word> words, boolean folded) {
    return sequence(field, words, folded, 0);
  }

  private static Query sequence(String field, List<Word> words, boolean folded, int slop) {
    PhraseQuery.Builder pb = new PhraseQuery.Builder();
    pb.setSlop(slop);
    int pos = -1;
    int previousLength = 1;
    for (int i = 0; i < words.size(); i++) {
      Word word = words.get(i);
      pos += i == 0 ? 1 : previousLength + word.positionIncrement() - 1;
      String[] syllables = folded ? word.foldedSyllables() : word.syllables();
      for (int s = 0; s < syllables.length; s++) {
        pb.add(new Term(field, syllables[s]), pos + s);
      }
      previousLength = syllables.length;
    }
    return pb.build();
  }

  private static Query boost(Query q, float boost) {
    return boost == 1f ? q : new BoostQuery(q, boost);
  }
}
