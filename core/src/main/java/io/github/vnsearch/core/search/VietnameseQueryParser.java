package io.github.vnsearch.core.search;

import io.github.vnsearch.analysis.vi.VietnameseFoldingFilter;
import io.github.vnsearch.core.index.ArticleSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns what a user types into a Lucene query over the exact and the accent-insensitive fields of
 * {@link ArticleSchema}, ranking exact-diacritic matches above folded ones.
 *
 * <p>Syntax: words (all required), {@code "quoted phrases"}, {@code +must}, {@code -mustNot} (also
 * {@code NOT}), {@code a OR b} between groups, and {@code title:} / {@code body:} before a word or
 * phrase. Operators bind to one whitespace-separated word or one quoted phrase: write {@code +"đàm
 * phán"}, not {@code +đàm phán}. The parser never throws: unbalanced quotes end at the end of the
 * input, lone operators are ignored, blank input matches every article.
 *
 * <p><b>Why a small lexer of our own, not the classic {@code QueryParser} or {@code
 * SimpleQueryParser}?</b> Both cut the input at whitespace before analysis, so {@code đàm phán}
 * reaches the analyzer as two syllables and never as the word {@code đàm_phán}; and the classic
 * parser rejects half the inputs people paste. Here only the operators are lexed; each run of plain
 * words is analyzed as one text by the query analyzer ({@code WORDS} mode), so the segmenter sees
 * the whole phrase and multi-syllable words become single terms.
 *
 * <p>Each analyzed word becomes a {@link DisjunctionMaxQuery} over {@code title} (weight ×{@value
 * #TITLE_BOOST}), {@code body} (exact term, weight ×{@value #EXACT_BOOST}) and their folded twins
 * (folded term, weight 1), so an article with the exact diacritics outranks one that only matches
 * after folding. Adjacent single-syllable terms (what an unaccented query such as {@code dam phan}
 * turns into, since the segmenter cannot recognize words without their marks) are also tried joined
 * as one folded word ({@code dam_phan}), an optional, strongly weighted clause that rewards the
 * articles where they form a word: without it, {@code dam phan} ranks any article with {@code Phan}
 * in a short title above those about {@code đàm phán}. Phrases are matched as syllable sequences,
 * which the {@code MIXED} index analysis always contains whatever the segmentation of the article.
 *
 * <p>Long input (a pasted paragraph) would exceed {@link IndexSearcher#getMaxClauseCount()}: once
 * the text has more than {@value #LONG_QUERY_TERMS} distinct terms, words are deduplicated, no
 * longer all required, and only the most selective ones (lowest document frequency when a reader is
 * given, else the first ones) are kept within the clause budget, like {@code MoreLikeThis}.
 */
public final class VietnameseQueryParser {

  /** Weight of a match on an exact (diacritic) field relative to a folded one. */
  public static final float EXACT_BOOST = 2f;

  /** Weight of a title match relative to a body match. */
  public static final float TITLE_BOOST = 1.5f;

  /** Above this many distinct terms a query is treated as pasted text (see class doc). */
  public static final int LONG_QUERY_TERMS = 32;

  private static final float JOIN_BOOST = 4f;
  private static final float TIE_BREAKER = 0.1f;
  private static final List<String> FIELD_PREFIXES = List.of("title", "body");

  private final Analyzer analyzer;

  /** A parser using {@link ArticleSchema#queryAnalyzer()}. */
  public VietnameseQueryParser() {
    this(ArticleSchema.queryAnalyzer());
  }

  /**
   * A parser analyzing with {@code analyzer}, which must produce for field {@link
   * ArticleSchema#BODY} the exact terms of the index (folded terms are derived by {@link
   * VietnameseFoldingFilter#fold(CharSequence)}).
   */
  public VietnameseQueryParser(Analyzer analyzer) {
    this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
  }

  /** Parses {@code text}; see {@link #parse(String, IndexReader)}. */
  public Query parse(String text) {
    return parse(text, null);
  }

  /**
   * Parses {@code text} into a query; never throws for any input.
   *
   * <p>With a {@code reader}, a query whose words are not all in any one article is relaxed: its
   * plain words are then optional (at least one must match) and BM25 ranks articles by how many and
   * how rare the words they contain are. A question typed in natural language ({@code Đội nào đã
   * thắng giải năm 2015?}) rarely has all its words in the article that answers it; strict
   * all-words matching would answer it with nothing. Quoted phrases, {@code +must}, {@code
   * -mustNot} and field prefixes keep their meaning.
   *
   * @param reader used to relax queries that match nothing and to choose the most selective terms
   *     of very long queries; may be null
   */
  public Query parse(String text, IndexReader reader) {
    Query strict = parse(text, reader, false);
    if (reader != null && matchesNothing(strict, reader)) {
      return parse(text, reader, true);
    }
    return strict;
  }

  private static boolean matchesNothing(Query query, IndexReader reader) {
    if (query instanceof MatchAllDocsQuery || query instanceof MatchNoDocsQuery) {
      return false;
    }
    try {
      return new IndexSearcher(reader).count(query) == 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** With {@code relaxed}, plain words are optional instead of all required. */
  private Query parse(String text, IndexReader reader, boolean relaxed) {
    if (text == null || text.isBlank()) {
      return new MatchAllDocsQuery();
    }
    List<QueryLexer.Item> items = QueryLexer.lex(text, FIELD_PREFIXES);
    List<List<QueryLexer.Item>> groups = new ArrayList<>();
    groups.add(new ArrayList<>());
    for (QueryLexer.Item item : items) {
      if (item.isOr()) {
        if (!groups.getLast().isEmpty()) {
          groups.add(new ArrayList<>());
        }
      } else {
        groups.getLast().add(item);
      }
    }
    groups.removeIf(List::isEmpty);
    boolean longQuery = countTerms(items) > LONG_QUERY_TERMS;
    List<Query> built = new ArrayList<>();
    for (List<QueryLexer.Item> group : groups) {
      Query q = group(group, longQuery, reader, relaxed);
      if (q != null) {
        built.add(q);
      }
    }
    if (built.isEmpty()) {
      return new MatchNoDocsQuery("no searchable words in: " + text);
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

  private Query group(
      List<QueryLexer.Item> items, boolean longQuery, IndexReader reader, boolean relaxed) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    boolean positive = false;
    boolean any = false;
    StringBuilder run = new StringBuilder();
    List<String> runTerms = new ArrayList<>();
    for (int i = 0; i <= items.size(); i++) {
      QueryLexer.Item item = i < items.size() ? items.get(i) : null;
      boolean plain =
          item != null
              && !item.phrase()
              && item.field() == null
              && item.occur() == QueryLexer.Occur.DEFAULT;
      if (plain) {
        run.append(item.text()).append(' ');
        continue;
      }
      if (!run.isEmpty()) {
        runTerms.addAll(terms(run.toString()));
        run.setLength(0);
      }
      if (item == null) {
        break;
      }
      Query q;
      if (item.phrase()) {
        q = phrase(item.text(), item.field());
      } else {
        List<String> terms = terms(item.text());
        q = terms.isEmpty() ? null : words(terms, item.field(), BooleanClause.Occur.MUST, false);
      }
      if (q == null) {
        continue;
      }
      any = true;
      switch (item.occur()) {
        case MUST_NOT -> b.add(q, BooleanClause.Occur.MUST_NOT);
        case MUST -> {
          b.add(q, BooleanClause.Occur.MUST);
          positive = true;
        }
        default -> {
          b.add(q, longQuery ? BooleanClause.Occur.SHOULD : BooleanClause.Occur.MUST);
          positive = true;
        }
      }
    }
    if (!runTerms.isEmpty()) {
      Query q;
      if (longQuery) {
        q = words(selectTerms(runTerms, reader), null, BooleanClause.Occur.SHOULD, false);
      } else {
        q =
            words(
                runTerms,
                null,
                relaxed ? BooleanClause.Occur.SHOULD : BooleanClause.Occur.MUST,
                true);
      }
      b.add(q, longQuery ? BooleanClause.Occur.SHOULD : BooleanClause.Occur.MUST);
      positive = true;
      any = true;
    }
    if (!any) {
      return null;
    }
    if (!positive) {
      b.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
    }
    return b.build();
  }

  /** One clause per term, each over exact and folded fields; optional joins of syllable pairs. */
  private Query words(
      List<String> terms, String field, BooleanClause.Occur occur, boolean joinSyllables) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String t : new LinkedHashSet<>(terms)) {
      b.add(acrossFields(field, f -> new TermQuery(new Term(f, t)), t, joinSyllables), occur);
    }
    if (joinSyllables) {
      for (int i = 0; i + 1 < terms.size(); i++) {
        String a = terms.get(i);
        String c = terms.get(i + 1);
        if (a.indexOf('_') < 0 && c.indexOf('_') < 0) {
          String joined = VietnameseFoldingFilter.fold(a + "_" + c);
          List<Query> disjuncts = new ArrayList<>();
          for (String f : folded(field)) {
            disjuncts.add(new BoostQuery(new TermQuery(new Term(f, joined)), fieldBoost(f)));
          }
          b.add(
              new BoostQuery(new DisjunctionMaxQuery(disjuncts, TIE_BREAKER), JOIN_BOOST),
              BooleanClause.Occur.SHOULD);
        }
      }
    }
    return b.build();
  }

  /** A quoted phrase as a sequence of syllables, exact and folded. */
  private Query phrase(String text, String field) {
    List<String[]> tokens = new ArrayList<>();
    List<Integer> increments = new ArrayList<>();
    analyze(
        text,
        (term, posInc) -> {
          tokens.add(term.split("_"));
          increments.add(posInc);
        });
    if (tokens.isEmpty()) {
      return null;
    }
    if (tokens.size() == 1 && tokens.get(0).length == 1) {
      String t = tokens.get(0)[0];
      return acrossFields(field, f -> new TermQuery(new Term(f, t)), t, false);
    }
    return acrossFields(
        field,
        f -> {
          boolean fold = f.endsWith("_folded");
          PhraseQuery.Builder pb = new PhraseQuery.Builder();
          int pos = -1;
          int previousLength = 1;
          for (int i = 0; i < tokens.size(); i++) {
            pos += i == 0 ? 1 : previousLength + increments.get(i) - 1;
            String[] syllables = tokens.get(i);
            for (int s = 0; s < syllables.length; s++) {
              String term = fold ? VietnameseFoldingFilter.fold(syllables[s]) : syllables[s];
              pb.add(new Term(f, term), pos + s);
            }
            previousLength = syllables.length;
          }
          return pb.build();
        },
        null,
        false);
  }

  /**
   * Dismax over title/body (exact) and their folded twins. {@code make} builds the query for a
   * field. When {@code term} is given, folded fields search its folded form instead, and with
   * {@code syllablePhrase} a multi-syllable term also matches its folded syllables as a phrase:
   * that finds text typed without diacritics, where the segmenter could not join the syllables into
   * the word ({@code ban be} for {@code bạn_bè}).
   */
  private static Query acrossFields(
      String field,
      java.util.function.Function<String, Query> make,
      String term,
      boolean syllablePhrase) {
    List<Query> disjuncts = new ArrayList<>();
    for (String f : exact(field)) {
      disjuncts.add(new BoostQuery(make.apply(f), EXACT_BOOST * fieldBoost(f)));
    }
    for (String f : folded(field)) {
      Query q;
      if (term == null) {
        q = make.apply(f);
      } else {
        String foldedTerm = VietnameseFoldingFilter.fold(term);
        q = new TermQuery(new Term(f, foldedTerm));
        String[] syllables = foldedTerm.split("_");
        if (syllablePhrase && syllables.length > 1) {
          q =
              new BooleanQuery.Builder()
                  .add(q, BooleanClause.Occur.SHOULD)
                  .add(new PhraseQuery(f, syllables), BooleanClause.Occur.SHOULD)
                  .build();
        }
      }
      disjuncts.add(new BoostQuery(q, fieldBoost(f)));
    }
    return new DisjunctionMaxQuery(disjuncts, TIE_BREAKER);
  }

  private static float fieldBoost(String f) {
    return f.startsWith(ArticleSchema.TITLE) ? TITLE_BOOST : 1f;
  }

  private static List<String> exact(String field) {
    if (field == null) {
      return List.of(ArticleSchema.TITLE, ArticleSchema.BODY);
    }
    return List.of(field.equals("title") ? ArticleSchema.TITLE : ArticleSchema.BODY);
  }

  private static List<String> folded(String field) {
    if (field == null) {
      return List.of(ArticleSchema.TITLE_FOLDED, ArticleSchema.BODY_FOLDED);
    }
    return List.of(field.equals("title") ? ArticleSchema.TITLE_FOLDED : ArticleSchema.BODY_FOLDED);
  }

  /** The most selective distinct terms that fit the clause budget. */
  private static List<String> selectTerms(List<String> terms, IndexReader reader) {
    List<String> distinct = new ArrayList<>(new LinkedHashSet<>(terms));
    int budget = Math.max(8, Math.min(256, IndexSearcher.getMaxClauseCount() / 4 - 16));
    if (distinct.size() <= budget) {
      return distinct;
    }
    if (reader != null) {
      List<long[]> freq = new ArrayList<>();
      for (int i = 0; i < distinct.size(); i++) {
        try {
          long df = reader.docFreq(new Term(ArticleSchema.BODY, distinct.get(i)));
          freq.add(new long[] {df == 0 ? Long.MAX_VALUE : df, i});
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      freq.sort(Comparator.comparingLong((long[] a) -> a[0]).thenComparingLong(a -> a[1]));
      List<String> chosen = new ArrayList<>();
      for (int i = 0; i < budget; i++) {
        chosen.add(distinct.get((int) freq.get(i)[1]));
      }
      return chosen;
    }
    return distinct.subList(0, budget);
  }

  private int countTerms(List<QueryLexer.Item> items) {
    LinkedHashSet<String> all = new LinkedHashSet<>();
    for (QueryLexer.Item item : items) {
      if (!item.isOr()) {
        all.addAll(terms(item.text()));
        if (all.size() > LONG_QUERY_TERMS) {
          break;
        }
      }
    }
    return all.size();
  }

  private List<String> terms(String text) {
    List<String> out = new ArrayList<>();
    analyze(text, (term, posInc) -> out.add(term));
    return out;
  }

  private interface TermConsumer {
    void accept(String term, int positionIncrement);
  }

  private void analyze(String text, TermConsumer consumer) {
    try (TokenStream ts = analyzer.tokenStream(ArticleSchema.BODY, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute posInc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (posInc.getPositionIncrement() > 0 && term.length() > 0) {
          consumer.accept(term.toString(), posInc.getPositionIncrement());
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // cannot happen on a String
    }
  }
}
