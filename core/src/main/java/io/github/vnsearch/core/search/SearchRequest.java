package io.github.vnsearch.core.search;

import io.github.vnsearch.core.index.ArticleSchema;
import java.time.LocalDate;
import java.util.Objects;
import org.apache.lucene.search.Query;

/**
 * What to search for: query text, filters, drill-down, sort, page and highlighting. Immutable;
 * build one with {@link #builder(String)}.
 *
 * <p>Date filters are whole days in Vietnam's time zone, both ends inclusive. The {@code date}
 * drill-down path is {@code year[/month[/day]]} with zero-padded month and day ({@code "2025"},
 * {@code "2025/12"}, {@code "2025/12/15"}), or {@link #NO_DATE} for articles without a date.
 *
 * <p>An application narrows every search to what a user may see with a {@linkplain
 * Builder#filter(Query) filter}, any Lucene query over the index's fields:
 *
 * <pre>{@code
 * Query mine = new TermInSetQuery(ArticleSchema.ID, allowedIds); // a permission list
 * SearchRequest request = SearchRequest.builder("đàm phán").filter(mine).build();
 * }</pre>
 */
public final class SearchRequest {

  /** The facet label (and drill-down path) that groups articles without a date. */
  public static final String NO_DATE = ArticleSchema.NO_DATE;

  /** Result order. */
  public enum Sort {
    /** Best match first (ties: ascending id). */
    RELEVANCE,
    /** Newest first; undated articles last (ties: ascending id). */
    DATE
  }

  private final String query;
  private final LocalDate from;
  private final LocalDate to;
  private final String datePath;
  private final String category;
  private final Sort sort;
  private final int pageSize;
  private final String searchAfter;
  private final boolean highlight;
  private final boolean restoreDiacritics;
  private final Query filter;

  private SearchRequest(Builder b) {
    this.query = b.query;
    this.from = b.from;
    this.to = b.to;
    this.datePath = b.datePath;
    this.category = b.category;
    this.sort = b.sort;
    this.pageSize = b.pageSize;
    this.searchAfter = b.searchAfter;
    this.highlight = b.highlight;
    this.restoreDiacritics = b.restoreDiacritics;
    this.filter = b.filter;
  }

  /** Starts a request for {@code query} (user syntax, see {@link VietnameseQueryParser}). */
  public static Builder builder(String query) {
    return new Builder(query);
  }

  /** The user's query text; blank matches every article. */
  public String query() {
    return query;
  }

  /** First day included, or {@code null} for no lower bound. */
  public LocalDate from() {
    return from;
  }

  /** Last day included, or {@code null} for no upper bound. */
  public LocalDate to() {
    return to;
  }

  /** The {@code date} drill-down path such as {@code "2025/12"}, or {@code null}. */
  public String datePath() {
    return datePath;
  }

  /** The category drilled into, or {@code null}. */
  public String category() {
    return category;
  }

  /** Result order. */
  public Sort sort() {
    return sort;
  }

  /** Maximum number of hits returned. */
  public int pageSize() {
    return pageSize;
  }

  /** The {@link SearchResult#next()} token of the previous page, or {@code null}. */
  public String searchAfter() {
    return searchAfter;
  }

  /** Whether hits carry highlighted snippets. */
  public boolean highlight() {
    return highlight;
  }

  /** Whether an unaccented query may be searched with its restored diacritics too. */
  public boolean restoreDiacritics() {
    return restoreDiacritics;
  }

  /** The application's filter, or {@code null}; see {@link Builder#filter(Query)}. */
  public Query filter() {
    return filter;
  }

  /** Builds a {@link SearchRequest}; every setting has a sensible default. */
  public static final class Builder {
    private final String query;
    private LocalDate from;
    private LocalDate to;
    private String datePath;
    private String category;
    private Sort sort = Sort.RELEVANCE;
    private int pageSize = 10;
    private String searchAfter;
    private boolean highlight = true;
    private boolean restoreDiacritics = true;
    private Query filter;

    private Builder(String query) {
      this.query = query == null ? "" : query;
    }

    /** Only articles dated on or after {@code day} ({@code null}: no bound). */
    public Builder from(LocalDate day) {
      this.from = day;
      return this;
    }

    /** Only articles dated on or before {@code day} ({@code null}: no bound). */
    public Builder to(LocalDate day) {
      this.to = day;
      return this;
    }

    /**
     * Drills into the {@code date} facet: {@code "2025"}, {@code "2025/12"}, {@code "2025/12/15"}
     * or {@link SearchRequest#NO_DATE}; {@code null} for none. Month and day may be given without
     * the leading zero.
     */
    public Builder datePath(String path) {
      this.datePath = path == null || path.isBlank() ? null : DatePaths.normalize(path);
      return this;
    }

    /** Drills into one category ({@code null}: all). */
    public Builder category(String category) {
      this.category = category == null || category.isBlank() ? null : category.strip();
      return this;
    }

    /** Result order (default {@link Sort#RELEVANCE}). */
    public Builder sort(Sort sort) {
      this.sort = Objects.requireNonNull(sort, "sort");
      return this;
    }

    /** Hits per page, 1 to 1000 (default 10). */
    public Builder pageSize(int pageSize) {
      if (pageSize < 1 || pageSize > 1000) {
        throw new IllegalArgumentException("page size must be between 1 and 1000: " + pageSize);
      }
      this.pageSize = pageSize;
      return this;
    }

    /** Continues after the page that returned this {@link SearchResult#next()} token. */
    public Builder searchAfter(String token) {
      this.searchAfter = token == null || token.isBlank() ? null : token.strip();
      return this;
    }

    /** Whether to compute highlighted snippets (default true). */
    public Builder highlight(boolean highlight) {
      this.highlight = highlight;
      return this;
    }

    /** Whether to restore the diacritics of an unaccented query (default true). */
    public Builder restoreDiacritics(boolean restore) {
      this.restoreDiacritics = restore;
      return this;
    }

    /**
     * Only articles that {@code filter} matches, such as those of one tenant or those a user may
     * read ({@code null}: no filter). It is applied as a {@code FILTER} clause: scores are those of
     * the unfiltered search, while the total, the facet counts and the fallback on the relaxed
     * query (when nothing matches) see only the filtered hits. Combine several filters in a {@link
     * org.apache.lucene.search.BooleanQuery} of {@code FILTER} clauses.
     */
    public Builder filter(Query filter) {
      this.filter = filter;
      return this;
    }

    /** The request; fails if {@code from} is after {@code to}. */
    public SearchRequest build() {
      if (from != null && to != null && from.isAfter(to)) {
        throw new IllegalArgumentException("date range is empty: " + from + " is after " + to);
      }
      return new SearchRequest(this);
    }
  }
}
