package io.github.vnsearch.elasticsearch;

import io.github.vnsearch.analysis.vi.VietnameseNormalizationCharFilter;
import java.io.Reader;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.CharFilterFactory;

/**
 * Char filter {@code vi_normalization}: {@link VietnameseNormalizationCharFilter} (no settings).
 */
@NamedComponent(VietnameseNormalizationCharFilterFactory.NAME)
public final class VietnameseNormalizationCharFilterFactory implements CharFilterFactory {

  static final String NAME = "vi_normalization";

  /** Creates the factory; Elasticsearch calls this for each index that uses it. */
  public VietnameseNormalizationCharFilterFactory() {}

  @Override
  public Reader create(Reader reader) {
    return new VietnameseNormalizationCharFilter(reader);
  }

  @Override
  public Reader normalize(Reader reader) {
    return create(reader);
  }
}
