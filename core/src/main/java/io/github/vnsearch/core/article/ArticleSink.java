package io.github.vnsearch.core.article;

/** Receives what a reader finds in a file: articles, and inputs it had to skip. */
public interface ArticleSink {

  /** Called for every article read, in file order. */
  void article(Article article) throws java.io.IOException;

  /** Called for every input that cannot be indexed; reading goes on with the next one. */
  void skipped(IngestReport.Skipped skipped);
}
