package io.github.vnsearch.opensearch;

import io.github.vnsearch.analysis.vi.VietnameseNormalizationCharFilter;
import java.io.Reader;
import java.util.Set;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractCharFilterFactory;
import org.opensearch.index.analysis.NormalizingCharFilterFactory;

/**
 * Char filter {@code vi_normalization}: {@link VietnameseNormalizationCharFilter} (no settings).
 */
final class VietnameseNormalizationCharFilterFactory extends AbstractCharFilterFactory
    implements NormalizingCharFilterFactory {

  static final String NAME = "vi_normalization";

  VietnameseNormalizationCharFilterFactory(
      IndexSettings indexSettings, Environment env, String name, Settings settings) {
    super(indexSettings, name);
    ComponentSettings.checkKnown(NAME, name, settings, Set.of());
  }

  @Override
  public Reader create(Reader reader) {
    return new VietnameseNormalizationCharFilter(reader);
  }
}
