package io.github.vnsearch.core.suggest;

import io.github.vnsearch.core.index.ArticleIndex;
import io.github.vnsearch.core.index.ArticleSchema;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * Search-as-you-type over an {@link ArticleIndex}: completes what a user has typed so far into
 * words of the articles ({@code đàm p} → {@code đàm phán}), frequent phrases ({@code đàm phán hòa
 * bình}) and headlines, heaviest first.
 *
 * <p>A prefix matches with or without diacritics and in every state an input method passes through
 * ({@code nguye}, {@code Nguyê}, {@code nguyen} and the Telex keys {@code nguyeen} all reach {@code
 * Nguyễn}); completions whose diacritics contradict those typed come after the others ({@code bán}
 * prefers {@code bán hàng} to {@code bạn bè}). When the whole input completes to nothing, its last
 * words are completed and the words before kept as typed.
 *
 * <p>Completions are counted from the index view of the latest refresh, kept in a Lucene FST, and
 * stored beside a committed index, so that opening suggestions for an unchanged index reads one
 * file. Every refresh of the index (and so every commit) recounts them, in the refreshing thread.
 * Thread-safe.
 *
 * <pre>{@code
 * try (ArticleSuggester suggester = ArticleSuggester.open(index)) {
 *   for (Suggestion s : suggester.suggest("ha no", 5)) {
 *     System.out.println(s.text() + " " + s.kind() + " " + s.weight());
 *   }
 * }
 * }</pre>
 */
public final class ArticleSuggester implements Closeable {

  /** How many filtered tables are kept per index view. */
  private static final int FILTERED_TABLES = 8;

  private final ArticleIndex index;
  private final ReferenceManager.RefreshListener listener;
  private volatile View view;

  private ArticleSuggester(ArticleIndex index) throws IOException {
    this.index = index;
    this.view = load();
    this.listener =
        new ReferenceManager.RefreshListener() {
          @Override
          public void beforeRefresh() {}

          @Override
          public void afterRefresh(boolean didRefresh) throws IOException {
            if (didRefresh) {
              refresh();
            }
          }
        };
    index.addRefreshListener(listener);
  }

  /**
   * Suggestions for the current view of {@code index}, read from the table stored with it or, when
   * there is none, counted (and stored, if the view is a commit). Close it before the index.
   */
  public static ArticleSuggester open(ArticleIndex index) throws IOException {
    return new ArticleSuggester(index);
  }

  /** Up to {@code limit} completions of {@code prefix} in all articles. */
  public List<Suggestion> suggest(String prefix, int limit) throws IOException {
    return suggest(prefix, limit, SuggestFilter.NONE);
  }

  /**
   * Up to {@code limit} completions of {@code prefix} in the articles {@code filter} lets through.
   */
  public List<Suggestion> suggest(String prefix, int limit, SuggestFilter filter)
      throws IOException {
    TypedText typed = TypedText.of(prefix);
    if (typed.isEmpty() || limit <= 0) {
      return List.of();
    }
    View v = view;
    CompletionTable table = filter.isNone() ? v.table : v.filtered(index, filter);
    return complete(table, typed, limit);
  }

  /** How many completions (words, phrases and headlines) the current view holds. */
  public long size() {
    return view.table.size();
  }

  /**
   * Recounts the completions if the index view changed since they were counted. The index calls it
   * on every refresh; call it after opening another view of the same directory.
   */
  public void refresh() throws IOException {
    synchronized (this) {
      try (ArticleIndex.Snapshot s = index.acquire()) {
        if (ViewKey.of(s.searcher().getIndexReader()) == view.key) {
          return;
        }
      }
      view = load();
    }
  }

  /** Stops following the index's refreshes. */
  @Override
  public void close() {
    index.removeRefreshListener(listener);
  }

  static List<Suggestion> complete(CompletionTable table, TypedText typed, int limit) {
    Map<String, Ranked> best = new LinkedHashMap<>();
    String[] words = typed.words();
    int num = Math.max(4 * limit, 40);
    for (int from = 0; from < words.length && best.isEmpty(); from++) {
      TypedText tail = typed.tail(from);
      if (tail.isEmpty()) {
        break;
      }
      String head = from == 0 ? "" : spell(table, typed.head(from));
      for (TypedText variant : new TypedText[] {tail, tail.telex()}) {
        if (variant == null) {
          continue;
        }
        for (Completion c : table.lookup(variant.text, num)) {
          if (variant.endsWithSpace && !variant.completesLastWord(c.text())) {
            continue;
          }
          String text = head.isEmpty() ? c.text() : head + " " + c.text();
          Ranked r = new Ranked(text, c, from, variant.disagreements(c.text()));
          best.merge(r.key(), r, (a, b) -> Ranked.ORDER.compare(a, b) <= 0 ? a : b);
        }
      }
    }
    List<Ranked> ranked = new ArrayList<>(best.values());
    ranked.sort(Ranked.ORDER);
    List<Suggestion> out = new ArrayList<>(Math.min(limit, ranked.size()));
    for (Ranked r : ranked.subList(0, Math.min(limit, ranked.size()))) {
      out.add(new Suggestion(r.text, r.completion.kind(), r.completion.count()));
    }
    return out;
  }

