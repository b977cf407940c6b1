/**
 * Searching articles: {@link io.github.vnsearch.core.search.VietnameseQueryParser} turns what a
 * user types, with or without diacritics, into a Lucene query; {@link
 * io.github.vnsearch.core.search.ArticleSearcher} runs a {@link
 * io.github.vnsearch.core.search.SearchRequest} and returns a {@link
 * io.github.vnsearch.core.search.SearchResult}: ranked hits with highlighted snippets, date and
 * category facets, and a token for the next page.
 */
package io.github.vnsearch.core.search;
