package io.github.vnsearch.analysis.vi;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.util.IOUtils;

/**
 * The default Vietnamese stop set: a short, conservative list of function words for news search
 * ({@code và}, {@code của}, {@code là}, {@code thì}, {@code mà}, …), read once from the classpath
 * resource {@code stopwords.txt} beside this class.
 *
 * <p>Entries are lower case and normalized as {@link VietnameseNormalizationCharFilter} normalizes
 * text, so the set must be applied after lower casing and before {@link VietnameseFoldingFilter}.
 */
public final class VietnameseStopWords {

  /** Name of the resource, relative to this class, that holds the default stop words. */
  public static final String DEFAULT_RESOURCE = "stopwords.txt";

  private VietnameseStopWords() {}

  /** Returns the default stop set (unmodifiable, case sensitive, shared). */
  public static CharArraySet defaultSet() {
    return DefaultSetHolder.SET;
  }

  /** Loads the set lazily, once per JVM, on first use. */
  private static final class DefaultSetHolder {
    static final CharArraySet SET = load();

    private static CharArraySet load() {
      InputStream stream = VietnameseStopWords.class.getResourceAsStream(DEFAULT_RESOURCE);
      if (stream == null) {
        throw new IllegalStateException(
            "Missing resource " + DEFAULT_RESOURCE + " beside " + VietnameseStopWords.class);
      }
      try (Reader reader = IOUtils.getDecodingReader(stream, StandardCharsets.UTF_8)) {
        return CharArraySet.unmodifiableSet(
            WordlistLoader.getWordSet(reader, "#", new CharArraySet(128, false)));
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read stop words " + DEFAULT_RESOURCE, e);
      }
    }
  }
}
