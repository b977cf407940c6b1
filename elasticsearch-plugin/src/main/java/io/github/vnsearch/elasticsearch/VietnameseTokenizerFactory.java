package io.github.vnsearch.elasticsearch;

import io.github.vnsearch.analysis.vi.VietnameseTokenizer;
import io.github.vnsearch.analysis.vi.VietnameseTokenizer.Mode;
import io.github.vnsearch.analysis.vi.dict.UserDictionary;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenizerFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.ListSetting;
import org.elasticsearch.plugin.settings.StringSetting;

/**
 * Tokenizer {@code vi_tokenizer}: {@link VietnameseTokenizer}. Settings: {@code mode} ({@code
 * words}, {@code syllables}, {@code mixed}; default {@code mixed}), {@code discard_punctuation}
 * (default {@code true}), {@code user_words} (a list of user dictionary entries, each the syllables
 * of a word and optionally a cost).
 */
@NamedComponent(VietnameseTokenizerFactory.NAME)
public final class VietnameseTokenizerFactory implements TokenizerFactory {

  static final String NAME = "vi_tokenizer";

  /** The settings of {@code vi_tokenizer}, read by Elasticsearch from the index settings. */
  @AnalysisSettings
  public interface Settings {
    /** {@code words}, {@code syllables} or {@code mixed}. */
    @StringSetting(path = ComponentSettings.MODE, defaultValue = "mixed")
    String mode();

    /** {@code true} or {@code false}; a string, so that any other value is refused. */
    @StringSetting(path = ComponentSettings.DISCARD_PUNCTUATION, defaultValue = "true")
    String discardPunctuation();

    /** User dictionary entries, one word each. */
    @ListSetting(path = ComponentSettings.USER_WORDS)
    List<String> userWords();
  }

  private final Mode mode;
  private final boolean discardPunctuation;
  private final UserDictionary userWords;

  /** Creates the factory from its settings; a bad value fails with a message naming it. */
  @Inject
  public VietnameseTokenizerFactory(Settings settings) {
    mode = ComponentSettings.getMode(NAME, settings.mode());
    discardPunctuation =
        ComponentSettings.getBoolean(
            NAME, ComponentSettings.DISCARD_PUNCTUATION, settings.discardPunctuation());
    userWords = ComponentSettings.getUserWords(NAME, settings.userWords());
  }

  @Override
  public Tokenizer create() {
    return new VietnameseTokenizer(
        TokenStream.DEFAULT_TOKEN_ATTRIBUTE_FACTORY, userWords, mode, discardPunctuation);
  }
}
