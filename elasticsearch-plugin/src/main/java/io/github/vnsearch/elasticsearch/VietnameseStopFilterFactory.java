package io.github.vnsearch.elasticsearch;

import io.github.vnsearch.analysis.vi.VietnameseStopFilter;
import io.github.vnsearch.analysis.vi.VietnameseStopWords;
import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.ListSetting;

/**
 * Token filter {@code vi_stop}: a {@link VietnameseStopFilter} over {@link
 * VietnameseStopWords#defaultSet()}, or over the words of {@code stopwords} (a list; {@code
 * _vietnamese_} for the default set, {@code _none_} for none). Stop words that are syllables of a
 * longer word in a {@code mixed} token graph (the {@code sự} of {@code sự_kiện}) are kept, so that
 * phrases of syllables still match.
 */
@NamedComponent(VietnameseStopFilterFactory.NAME)
public final class VietnameseStopFilterFactory implements TokenFilterFactory {

  static final String NAME = "vi_stop";

  /** The settings of {@code vi_stop}, read by Elasticsearch from the index settings. */
  @AnalysisSettings
  public interface Settings {
    /** The stop words; empty for the default set. */
    @ListSetting(path = ComponentSettings.STOPWORDS)
    List<String> stopwords();
  }

  private final CharArraySet stopWords;

  /** Creates the factory from its settings. */
  @Inject
  public VietnameseStopFilterFactory(Settings settings) {
    stopWords = ComponentSettings.getStopWords(settings.stopwords());
  }

  @Override
  public TokenStream create(TokenStream tokenStream) {
    return new VietnameseStopFilter(tokenStream, stopWords);
  }
}
