package io.github.vnsearch.analysis.vi;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.util.ResourceLoader;
import org.apache.lucene.util.ResourceLoaderAware;

/**
 * Factory for a {@link VietnameseStopFilter} over Vietnamese stop words: by default {@link
 * VietnameseStopWords#defaultSet()}.
 *
 * <pre class="prettyprint">
 * Analyzer analyzer = CustomAnalyzer.builder()
 *     .addCharFilter("vietnameseNormalization")
 *     .withTokenizer("vietnamese")
 *     .addTokenFilter("lowercase")
 *     .addTokenFilter("vietnameseStop", "words", "my-stopwords.txt", "ignoreCase", "true")
 *     .build();
 * </pre>
 *
 * <p>Parameters: {@code words}, comma-separated resource names of UTF-8 word lists (one word per
 * line, {@code #} starts a comment line) that replace the default set; {@code ignoreCase} (default
 * {@code false}). Words read from files are normalized as {@link VietnameseNormalizationCharFilter}
 * normalizes text, so {@code hoà} in a file removes {@code hòa}. Put this filter before {@link
 * VietnameseFoldingFilter}: stop words are matched with their diacritics.
 *
 * @lucene.spi {@value #NAME}
 */
public class VietnameseStopFilterFactory extends TokenFilterFactory implements ResourceLoaderAware {

  /** SPI name. */
  public static final String NAME = "vietnameseStop";

  private final String words;
  private final boolean ignoreCase;
  private CharArraySet stopWords;

  /** Creates a new factory from {@code words} and {@code ignoreCase}; others are rejected. */
  public VietnameseStopFilterFactory(Map<String, String> args) {
    super(args);
    words = get(args, "words");
    ignoreCase = FactoryArgs.getBoolean(args, "ignoreCase", false);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Default ctor for compatibility with SPI. */
  public VietnameseStopFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public void inform(ResourceLoader loader) throws IOException {
    if (words == null) {
      stopWords =
          ignoreCase
              ? CharArraySet.unmodifiableSet(
                  new CharArraySet(VietnameseStopWords.defaultSet(), true))
              : VietnameseStopWords.defaultSet();
      return;
    }
    CharArraySet set = new CharArraySet(64, ignoreCase);
    for (String name : splitFileNames(words)) {
      String file = name.strip();
      try {
        for (String word : getLines(loader, file)) {
          set.add(VietnameseNormalizationCharFilter.normalize(word));
        }
      } catch (IOException | RuntimeException e) {
        throw new IOException(
            "Cannot read Vietnamese stop words from '" + file + "': " + e.getMessage(), e);
      }
    }
    stopWords = CharArraySet.unmodifiableSet(set);
  }

  /** The stop set in use; {@code null} before {@link #inform}. */
  public CharArraySet getStopWords() {
    return stopWords;
  }

  @Override
  public TokenStream create(TokenStream input) {
    if (stopWords == null) {
      throw new IllegalStateException("VietnameseStopFilterFactory used before inform()");
    }
    return new VietnameseStopFilter(input, stopWords);
  }
}
