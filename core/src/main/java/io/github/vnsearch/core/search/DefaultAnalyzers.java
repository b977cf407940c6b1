package io.github.vnsearch.core.search;

import io.github.vnsearch.analysis.vi.VietnameseAnalyzer;
import io.github.vnsearch.analysis.vi.VietnameseTokenizer.Mode;
import org.apache.lucene.analysis.Analyzer;

/**
 * The analyzers of {@link QueryFields#indexAnalyzer()} and {@link
 * VietnameseQueryParser#VietnameseQueryParser(QueryFields)}, built once (analyzers are
 * thread-safe): the bundled dictionary and stop words, as {@code ArticleSchema} analyzes.
 */
final class DefaultAnalyzers {

  /** Exact fields at index time, and every query. */
  static final Analyzer WORDS = new VietnameseAnalyzer(Mode.WORDS, false);

  /** Accent-insensitive twins at index time: words and their syllables, folded. */
  static final Analyzer MIXED_FOLDED = new VietnameseAnalyzer(Mode.MIXED, true);

  private DefaultAnalyzers() {}
}
