package io.github.vnsearch.core.index;

import io.github.vnsearch.analysis.vi.VietnameseFoldingFilter;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/** The analyzers of {@link ArticleSchema}, built once. */
final class Analyzers {

  // TEMPORARY until VietnameseAnalyzer lands: syllable tokens.
  static final Analyzer INDEX = ArticleSchema.perField(simple(false), simple(true));
  static final Analyzer QUERY = INDEX;
  static final String SETTINGS = "placeholder-standard";

  private Analyzers() {}

  private static Analyzer simple(boolean folding) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer t = new StandardTokenizer();
        TokenStream ts = new LowerCaseFilter(t);
        if (folding) {
          ts = new VietnameseFoldingFilter(ts);
        }
        return new TokenStreamComponents(t, ts);
      }
    };
  }
}
