/**
 * The Lucene index of articles: its fields and their analysis ({@link
 * io.github.vnsearch.core.index.ArticleSchema}), the index itself with its near-real-time searcher
 * and facets ({@link io.github.vnsearch.core.index.ArticleIndex}), and parallel ingestion of
 * article files ({@link io.github.vnsearch.core.index.Ingester}).
 */
package io.github.vnsearch.core.index;
