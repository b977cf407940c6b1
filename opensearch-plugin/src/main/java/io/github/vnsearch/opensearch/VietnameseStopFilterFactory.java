package io.github.vnsearch.opensearch;

import io.github.vnsearch.analysis.vi.VietnameseStopFilter;
import io.github.vnsearch.analysis.vi.VietnameseStopWords;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractTokenFilterFactory;

/**
 * Token filter {@code vi_stop}: a {@link VietnameseStopFilter} over {@link
 * VietnameseStopWords#defaultSet()}, or over the words of {@code stopwords} (a list, {@code
 * _vietnamese_} or {@code _none_}) or {@code stopwords_path} (a file in the config directory, one
 * word per line). Stop words that are syllables of a longer word in a {@code mixed} token graph
 * (the {@code sự} of {@code sự_kiện}) are kept, so that phrases of syllables still match.
 */
final class VietnameseStopFilterFactory extends AbstractTokenFilterFactory {

  static final String NAME = "vi_stop";

  private final CharArraySet stopWords;

  VietnameseStopFilterFactory(
      IndexSettings indexSettings, Environment env, String name, Settings settings) {
    super(indexSettings, name, settings);
    ComponentSettings.checkKnown(
        NAME,
        name,
        settings,
        Set.of(ComponentSettings.STOPWORDS, ComponentSettings.STOPWORDS_PATH));
    stopWords = ComponentSettings.getStopWords(NAME, name, env, settings);
  }

  @Override
  public TokenStream create(TokenStream tokenStream) {
    return new VietnameseStopFilter(tokenStream, stopWords);
  }
}
