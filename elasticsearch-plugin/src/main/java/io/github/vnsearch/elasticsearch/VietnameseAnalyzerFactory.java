package io.github.vnsearch.elasticsearch;

import io.github.vnsearch.analysis.vi.VietnameseAnalyzer;
import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/**
 * Analyzer {@code vietnamese}: {@link VietnameseAnalyzer} with exact forms (normalization,
 * tokenizer, lower case, stop words), usable by name or as a type with {@link AnalyzerSettings}.
 */
@NamedComponent(VietnameseAnalyzerFactory.NAME)
public final class VietnameseAnalyzerFactory implements AnalyzerFactory {

  static final String NAME = "vietnamese";

  private final AnalyzerParts parts;

  /** Creates the factory from its settings; a bad value fails with a message naming it. */
  @Inject
  public VietnameseAnalyzerFactory(AnalyzerSettings settings) {
    parts = AnalyzerParts.read(NAME, settings);
  }

  @Override
  public Analyzer create() {
    return parts.analyzer(false);
  }
}
