package io.github.vnsearch.core.search;

import io.github.vnsearch.core.index.ArticleIndex;
import io.github.vnsearch.core.index.ArticleSchema;
import java.io.IOException;
import java.text.BreakIterator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Answers {@link SearchRequest}s against an {@link ArticleIndex}: parses the query, applies date
 * range and drill-downs, sorts and pages, counts facets drill-sideways and highlights snippets.
 * Thread-safe; each search runs on the point-in-time view current when it starts.
 *
 * <p>Queries are built by a {@link VietnameseQueryParser} over {@link #QUERY_FIELDS}, the same
 * parser any other schema can use; see {@link #queryParser()}.
 *
 * <pre>{@code
 * SearchResult page = new ArticleSearcher(index)
 *     .search(SearchRequest.builder("đàm phán").datePath("2025").build());
 * }</pre>
 */
public final class ArticleSearcher {

  private static final int SNIPPETS_PER_HIT = 2;
  private static final int FALLBACK_TITLE_CHARS = 90;
  private static final Sort BY_RELEVANCE =
      new Sort(SortField.FIELD_SCORE, new SortField(ArticleSchema.ID, SortField.Type.STRING));
  private static final Sort BY_DATE = byDate();

  /** Weight of a title match relative to a body match in {@link #QUERY_FIELDS}. */
  static final float TITLE_BOOST = 1.5f;

  /**
   * The field pairs of {@link ArticleSchema} as queries search them: {@code body}/{@code
   * body_folded} weighted 1 and {@code title}/{@code title_folded} weighted 1.5.
   */
  public static final QueryFields QUERY_FIELDS =
      QueryFields.builder()
          .add(ArticleSchema.BODY, ArticleSchema.BODY_FOLDED, 1f)
          .add(ArticleSchema.TITLE, ArticleSchema.TITLE_FOLDED, TITLE_BOOST)
          .build();

  private static final VietnameseQueryParser QUERY_PARSER =
      new VietnameseQueryParser(ArticleSchema.queryAnalyzer(), QUERY_FIELDS, null);

  private final ArticleIndex index;
  private final VietnameseQueryParser parser;
  private final SnippetMarkers markers;

  /**
   * A searcher with the {@linkplain #queryParser() default parser} and {@link
   * SnippetMarkers#BRACKETS}.
   */
  public ArticleSearcher(ArticleIndex index) {
    this(index, QUERY_PARSER, SnippetMarkers.BRACKETS);
  }

  /**
   * The parser a searcher uses unless given another: {@link ArticleSchema#queryAnalyzer()}, {@link
   * #QUERY_FIELDS} and the bundled diacritic restorer. Thread-safe.
   */
  public static VietnameseQueryParser queryParser() {
    return QUERY_PARSER;
  }

  /**
   * A searcher with the given parser (which must search {@link ArticleSchema}'s fields, like {@link
   * #queryParser()}, perhaps with other weights or another restorer) and snippet markers.
   */
  public ArticleSearcher(ArticleIndex index, VietnameseQueryParser parser, SnippetMarkers markers) {
    this.index = Objects.requireNonNull(index, "index");
    this.parser = Objects.requireNonNull(parser, "parser");
    this.markers = Objects.requireNonNull(markers, "markers");
  }

  /** The same searcher marking matches with {@code markers}. */
  public ArticleSearcher withMarkers(SnippetMarkers markers) {
    return new ArticleSearcher(index, parser, markers);
  }

  private static Sort byDate() {
    SortField date = new SortField(ArticleSchema.DATE, SortField.Type.LONG, true);
    date.setMissingValue(Long.MIN_VALUE);
    return new Sort(date, new SortField(ArticleSchema.ID, SortField.Type.STRING));
  }

  /**
   * Runs one search.
   *
   * @throws IllegalArgumentException for an invalid page token (a message fit for users)
   */
  public SearchResult search(SearchRequest request) throws IOException {
    PageToken token =
        request.searchAfter() == null
            ? null
            : PageToken.decode(request.searchAfter(), request.sort());
    try (ArticleIndex.Snapshot snapshot = index.acquire()) {
      IndexSearcher searcher = snapshot.searcher();
      QueryPlan plan =
          parser.plan(request.query(), request.restoreDiacritics(), searcher.getIndexReader());
      var state = snapshot.facetsState();
      if (state == null) {
        return new SearchResult(0, List.of(), List.of(), List.of(), null, plan.restored());
      }
      boolean relaxed = false;
      DrillSideways.DrillSidewaysResult result = run(snapshot, plan.query(), request, state, token);
      if (result.hits.totalHits.value() == 0 && plan.relaxable()) {
        // Nothing has enough of the words: rank what has some of them (the last resort). The
        // strict query finds nothing on any page, so every page of this search is relaxed.
        relaxed = true;
        result = run(snapshot, plan.relaxedQuery(), request, state, token);
      }
      TopDocs top = result.hits;
      long seen = (token == null ? 0 : token.seen) + top.scoreDocs.length;
      String next = null;
      if (top.scoreDocs.length == request.pageSize() && seen < top.totalHits.value()) {
        next =
            PageToken.encode(
                request.sort(), seen, (FieldDoc) top.scoreDocs[top.scoreDocs.length - 1]);
      }
      List<Hit> hits = hits(searcher, top, plan, relaxed, request);
      return new SearchResult(
          top.totalHits.value(),
          hits,
          dateFacet(result.facets, request.datePath()),
          categoryFacet(result.facets),
          next,
          plan.restored());
    }
  }

  private static DrillSideways.DrillSidewaysResult run(
      ArticleIndex.Snapshot snapshot,
      Query query,
      SearchRequest request,
      SortedSetDocValuesReaderState state,
      PageToken token)
      throws IOException {
    DrillDownQuery drill = new DrillDownQuery(snapshot.facetsConfig(), filtered(query, request));
    if (request.datePath() != null) {
      drill.add(ArticleSchema.DATE, DatePaths.components(request.datePath()));
    }
    if (request.category() != null) {
      drill.add(ArticleSchema.CATEGORY, request.category());
    }
    Sort sort = request.sort() == SearchRequest.Sort.DATE ? BY_DATE : BY_RELEVANCE;
    DrillSideways sideways = new DrillSideways(snapshot.searcher(), snapshot.facetsConfig(), state);
    return sideways.search(
        drill,
        null,
        token == null ? null : token.after,
        request.pageSize(),
        sort,
        true); // scores also when sorted by date: hits always carry a finite score
  }

  /** The query restricted by the request's date range and filter, which do not score. */
  private static Query filtered(Query query, SearchRequest request) {
    boolean dated = request.from() != null || request.to() != null;
    if (!dated && request.filter() == null) {
      return query;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST);
    if (dated) {
      long lower = request.from() == null ? Long.MIN_VALUE : ArticleSchema.toMillis(request.from());
      long upper =
          request.to() == null
              ? Long.MAX_VALUE
              : ArticleSchema.toMillis(request.to().plusDays(1)) - 1;
      b.add(LongPoint.newRangeQuery(ArticleSchema.DATE, lower, upper), BooleanClause.Occur.FILTER);
    }
    if (request.filter() != null) {
      b.add(request.filter(), BooleanClause.Occur.FILTER);
    }
    return b.build();
  }

  private List<Hit> hits(
      IndexSearcher searcher, TopDocs top, QueryPlan plan, boolean relaxed, SearchRequest request)
      throws IOException {
    Map<String, String[]> snippets = Map.of();
    if (request.highlight() && top.scoreDocs.length > 0) {
      UnifiedHighlighter highlighter =
          UnifiedHighlighter.builder(searcher, ArticleSchema.indexAnalyzer())
              .withBreakIterator(
                  () -> BreakIterator.getSentenceInstance(Locale.forLanguageTag("vi")))
              .withFormatter(new MarkingPassageFormatter(markers))
              .withMaskedFieldsFunc(
                  field ->
                      field.equals(ArticleSchema.BODY)
                          ? Set.of(ArticleSchema.BODY_FOLDED)
                          : Set.of())
              .withMaxNoHighlightPassages(1)
              .build();
      int[] docIds = new int[top.scoreDocs.length];
      for (int i = 0; i < docIds.length; i++) {
        docIds[i] = top.scoreDocs[i].doc;
      }
      snippets =
          highlighter.highlightFields(
              new String[] {ArticleSchema.BODY},
              plan.highlightQuery(ArticleSchema.BODY, relaxed),
              docIds,
              new int[] {SNIPPETS_PER_HIT});
    }
    String[] bodySnippets = snippets.get(ArticleSchema.BODY);
    StoredFields stored = searcher.storedFields();
    List<Hit> hits = new ArrayList<>(top.scoreDocs.length);
    for (int i = 0; i < top.scoreDocs.length; i++) {
      ScoreDoc sd = top.scoreDocs[i];
      Document doc = stored.document(sd.doc);
      String title = doc.get(ArticleSchema.TITLE);
      if (title == null) {
        title = leadOf(doc.get(ArticleSchema.BODY));
      }
      IndexableField date = doc.getField(ArticleSchema.DATE);
      LocalDate day = date == null ? null : ArticleSchema.toDay(date.numericValue().longValue());
      List<String> s = List.of();
      if (bodySnippets != null && bodySnippets[i] != null) {
        s = MarkingPassageFormatter.split(bodySnippets[i]);
      }
      float score = Float.isFinite(sd.score) ? sd.score : 0f;
      hits.add(
          new Hit(
              doc.get(ArticleSchema.ID),
              title,
              day,
              doc.get(ArticleSchema.SOURCE),
              doc.get(ArticleSchema.URL),
              doc.get(ArticleSchema.CATEGORY),
              score,
              s));
    }
    return hits;
  }

  /** The start of the first sentence, as a title for articles without a headline. */
  static String leadOf(String body) {
    if (body == null) {
      return "";
    }
    String firstLine = body.strip().lines().findFirst().orElse("");
    BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.forLanguageTag("vi"));
    sentences.setText(firstLine);
    int end = sentences.next();
    String sentence = (end > 0 ? firstLine.substring(0, end) : firstLine).strip();
    if (sentence.length() <= FALLBACK_TITLE_CHARS) {
      return sentence;
    }
    int cut = sentence.lastIndexOf(' ', FALLBACK_TITLE_CHARS);
    return sentence.substring(0, cut > 0 ? cut : FALLBACK_TITLE_CHARS) + "…";
  }

  private static List<FacetValue> dateFacet(Facets facets, String datePath) throws IOException {
    String[] path = datePath == null ? new String[0] : DatePaths.components(datePath);
    if (path.length == 3 || (path.length == 1 && path[0].equals(ArticleSchema.NO_DATE))) {
      path = java.util.Arrays.copyOf(path, path.length - 1); // a leaf: show its siblings
    }
    FacetResult children = allChildren(facets, ArticleSchema.DATE, path);
    List<FacetValue> values = new ArrayList<>();
    if (children != null) {
      String prefix = path.length == 0 ? "" : String.join("/", path) + "/";
      for (LabelAndValue lv : children.labelValues) {
        values.add(new FacetValue(lv.label, prefix + lv.label, lv.value.longValue()));
      }
    }
    values.sort(
        Comparator.comparing((FacetValue v) -> v.label().equals(ArticleSchema.NO_DATE))
            .thenComparing(FacetValue::label));
    return values;
  }

  private static List<FacetValue> categoryFacet(Facets facets) throws IOException {
    FacetResult children = allChildren(facets, ArticleSchema.CATEGORY);
    List<FacetValue> values = new ArrayList<>();
    if (children != null) {
      for (LabelAndValue lv : children.labelValues) {
        values.add(new FacetValue(lv.label, lv.label, lv.value.longValue()));
      }
    }
    values.sort(
        Comparator.comparingLong((FacetValue v) -> -v.count()).thenComparing(FacetValue::label));
    return values;
  }

  private static FacetResult allChildren(Facets facets, String dim, String... path)
      throws IOException {
    try {
      return facets.getAllChildren(dim, path);
    } catch (IllegalArgumentException e) {
      return null; // dimension never indexed (e.g. no article has a category)
    }
  }
}
