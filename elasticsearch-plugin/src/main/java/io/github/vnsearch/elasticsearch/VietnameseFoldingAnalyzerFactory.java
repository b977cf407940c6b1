package io.github.vnsearch.elasticsearch;

import io.github.vnsearch.analysis.vi.VietnameseAnalyzer;
import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/**
 * Analyzer {@code vietnamese_folding}: {@link VietnameseAnalyzer} with diacritics removed, for an
 * accent-insensitive field; usable by name or as a type with {@link AnalyzerSettings}.
 */
@NamedComponent(VietnameseFoldingAnalyzerFactory.NAME)
public final class VietnameseFoldingAnalyzerFactory implements AnalyzerFactory {

  static final String NAME = "vietnamese_folding";

  private final AnalyzerParts parts;

  /** Creates the factory from its settings; a bad value fails with a message naming it. */
  @Inject
  public VietnameseFoldingAnalyzerFactory(AnalyzerSettings settings) {
    parts = AnalyzerParts.read(NAME, settings);
  }

  @Override
  public Analyzer create() {
    return parts.analyzer(true);
  }
}
