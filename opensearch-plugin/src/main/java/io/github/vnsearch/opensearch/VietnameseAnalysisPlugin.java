package io.github.vnsearch.opensearch;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.opensearch.index.analysis.AnalyzerProvider;
import org.opensearch.index.analysis.CharFilterFactory;
import org.opensearch.index.analysis.TokenFilterFactory;
import org.opensearch.index.analysis.TokenizerFactory;
import org.opensearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.opensearch.plugins.AnalysisPlugin;
import org.opensearch.plugins.Plugin;

/**
 * Registers vnsearch's Vietnamese analysis with OpenSearch: char filter {@code vi_normalization},
 * tokenizer {@code vi_tokenizer}, token filters {@code vi_folding} and {@code vi_stop}, analyzers
 * {@code vietnamese} and {@code vietnamese_folding}.
 */
public final class VietnameseAnalysisPlugin extends Plugin implements AnalysisPlugin {

  /** Creates the plugin; OpenSearch calls this once per node. */
  public VietnameseAnalysisPlugin() {}

  @Override
  public Map<String, AnalysisProvider<CharFilterFactory>> getCharFilters() {
    return Map.of(
        VietnameseNormalizationCharFilterFactory.NAME,
        VietnameseNormalizationCharFilterFactory::new);
  }

  @Override
  public Map<String, AnalysisProvider<TokenizerFactory>> getTokenizers() {
    return Map.of(VietnameseTokenizerFactory.NAME, VietnameseTokenizerFactory::new);
  }

  @Override
  public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
    return Map.of(
        VietnameseFoldingFilterFactory.NAME, VietnameseFoldingFilterFactory::new,
        VietnameseStopFilterFactory.NAME, VietnameseStopFilterFactory::new);
  }

  @Override
  public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
    return Map.of(
        VietnameseAnalyzerProvider.NAME, VietnameseAnalyzerProvider::plain,
        VietnameseAnalyzerProvider.FOLDING_NAME, VietnameseAnalyzerProvider::folding);
  }
}
