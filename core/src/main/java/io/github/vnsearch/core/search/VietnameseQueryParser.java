package io.github.vnsearch.core.search;

import io.github.vnsearch.analysis.vi.VietnameseAnalyzer;
import io.github.vnsearch.analysis.vi.VietnameseFoldingFilter;
import io.github.vnsearch.restore.DiacriticRestorer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * Turns what a user types into a {@link QueryPlan} over the exact and accent-insensitive fields of
 * a {@link QueryFields} specification, and from it into Lucene queries.
 *
 * <p>Syntax: words, {@code "quoted phrases"}, {@code +must}, {@code -mustNot} (also {@code NOT}),
 * {@code a OR b} between groups, and a field prefix ({@code title:}) before a word or phrase.
 * Operators bind to one whitespace-separated word or one quoted phrase: write {@code +"đàm phán"},
 * not {@code +đàm phán}. The parser never throws: unbalanced quotes end at the end of the input,
 * lone operators are ignored, blank input matches every document, and any input stays within {@link
 * IndexSearcher#getMaxClauseCount()}.
 *
 * <p><b>Why a small lexer of our own, not the classic {@code QueryParser} or {@code
 * SimpleQueryParser}?</b> Both cut the input at whitespace before analysis, so {@code đàm phán}
 * reaches the analyzer as two syllables and never as the word {@code đàm_phán}; and the classic
 * parser rejects half the inputs people paste. Here only the operators are lexed; the plain words
 * are analyzed as one text by the query analyzer ({@code WORDS} mode), so the segmenter sees the
 * whole phrase and multi-syllable words become single terms.
 *
 * <p><b>Unaccented queries.</b> When asked to, and when the query is mostly typed without
 * diacritics ({@code dam phan hoa binh}), the parser restores them once ({@link DiacriticRestorer})
 * and segments the restored text ({@code đàm_phán hòa_bình}). Each restored word then matches as
 * its folded syllables, adjacent ({@code dam phan}, never {@code dam} here and {@code phan} there),
 * and ranks higher where the text has the restored spelling.
 *
 * <p>The text is analyzed once; the plan builds the strict and relaxed queries and never runs a
 * search. A very long query (pasted text) keeps the most selective words that fit the clause
 * budget: the rarest in the index when a reader is given, else the first ones.
 *
 * <p><b>Any schema.</b> The parser knows nothing of articles: it searches the field pairs it is
 * given, so an application with its own Lucene documents gets the same queries as {@link
 * ArticleSearcher} (which uses {@link ArticleSearcher#QUERY_FIELDS}) by naming its fields and
 * indexing them with {@link QueryFields#indexAnalyzer()} (or analyzers configured alike):
 *
 * <pre>{@code
 * QueryFields fields = QueryFields.builder()
 *     .add("name", "name_folded", 2f)
 *     .add("description", "description_folded", 1f)
 *     .build();
 * QueryPlan plan = new VietnameseQueryParser(fields).plan("noi com dien", true, reader);
 * TopDocs top = searcher.search(plan.query(), 10);
 * if (top.totalHits.value() == 0 && plan.relaxable()) {
 *   top = searcher.search(plan.relaxedQuery(), 10); // what ArticleSearcher does next
 * }
 * }</pre>
 */
public final class VietnameseQueryParser {

  /** Above this many distinct plain words a query is treated as pasted text: any word matches. */
  public static final int LONG_QUERY_WORDS = 32;

  private final Analyzer analyzer;
  private final QueryFields fields;
  private final DiacriticRestorer restorer;

  /**
   * A parser for fields indexed with {@link QueryFields#indexAnalyzer()}: queries are analyzed by a
   * {@link VietnameseAnalyzer} in {@code WORDS} mode with the bundled dictionary and stop words,
   * and unaccented ones restored by the bundled {@link DiacriticRestorer}.
   *
   * @param fields the field pairs to search
   */
  public VietnameseQueryParser(QueryFields fields) {
    this(DefaultAnalyzers.WORDS, fields, null);
  }

  /**
   * A parser with its own query analyzer and restorer, for fields analyzed otherwise than by {@link
   * QueryFields#indexAnalyzer()} (a user dictionary, other stop words).
   *
   * @param analyzer makes, for the first exact field of {@code fields}, the exact terms of the
   *     index in {@code WORDS} mode, as the exact fields were indexed (folded terms are derived by
   *     {@link VietnameseFoldingFilter#fold(CharSequence)})
   * @param fields the field pairs to search
   * @param restorer restores unaccented queries; {@code null} for the bundled one, loaded when
   *     first needed
   */
  public VietnameseQueryParser(Analyzer analyzer, QueryFields fields, DiacriticRestorer restorer) {
    this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    this.fields = Objects.requireNonNull(fields, "fields");
    this.restorer = restorer;
  }

  /** The fields this parser searches. */
  public QueryFields fields() {
    return fields;
  }

  /** The strict query for {@code text}, without restoration; see {@link #plan}. */
  public Query parse(String text) {
    return plan(text, false, null).query();
  }

  /**
   * Analyzes {@code text} into a plan. Never throws for any input.
   *
   * @param restore whether to restore the diacritics of a query typed mostly without them
   * @param reader chooses the most selective words of very long queries; may be null
   */
  public QueryPlan plan(String text, boolean restore, IndexReader reader) {
    if (text == null || text.isBlank()) {
      return new QueryPlan(null, null, null);
    }
    String restored = null;
    if (restore) {
      DiacriticRestorer r = restorer != null ? restorer : DiacriticRestorer.getDefault();
      restored = r.restoreIfMostlyUnaccented(text);
      if (restored != null && (restored.length() != text.length() || restored.equals(text))) {
        restored = null;
      }
    }
    List<QueryLexer.Item> items = QueryLexer.lex(text, fields.prefixes());
    List<List<QueryPlan.Clause>> groups = new ArrayList<>();
    List<QueryLexer.Item> group = new ArrayList<>();
    for (QueryLexer.Item item : items) {
      if (item.isOr()) {
        if (!group.isEmpty()) {
          groups.add(group(group, text, restored));
          group = new ArrayList<>();
        }
      } else {
        group.add(item);
      }
    }
    if (!group.isEmpty()) {
      groups.add(group(group, text, restored));
    }
    groups.removeIf(List::isEmpty);
    fitBudget(groups, reader);
    return new QueryPlan(groups, restored, "no searchable words in: " + text);
  }

  private List<QueryPlan.Clause> group(List<QueryLexer.Item> items, String typed, String restored) {
    List<QueryPlan.Clause> clauses = new ArrayList<>();
    StringBuilder runTyped = new StringBuilder();
    StringBuilder runText = new StringBuilder();
    for (QueryLexer.Item item : items) {
      String text = span(item, restored);
      boolean plain =
          !item.phrase() && item.field() == null && item.occur() == QueryLexer.Occur.DEFAULT;
      if (plain) {
        runTyped.append(item.text()).append(' ');
        runText.append(text).append(' ');
        continue;
      }
      List<QueryPlan.Word> words = words(text, item.text(), restored != null);
      if (words.isEmpty()) {
        continue;
      }
      QueryPlan.Occur occur =
          switch (item.occur()) {
            case MUST_NOT -> QueryPlan.Occur.MUST_NOT;
            case MUST -> QueryPlan.Occur.MUST;
            case DEFAULT -> QueryPlan.Occur.REQUIRED;
          };
      clauses.add(new QueryPlan.Clause(occur, fields.select(item.field()), item.phrase(), words));
    }
    Set<String> seen = new HashSet<>();
    for (QueryPlan.Word word : words(runText.toString(), runTyped.toString(), restored != null)) {
      if (seen.add(word.exact())) {
        clauses.add(
            new QueryPlan.Clause(QueryPlan.Occur.WORD, fields.pairs(), false, List.of(word)));
      }
    }
    return clauses;
  }

  /** The item's text as restored, when the query was. */
  private static String span(QueryLexer.Item item, String restored) {
    if (restored == null) {
      return item.text();
    }
    return restored.substring(item.start(), item.start() + item.text().length());
  }

  /**
   * Analyzes {@code text}; {@code typed} is the same text as typed (same length), so a word is
   * marked restored when the user typed it without any diacritic.
   */
  private List<QueryPlan.Word> words(String text, String typed, boolean restoredText) {
    List<QueryPlan.Word> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(fields.pairs().get(0).exact(), text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute posInc = ts.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (posInc.getPositionIncrement() == 0 || term.length() == 0) {
          continue;
        }
        String exact = term.toString();
        boolean restored =
            restoredText && unaccented(typed, offset.startOffset(), offset.endOffset());
        out.add(
            new QueryPlan.Word(
                exact,
                VietnameseFoldingFilter.fold(exact),
                restored,
                posInc.getPositionIncrement()));
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // cannot happen on a String
    }
    return out;
  }

  private static boolean unaccented(String typed, int start, int end) {
    if (start < 0 || end > typed.length() || start >= end) {
      return true;
    }
    String span = typed.substring(start, end).toLowerCase(Locale.ROOT);
    return VietnameseFoldingFilter.fold(span).equals(span);
  }

  /**
   * Keeps the query within the clause budget: plain words of long queries beyond it are dropped
   * (the most common first, when a reader tells), then operator clauses from the end.
   */
  private void fitBudget(List<List<QueryPlan.Clause>> groups, IndexReader reader) {
    int budget = IndexSearcher.getMaxClauseCount() - 16;
    List<QueryPlan.Clause> plain = new ArrayList<>();
    List<QueryPlan.Clause> operators = new ArrayList<>();
    int plainCost = 0;
    int operatorCost = 0;
    for (List<QueryPlan.Clause> group : groups) {
      for (QueryPlan.Clause clause : group) {
        if (clause.occur() == QueryPlan.Occur.WORD) {
          plain.add(clause);
          plainCost += cost(clause);
        } else {
          operators.add(clause);
          operatorCost += cost(clause);
        }
      }
    }
    if (plainCost + operatorCost <= budget) {
      return;
    }
    Set<QueryPlan.Clause> dropped = Collections.newSetFromMap(new IdentityHashMap<>());
    // Operators keep what the plain words leave, at least half the budget; the last typed go.
    int operatorBudget = budget - Math.min(plainCost, budget / 2);
    for (int i = operators.size() - 1; i >= 0 && operatorCost > operatorBudget; i--) {
      dropped.add(operators.get(i));
      operatorCost -= cost(operators.get(i));
    }
    // Plain words: the most common in the index (or the last typed) go first.
    Collections.reverse(plain);
    if (reader != null) {
      String field = fields.pairs().get(0).folded();
      Map<QueryPlan.Clause, Long> freq = new IdentityHashMap<>();
      for (QueryPlan.Clause clause : plain) {
        freq.put(clause, docFreq(reader, new Term(field, clause.words().get(0).folded())));
      }
      plain.sort(Comparator.comparingLong((QueryPlan.Clause c) -> -freq.get(c)));
    }
    for (int i = 0; i < plain.size() && plainCost > budget - operatorCost; i++) {
      dropped.add(plain.get(i));
      plainCost -= cost(plain.get(i));
    }
    for (List<QueryPlan.Clause> group : groups) {
      group.removeIf(dropped::contains);
    }
    groups.removeIf(List::isEmpty);
  }

  /** An upper bound of the leaf queries a clause becomes (see {@link QueryPlan}). */
  private static int cost(QueryPlan.Clause clause) {
    int perPair = clause.phrase() ? 2 : 0; // the relaxed query adds a phrase's words too
    for (QueryPlan.Word word : clause.words()) {
      perPair += 6 + word.syllables().length;
    }
    return clause.pairs().size() * perPair;
  }

  private static long docFreq(IndexReader reader, Term term) {
    try {
      long df = reader.docFreq(term);
      return df == 0 ? Long.MAX_VALUE : df; // unknown words are dropped first: they match nothing
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
