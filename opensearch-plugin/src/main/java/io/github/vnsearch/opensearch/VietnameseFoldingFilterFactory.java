package io.github.vnsearch.opensearch;

import io.github.vnsearch.analysis.vi.VietnameseFoldingFilter;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractTokenFilterFactory;
import org.opensearch.index.analysis.NormalizingTokenFilterFactory;

/**
 * Token filter {@code vi_folding}: {@link VietnameseFoldingFilter} (setting {@code
 * preserve_original}).
 */
final class VietnameseFoldingFilterFactory extends AbstractTokenFilterFactory
    implements NormalizingTokenFilterFactory {

  static final String NAME = "vi_folding";
  private static final String PRESERVE_ORIGINAL = "preserve_original";

  private final boolean preserveOriginal;

  VietnameseFoldingFilterFactory(
      IndexSettings indexSettings, Environment env, String name, Settings settings) {
    super(indexSettings, name, settings);
    ComponentSettings.checkKnown(NAME, name, settings, Set.of(PRESERVE_ORIGINAL));
    preserveOriginal = ComponentSettings.getBoolean(NAME, name, settings, PRESERVE_ORIGINAL, false);
  }

  @Override
  public TokenStream create(TokenStream tokenStream) {
    return new VietnameseFoldingFilter(tokenStream, preserveOriginal);
  }

  @Override
  public TokenStream normalize(TokenStream tokenStream) {
    // Normalizers (keyword fields, query-time normalization) need one token per token.
    return new VietnameseFoldingFilter(tokenStream, false);
  }
}
