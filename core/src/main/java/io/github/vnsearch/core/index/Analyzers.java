package io.github.vnsearch.core.index;

import io.github.vnsearch.analysis.vi.VietnameseAnalyzer;
import io.github.vnsearch.analysis.vi.VietnameseTokenizer.Mode;
import io.github.vnsearch.analysis.vi.dict.TokenInfoDictionary;
import org.apache.lucene.analysis.Analyzer;

/** The analyzers of {@link ArticleSchema}, built once (analyzers are thread-safe). */
final class Analyzers {

  static final Analyzer INDEX =
      ArticleSchema.perField(
          new VietnameseAnalyzer(Mode.WORDS, false), new VietnameseAnalyzer(Mode.MIXED, true));

  static final Analyzer QUERY =
      ArticleSchema.perField(
          new VietnameseAnalyzer(Mode.WORDS, false), new VietnameseAnalyzer(Mode.WORDS, true));

  /**
   * Recorded in each commit: any change here (mode, stop set, folding, dictionary, the stop
   * filter's rules) makes existing indexes incompatible, and opening them fails instead of silently
   * mismatching query and index terms. Bump {@code /2} when analysis changes in a way these do not
   * show.
   */
  static final String SETTINGS =
      "VietnameseAnalyzer/2(index=WORDS+folded:MIXED,query=WORDS,stop=default/"
          + VietnameseAnalyzer.getDefaultStopSet().size()
          + ",dictionary="
          + TokenInfoDictionary.getInstance().entries()
          + "/"
          + TokenInfoDictionary.getInstance().checksum()
          + ",folded=title_folded+body_folded)";

  private Analyzers() {}
}
