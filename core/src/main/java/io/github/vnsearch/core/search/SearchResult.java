package io.github.vnsearch.core.search;

import java.util.List;

/**
 * One page of results with facet counts.
 *
 * @param total number of matching articles (exact)
 * @param hits this page's articles, in request order
 * @param dateFacet counts one level under the current {@code date} drill-down (years, or months of
 *     the chosen year, or days of the chosen month), computed drill-sideways: choosing a year still
 *     counts the other years. Years and months ascend; {@code no date} comes last
 * @param categoryFacet counts per category, drill-sideways, largest first
 * @param next token for {@link SearchRequest.Builder#searchAfter(String)} to get the next page, or
 *     {@code null} when this is the last page
 * @param restoredQuery the query as searched with restored diacritics, or {@code null} when no
 *     restoration was applied
 */
public record SearchResult(
    long total,
    List<Hit> hits,
    List<FacetValue> dateFacet,
    List<FacetValue> categoryFacet,
    String next,
    String restoredQuery) {

  /** Makes unmodifiable copies of the lists. */
  public SearchResult {
    hits = List.copyOf(hits);
    dateFacet = List.copyOf(dateFacet);
    categoryFacet = List.copyOf(categoryFacet);
  }
}
