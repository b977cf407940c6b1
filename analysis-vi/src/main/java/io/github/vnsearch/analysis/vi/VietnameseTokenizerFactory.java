package io.github.vnsearch.analysis.vi;

import io.github.vnsearch.analysis.vi.VietnameseTokenizer.Mode;
import io.github.vnsearch.analysis.vi.dict.UserDictionary;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.util.AttributeFactory;
import org.apache.lucene.util.IOUtils;
import org.apache.lucene.util.ResourceLoader;
import org.apache.lucene.util.ResourceLoaderAware;

/**
 * Factory for {@link VietnameseTokenizer}, SPI name {@value #NAME}.
 *
 * <pre class="prettyprint">
 * &lt;tokenizer name="vietnamese" mode="mixed" userDictionary="userdict.txt"
 *            discardPunctuation="true"/&gt;
 * </pre>
 *
 * <p>Parameters: {@code mode} ({@code words}, {@code syllables} or {@code mixed}; default {@code
 * mixed}), {@code userDictionary} (resource path of a {@link UserDictionary} text file, UTF-8;
 * optional), {@code discardPunctuation} (default true).
 *
 * @lucene.spi {@value #NAME}
 */
public class VietnameseTokenizerFactory extends org.apache.lucene.analysis.TokenizerFactory
    implements ResourceLoaderAware {

  /** SPI name. */
  public static final String NAME = "vietnamese";

  private final Mode mode;
  private final String userDictionaryPath;
  private final boolean discardPunctuation;
  private UserDictionary userDictionary;

  /** Creates a factory from its parameters; unknown parameters are rejected. */
  public VietnameseTokenizerFactory(Map<String, String> args) {
    super(args);
    String modeName = get(args, "mode", "mixed");
    try {
      mode = Mode.valueOf(modeName.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "Unknown mode '"
              + modeName
              + "' for tokenizer "
              + NAME
              + "; expected words, syllables or mixed");
    }
    userDictionaryPath = get(args, "userDictionary");
    discardPunctuation = getBoolean(args, "discardPunctuation", true);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters for tokenizer " + NAME + ": " + args);
    }
  }

  /** Default ctor for compatibility with SPI. */
  public VietnameseTokenizerFactory() {
    throw defaultCtorException();
  }

  @Override
  public void inform(ResourceLoader loader) throws IOException {
    if (userDictionaryPath == null) {
      return;
    }
    try (InputStream stream = loader.openResource(userDictionaryPath);
        Reader reader = IOUtils.getDecodingReader(stream, StandardCharsets.UTF_8)) {
      userDictionary = UserDictionary.open(reader);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(userDictionaryPath + ": " + e.getMessage(), e);
    }
  }

  @Override
  public VietnameseTokenizer create(AttributeFactory factory) {
    return new VietnameseTokenizer(factory, userDictionary, mode, discardPunctuation);
  }
}
