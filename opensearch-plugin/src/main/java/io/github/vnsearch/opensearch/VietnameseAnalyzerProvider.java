package io.github.vnsearch.opensearch;

import io.github.vnsearch.analysis.vi.VietnameseAnalyzer;
import java.util.Set;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractIndexAnalyzerProvider;

/**
 * Analyzers {@code vietnamese} and {@code vietnamese_folding} (the accent-insensitive variant):
 * {@link VietnameseAnalyzer}, usable by name or as a type with settings {@code mode}, {@code
 * stopwords}, {@code stopwords_path} and {@code user_dictionary}.
 */
final class VietnameseAnalyzerProvider extends AbstractIndexAnalyzerProvider<VietnameseAnalyzer> {

  static final String NAME = "vietnamese";
  static final String FOLDING_NAME = "vietnamese_folding";

  private final VietnameseAnalyzer analyzer;

  private VietnameseAnalyzerProvider(
      String type,
      boolean folding,
      IndexSettings indexSettings,
      Environment env,
      String name,
      Settings settings) {
    super(indexSettings, name, settings);
    ComponentSettings.checkKnown(
        type,
        name,
        settings,
        Set.of(
            ComponentSettings.MODE,
            ComponentSettings.STOPWORDS,
            ComponentSettings.STOPWORDS_PATH,
            ComponentSettings.USER_DICTIONARY));
    analyzer =
        new VietnameseAnalyzer(
            ComponentSettings.getMode(type, name, settings),
            ComponentSettings.getStopWords(type, name, env, settings),
            folding,
            ComponentSettings.getUserDictionary(type, name, env, settings));
  }

  /** The {@code vietnamese} analyzer: exact forms. */
  static VietnameseAnalyzerProvider plain(
      IndexSettings indexSettings, Environment env, String name, Settings settings) {
    return new VietnameseAnalyzerProvider(NAME, false, indexSettings, env, name, settings);
  }

  /** The {@code vietnamese_folding} analyzer: forms without diacritics. */
  static VietnameseAnalyzerProvider folding(
      IndexSettings indexSettings, Environment env, String name, Settings settings) {
    return new VietnameseAnalyzerProvider(FOLDING_NAME, true, indexSettings, env, name, settings);
  }

  @Override
  public VietnameseAnalyzer get() {
    return analyzer;
  }
}
