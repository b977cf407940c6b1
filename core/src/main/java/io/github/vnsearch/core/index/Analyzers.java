package io.github.vnsearch.core.index;

import io.github.vnsearch.analysis.vi.VietnameseAnalyzer;
import io.github.vnsearch.analysis.vi.VietnameseTokenizer.Mode;
import org.apache.lucene.analysis.Analyzer;

/** The analyzers of {@link ArticleSchema}, built once (analyzers are thread-safe). */
final class Analyzers {

  static final Analyzer INDEX =
      ArticleSchema.perField(
          new VietnameseAnalyzer(Mode.MIXED, false), new VietnameseAnalyzer(Mode.MIXED, true));

  static final Analyzer QUERY =
      ArticleSchema.perField(
          new VietnameseAnalyzer(Mode.WORDS, false), new VietnameseAnalyzer(Mode.WORDS, true));

  /**
   * Recorded in each commit: any change here (mode, stop set, folding) makes existing indexes
   * incompatible, and opening them fails instead of silently mismatching query and index terms.
   */
  static final String SETTINGS =
      "VietnameseAnalyzer(index=MIXED,query=WORDS,stop=default/"
          + VietnameseAnalyzer.getDefaultStopSet().size()
          + ",folded=title_folded+body_folded)";

  private Analyzers() {}
}
