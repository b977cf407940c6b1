/**
 * Vietnamese analysis for Apache Lucene: {@link io.github.vnsearch.analysis.vi.VietnameseAnalyzer}
 * and its parts (normalization, dictionary word segmentation, stop words, diacritic folding) and
 * the word dictionaries.
 *
 * <p>The analysis factories are Lucene services, found by name by {@code CustomAnalyzer} and other
 * SPI lookups on the module path as on the class path.
 *
 * @provides org.apache.lucene.analysis.CharFilterFactory {@code vietnameseNormalization}
 * @provides org.apache.lucene.analysis.TokenizerFactory {@code vietnamese}
 * @provides org.apache.lucene.analysis.TokenFilterFactory {@code vietnameseFolding}, {@code
 *     vietnameseStop}
 */
module io.github.vnsearch.analysis.vi {
  // The API extends and returns Lucene types: Analyzer, Tokenizer, TokenFilter (Lucene's core
  // module) and BaseCharFilter (its analysis-common module).
  requires transitive org.apache.lucene.core;
  requires transitive org.apache.lucene.analysis.common;

  exports io.github.vnsearch.analysis.vi;
  exports io.github.vnsearch.analysis.vi.dict;

  provides org.apache.lucene.analysis.CharFilterFactory with
      io.github.vnsearch.analysis.vi.VietnameseNormalizationCharFilterFactory;
  provides org.apache.lucene.analysis.TokenizerFactory with
      io.github.vnsearch.analysis.vi.VietnameseTokenizerFactory;
  provides org.apache.lucene.analysis.TokenFilterFactory with
      io.github.vnsearch.analysis.vi.VietnameseFoldingFilterFactory,
      io.github.vnsearch.analysis.vi.VietnameseStopFilterFactory;
}
