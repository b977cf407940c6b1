package io.github.vnsearch.opensearch;

import io.github.vnsearch.analysis.vi.VietnameseNormalizationCharFilter;
import io.github.vnsearch.analysis.vi.VietnameseStopWords;
import io.github.vnsearch.analysis.vi.VietnameseTokenizer.Mode;
import io.github.vnsearch.analysis.vi.dict.UserDictionary;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.CharArraySet;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.analysis.Analysis;

/**
 * Reads and checks the settings of one analysis component, so that a typo or a bad value fails
 * index creation with a message naming the component, the setting and what is accepted.
 */
final class ComponentSettings {

  static final String MODE = "mode";
  static final String USER_DICTIONARY = "user_dictionary";
  static final String STOPWORDS = "stopwords";
  static final String STOPWORDS_PATH = "stopwords_path";

  /** Keys OpenSearch itself puts in component settings ({@code index.version.created}, ...). */
  private static final Set<String> GENERIC = Set.of("type", "version", "index");

  private ComponentSettings() {}

  /** Fails when {@code settings} has a key that is neither generic nor in {@code known}. */
  static void checkKnown(String type, String name, Settings settings, Set<String> known) {
    Set<String> unknown = new TreeSet<>();
    for (String key : settings.keySet()) {
      String root = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
      if (!GENERIC.contains(root) && !known.contains(root)) {
        unknown.add(key);
      }
    }
    if (!unknown.isEmpty()) {
      throw error(
          type,
          name,
          "unknown setting(s) %s; supported: %s",
          unknown,
          known.isEmpty() ? "none" : new TreeSet<>(known));
    }
  }

  /** Reads a boolean setting that must be exactly {@code true} or {@code false}. */
  static boolean getBoolean(
      String type, String name, Settings settings, String key, boolean defaultValue) {
    String value = settings.get(key);
    if (value == null) {
      return defaultValue;
    }
    return switch (value) {
      case "true" -> true;
      case "false" -> false;
      default -> throw error(type, name, "[%s] must be true or false, got [%s]", key, value);
    };
  }

  /** Reads {@code mode}: {@code words}, {@code syllables} or {@code mixed} (the default). */
  static Mode getMode(String type, String name, Settings settings) {
    String value = settings.get(MODE, "mixed");
    try {
      return Mode.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw error(type, name, "[%s] must be words, syllables or mixed, got [%s]", MODE, value);
    }
  }

  /**
   * Reads {@code user_dictionary}, a UTF-8 file under the config directory.
   *
   * @return the dictionary, or null when the setting is absent or the file holds no word
   */
  static UserDictionary getUserDictionary(
      String type, String name, Environment env, Settings settings) {
    String value = settings.get(USER_DICTIONARY);
    if (value == null) {
      return null;
    }
    Path file;
    try {
      file = Analysis.resolveAnalyzerPath(env, value);
    } catch (IllegalArgumentException e) {
      throw error(type, name, "[%s] %s", USER_DICTIONARY, e.getMessage());
    }
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return UserDictionary.open(reader);
    } catch (NoSuchFileException e) {
      throw error(type, name, "[%s] file not found: %s", USER_DICTIONARY, file);
    } catch (IOException e) {
      throw error(type, name, "[%s] cannot read %s (UTF-8 expected): %s", USER_DICTIONARY, file, e);
    } catch (IllegalArgumentException e) {
      throw error(type, name, "[%s] %s: %s", USER_DICTIONARY, file, e.getMessage());
    }
  }

  /**
   * Reads {@code stopwords} (a list, {@code _vietnamese_} for the default set, or {@code _none_})
   * or {@code stopwords_path} (a file under the config directory, one word per line); without
   * either, the default Vietnamese stop set. Words are normalized as indexed text is.
   */
  static CharArraySet getStopWords(String type, String name, Environment env, Settings settings) {
    if (settings.get(STOPWORDS) != null && settings.get(STOPWORDS_PATH) != null) {
      throw error(type, name, "set [%s] or [%s], not both", STOPWORDS, STOPWORDS_PATH);
    }
    CharArraySet defaultSet = VietnameseStopWords.defaultSet();
    CharArraySet words;
    try {
      words =
          Analysis.parseWords(
              env, settings, STOPWORDS, defaultSet, Map.of("_vietnamese_", defaultSet), false);
    } catch (IllegalArgumentException e) {
      throw error(type, name, "%s", e.getMessage());
    }
    if (words == defaultSet || words.isEmpty()) {
      return words;
    }
    CharArraySet normalized = new CharArraySet(words.size(), false);
    for (Object word : words) {
      String text = word instanceof char[] chars ? new String(chars) : word.toString();
      normalized.add(VietnameseNormalizationCharFilter.normalize(text));
    }
    return CharArraySet.unmodifiableSet(normalized);
  }

  private static IllegalArgumentException error(
      String type, String name, String format, Object... args) {
    return new IllegalArgumentException(
        String.format(Locale.ROOT, "%s [%s]: ", type, name)
            + String.format(Locale.ROOT, format, args));
  }
}
