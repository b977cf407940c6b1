package io.github.vnsearch.opensearch;

import java.util.Map;
import org.opensearch.index.analysis.TokenFilterFactory;
import org.opensearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.opensearch.plugins.AnalysisPlugin;
import org.opensearch.plugins.Plugin;

/**
 * Registers vnsearch's Vietnamese analysis components with OpenSearch, under the names used in
 * index settings.
 */
public final class VietnameseAnalysisPlugin extends Plugin implements AnalysisPlugin {

  /** Creates the plugin; OpenSearch calls this once per node. */
  public VietnameseAnalysisPlugin() {}

  @Override
  public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
    return Map.of(VietnameseFoldingFilterFactory.NAME, VietnameseFoldingFilterFactory::new);
  }
}
