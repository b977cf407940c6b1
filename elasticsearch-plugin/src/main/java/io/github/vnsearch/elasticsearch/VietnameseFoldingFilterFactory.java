package io.github.vnsearch.elasticsearch;

import io.github.vnsearch.analysis.vi.VietnameseFoldingFilter;
import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.StringSetting;

/**
 * Token filter {@code vi_folding}: {@link VietnameseFoldingFilter} (setting {@code
 * preserve_original}, default {@code false}).
 */
@NamedComponent(VietnameseFoldingFilterFactory.NAME)
public final class VietnameseFoldingFilterFactory implements TokenFilterFactory {

  static final String NAME = "vi_folding";

  /** The settings of {@code vi_folding}, read by Elasticsearch from the index settings. */
  @AnalysisSettings
  public interface Settings {
    /** {@code true} or {@code false}; a string, so that any other value is refused. */
    @StringSetting(path = ComponentSettings.PRESERVE_ORIGINAL, defaultValue = "false")
    String preserveOriginal();
  }

  private final boolean preserveOriginal;

  /** Creates the factory from its settings; a bad value fails with a message naming it. */
  @Inject
  public VietnameseFoldingFilterFactory(Settings settings) {
    preserveOriginal =
        ComponentSettings.getBoolean(
            NAME, ComponentSettings.PRESERVE_ORIGINAL, settings.preserveOriginal());
  }

  @Override
  public TokenStream create(TokenStream tokenStream) {
    return new VietnameseFoldingFilter(tokenStream, preserveOriginal);
  }

  @Override
  public TokenStream normalize(TokenStream tokenStream) {
    // One token per token for multi-term queries: the folded form is indexed in both settings.
    return new VietnameseFoldingFilter(tokenStream, false);
  }
}
