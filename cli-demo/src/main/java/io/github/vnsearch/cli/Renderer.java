package io.github.vnsearch.cli;

import io.github.vnsearch.core.search.SearchRequest;
import io.github.vnsearch.core.search.SearchResult;
import io.github.vnsearch.core.search.SnippetMarkers;
import io.github.vnsearch.core.suggest.Suggestion;
import java.util.List;

/**
 * Shows command results: for people ({@link TerminalRenderer}) or scripts ({@link JsonRenderer}).
 */
interface Renderer {

  /** How core should mark matches in snippets for this renderer. */
  SnippetMarkers markers();

  /** One page of search results with facets. */
  void search(SearchRequest request, SearchResult result);

  /** The summary of an indexing run. */
  void indexSummary(IndexSummary summary);

  /** The token table of {@code analyze}. */
  void tokens(String text, List<TokenRow> tokens);

  /** The overview printed by {@code stats}. */
  void stats(StatsReport stats);

  /** The completions of {@code prefix} printed by {@code suggest}, best first. */
  void suggestions(String prefix, List<Suggestion> suggestions);
}
