/**
 * Index and search Vietnamese news articles with Lucene: reading article files ({@link
 * io.github.vnsearch.core.article}), the index and its schema ({@link
 * io.github.vnsearch.core.index}), query parsing, ranking, facets and highlighting ({@link
 * io.github.vnsearch.core.search}), and search-as-you-type suggestions ({@link
 * io.github.vnsearch.core.suggest}).
 *
 * <p>Requiring this module is enough to use it: the modules whose types its API shows (Lucene's
 * core and facet modules, {@code io.github.vnsearch.restore}, Jackson's core and databind modules)
 * and the analysis chain it is built on ({@code io.github.vnsearch.analysis.vi}) are read
 * transitively.
 */
module io.github.vnsearch.core {
  // Types of these modules appear in the API: DiacriticRestorer (restore); Query, Analyzer,
  // Directory, IndexSearcher (lucene.core); FacetsConfig, SortedSetDocValuesReaderState (facet);
  // the JsonParser and JsonNode that JsonLines' visitors are handed (jackson.core, databind).
  requires transitive io.github.vnsearch.restore;
  requires transitive org.apache.lucene.core;
  requires transitive org.apache.lucene.facet;
  requires transitive com.fasterxml.jackson.core;
  requires transitive com.fasterxml.jackson.databind;
  // No type of analysis.vi is in the API's signatures, but its VietnameseAnalyzer is what the
  // Analyzer argument of a VietnameseQueryParser is meant to be: read with core.
  requires transitive io.github.vnsearch.analysis.vi;
  // Used inside only (org.apache.lucene.analysis.common is also read through analysis.vi).
  requires org.apache.lucene.analysis.common;
  requires org.apache.lucene.highlighter;
  requires org.apache.lucene.suggest;

  exports io.github.vnsearch.core.article;
  exports io.github.vnsearch.core.index;
  exports io.github.vnsearch.core.search;
  exports io.github.vnsearch.core.suggest;
}
