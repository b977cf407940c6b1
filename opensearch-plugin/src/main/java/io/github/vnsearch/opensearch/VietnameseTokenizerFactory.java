package io.github.vnsearch.opensearch;

import io.github.vnsearch.analysis.vi.VietnameseTokenizer;
import io.github.vnsearch.analysis.vi.VietnameseTokenizer.Mode;
import io.github.vnsearch.analysis.vi.dict.UserDictionary;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractTokenizerFactory;

/**
 * Tokenizer {@code vi_tokenizer}: {@link VietnameseTokenizer}. Settings: {@code mode} ({@code
 * words}, {@code syllables}, {@code mixed}; default {@code mixed}), {@code user_dictionary} (a file
 * in the config directory, one word per line with an optional cost), {@code discard_punctuation}
 * (default {@code true}).
 */
final class VietnameseTokenizerFactory extends AbstractTokenizerFactory {

  static final String NAME = "vi_tokenizer";
  private static final String DISCARD_PUNCTUATION = "discard_punctuation";

  private final Mode mode;
  private final UserDictionary userDictionary;
  private final boolean discardPunctuation;

  VietnameseTokenizerFactory(
      IndexSettings indexSettings, Environment env, String name, Settings settings) {
    super(indexSettings, settings, name);
    ComponentSettings.checkKnown(
        NAME,
        name,
        settings,
        Set.of(ComponentSettings.MODE, ComponentSettings.USER_DICTIONARY, DISCARD_PUNCTUATION));
    mode = ComponentSettings.getMode(NAME, name, settings);
    userDictionary = ComponentSettings.getUserDictionary(NAME, name, env, settings);
    discardPunctuation =
        ComponentSettings.getBoolean(NAME, name, settings, DISCARD_PUNCTUATION, true);
  }

  @Override
  public Tokenizer create() {
    return new VietnameseTokenizer(
        TokenStream.DEFAULT_TOKEN_ATTRIBUTE_FACTORY, userDictionary, mode, discardPunctuation);
  }
}
