package io.github.vnsearch.elasticsearch;

import io.github.vnsearch.analysis.vi.VietnameseNormalizationCharFilter;
import io.github.vnsearch.analysis.vi.VietnameseStopWords;
import io.github.vnsearch.analysis.vi.VietnameseTokenizer.Mode;
import io.github.vnsearch.analysis.vi.dict.UserDictionary;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.CharArraySet;

/**
 * Checks the setting values Elasticsearch hands a component, so that a bad value fails index
 * creation with a message naming the component, the setting and what is accepted (the messages of
 * the OpenSearch plugin, without the instance name, which stable components are not given).
 */
final class ComponentSettings {

  static final String MODE = "mode";
  static final String DISCARD_PUNCTUATION = "discard_punctuation";
  static final String USER_WORDS = "user_words";
  static final String PRESERVE_ORIGINAL = "preserve_original";
  static final String STOPWORDS = "stopwords";

  /** In {@code stopwords}: the default Vietnamese stop set. */
  static final String DEFAULT_STOP_SET = "_vietnamese_";

  /** In {@code stopwords}: no stop word. */
  static final String NO_STOP_SET = "_none_";

  private ComponentSettings() {}

  /** Reads a boolean that must be exactly {@code true} or {@code false}. */
  static boolean getBoolean(String component, String key, String value) {
    return switch (value) {
      case "true" -> true;
      case "false" -> false;
      default -> throw error(component, "[%s] must be true or false, got [%s]", key, value);
    };
  }

  /** Reads {@code mode}: {@code words}, {@code syllables} or {@code mixed}. */
  static Mode getMode(String component, String value) {
    try {
      return Mode.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw error(component, "[%s] must be words, syllables or mixed, got [%s]", MODE, value);
    }
  }

  /**
   * Reads {@code user_words}: one user dictionary entry per element (syllables, then optionally a
   * cost), as the lines of a user dictionary file.
   *
   * @return the dictionary, or null when no word is given
   */
  static UserDictionary getUserWords(String component, List<String> entries) {
    if (entries.isEmpty()) {
      return null;
    }
    try {
      return UserDictionary.open(new StringReader(String.join("\n", entries)));
    } catch (IllegalArgumentException e) {
      throw error(component, "[%s] %s", USER_WORDS, e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringReader does not fail
    }
  }

  /**
   * Reads {@code stopwords}: absent for the default Vietnamese stop set; otherwise the words
   * listed, where {@code _vietnamese_} stands for the default set and {@code _none_} for nothing.
   * Words are normalized as indexed text is ({@code hoà} removes {@code hòa}).
   */
  static CharArraySet getStopWords(List<String> words) {
    CharArraySet defaultSet = VietnameseStopWords.defaultSet();
    if (words.isEmpty() || words.equals(List.of(DEFAULT_STOP_SET))) {
      return defaultSet;
    }
    CharArraySet set = new CharArraySet(words.size(), false);
    for (String word : words) {
      switch (word) {
        case DEFAULT_STOP_SET -> set.addAll(defaultSet);
        case NO_STOP_SET -> {}
        default -> set.add(VietnameseNormalizationCharFilter.normalize(word));
      }
    }
    return set.isEmpty() ? CharArraySet.EMPTY_SET : CharArraySet.unmodifiableSet(set);
  }

  private static IllegalArgumentException error(String component, String format, Object... args) {
    return new IllegalArgumentException(
        component + ": " + String.format(Locale.ROOT, format, args));
  }
}
