/**
 * Articles and how they are read: the {@link io.github.vnsearch.core.article.Article} record, plain
 * text articles as saved from news sites ({@link
 * io.github.vnsearch.core.article.PlainTextArticleParser}), JSON Lines ({@link
 * io.github.vnsearch.core.article.JsonLinesReader}, over the line loop {@link
 * io.github.vnsearch.core.article.JsonLines}), files and folders ({@link
 * io.github.vnsearch.core.article.ArticleFiles}), and the {@link
 * io.github.vnsearch.core.article.IngestReport} of what was indexed and what was skipped, and why.
 */
package io.github.vnsearch.core.article;
