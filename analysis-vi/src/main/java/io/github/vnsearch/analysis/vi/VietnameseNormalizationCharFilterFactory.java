package io.github.vnsearch.analysis.vi;

import java.io.Reader;
import java.util.Map;
import org.apache.lucene.analysis.CharFilterFactory;

/**
 * Factory for {@link VietnameseNormalizationCharFilter}; it takes no parameters.
 *
 * <pre class="prettyprint">
 * Analyzer analyzer = CustomAnalyzer.builder()
 *     .addCharFilter("vietnameseNormalization")
 *     .withTokenizer("vietnamese")
 *     .build();
 * </pre>
 *
 * <p>In Solr: {@code <charFilter name="vietnameseNormalization"/>}. The filter also applies to
 * multi-term queries ({@link #normalize}), so wildcard and prefix terms are normalized too.
 *
 * @lucene.spi {@value #NAME}
 */
public class VietnameseNormalizationCharFilterFactory extends CharFilterFactory {

  /** SPI name. */
  public static final String NAME = "vietnameseNormalization";

  /** Creates a new factory; {@code args} must be empty. */
  public VietnameseNormalizationCharFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Default ctor for compatibility with SPI. */
  public VietnameseNormalizationCharFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public Reader create(Reader input) {
    return new VietnameseNormalizationCharFilter(input);
  }

  @Override
  public Reader normalize(Reader input) {
    return create(input);
  }
}