  /**
   * The words typed before the part being completed, spelled as the completion of the same words
   * with agreeing marks spells them ({@code chuan bi} → {@code chuẩn bị}), else as typed.
   */
  private static String spell(CompletionTable table, TypedText head) {
    for (TypedText variant : new TypedText[] {head, head.telex()}) {
      if (variant == null) {
        continue;
      }
      for (Completion c : table.lookup(variant.text, 8)) {
        if (variant.spellsAs(c.text()) && variant.disagreements(c.text()) == 0) {
          return c.text();
        }
      }
    }
    return head.text;
  }

  /** A completion in the order shown: of the whole input first, agreeing marks, heaviest. */
  private record Ranked(String text, Completion completion, int from, int disagreements) {
    static final Comparator<Ranked> ORDER =
        Comparator.comparingInt(Ranked::from)
            .thenComparingInt(Ranked::disagreements)
            .thenComparing(r -> -r.completion.rank());

    String key() {
      return text.toLowerCase(Locale.ROOT);
    }
  }

  private View load() throws IOException {
    try (ArticleIndex.Snapshot s = index.acquire()) {
      IndexReader reader = s.searcher().getIndexReader();
      long key = ViewKey.of(reader);
      DirectoryReader dr = reader instanceof DirectoryReader d && key != 0 ? d : null;
      CompletionTable table = dr == null ? null : StoredTable.read(dr.directory(), key);
      if (table == null) {
        table = count(reader, CompletionCounts.live(reader));
        if (dr != null && isCommitted(dr, key)) {
          StoredTable.write(dr.directory(), key, table);
        }
      }
      return new View(key, table);
    }
  }

  /** Whether the view is that of the index's latest commit (then its table is worth storing). */
  private static boolean isCommitted(DirectoryReader reader, long key) {
    try {
      return ViewKey.ofLatestCommit(reader.directory()) == key;
    } catch (IOException e) {
      return false;
    }
  }

  static CompletionTable count(IndexReader reader, FixedBitSet docs) throws IOException {
    return CompletionTable.build(new CompletionCounts(reader, docs).collect());
  }

  /** The completions of one index view, and those of the filters used on it. */
  private static final class View {
    final long key;
    final CompletionTable table;
    private final Map<SuggestFilter, CompletionTable> filtered =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<SuggestFilter, CompletionTable> eldest) {
            return size() > FILTERED_TABLES;
          }
        };

    View(long key, CompletionTable table) {
      this.key = key;
      this.table = table;
    }

    synchronized CompletionTable filtered(ArticleIndex index, SuggestFilter filter)
        throws IOException {
      CompletionTable table = filtered.get(filter);
      if (table == null) {
        try (ArticleIndex.Snapshot s = index.acquire()) {
          IndexSearcher searcher = s.searcher();
          table = count(searcher.getIndexReader(), docs(searcher, filter));
        }
        filtered.put(filter, table);
      }
      return table;
    }
  }

  /** The live articles {@code filter} lets through. */
  static FixedBitSet docs(IndexSearcher searcher, SuggestFilter filter) throws IOException {
    IndexReader reader = searcher.getIndexReader();
    DrillDownQuery query = new DrillDownQuery(ArticleSchema.facetsConfig());
    if (!filter.datePath().isEmpty()) {
      query.add(ArticleSchema.DATE, filter.datePath().toArray(new String[0]));
    }
    if (filter.category() != null) {
      query.add(ArticleSchema.CATEGORY, filter.category());
    }
    FixedBitSet bits = new FixedBitSet(Math.max(1, reader.maxDoc()));
    Weight weight =
        searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
    for (LeafReaderContext leaf : reader.leaves()) {
      Scorer scorer = weight.scorer(leaf);
      if (scorer == null) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      DocIdSetIterator it = scorer.iterator();
      for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
        if (live == null || live.get(d)) {
          bits.set(leaf.docBase + d);
        }
      }
    }
    return bits;
  }
}
