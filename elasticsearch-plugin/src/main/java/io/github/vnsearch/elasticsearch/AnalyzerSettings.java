package io.github.vnsearch.elasticsearch;

import java.util.List;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.ListSetting;
import org.elasticsearch.plugin.settings.StringSetting;

/**
 * The settings of the {@code vietnamese} and {@code vietnamese_folding} analyzers, read by
 * Elasticsearch from the index settings: {@code mode}, {@code stopwords}, {@code user_words}, as
 * for {@code vi_tokenizer} and {@code vi_stop}.
 */
@AnalysisSettings
public interface AnalyzerSettings {
  /** {@code words}, {@code syllables} or {@code mixed}. */
  @StringSetting(path = ComponentSettings.MODE, defaultValue = "mixed")
  String mode();

  /** The stop words; empty for the default set. */
  @ListSetting(path = ComponentSettings.STOPWORDS)
  List<String> stopwords();

  /** User dictionary entries, one word each. */
  @ListSetting(path = ComponentSettings.USER_WORDS)
  List<String> userWords();
}
