package io.github.vnsearch.analysis.vi;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory for {@link VietnameseFoldingFilter}, which removes Vietnamese diacritics ({@code đàm_phán
 * → dam_phan}).
 *
 * <pre class="prettyprint">
 * Analyzer analyzer = CustomAnalyzer.builder()
 *     .addCharFilter("vietnameseNormalization")
 *     .withTokenizer("vietnamese")
 *     .addTokenFilter("lowercase")
 *     .addTokenFilter("vietnameseStop")
 *     .addTokenFilter("vietnameseFolding", "preserveOriginal", "true")
 *     .build();
 * </pre>
 *
 * <p>Parameter {@code preserveOriginal} (default {@code false}): also keep the accented token, at
 * the same position, before its folded form. For multi-term queries ({@link #normalize}) terms are
 * always folded: the folded form is indexed in both settings.
 *
 * @lucene.spi {@value #NAME}
 */
public class VietnameseFoldingFilterFactory extends TokenFilterFactory {

  /** SPI name. */
  public static final String NAME = "vietnameseFolding";

  private static final String PRESERVE_ORIGINAL = "preserveOriginal";

  private final boolean preserveOriginal;

  /** Creates a new factory from {@code preserveOriginal}; other parameters are rejected. */
  public VietnameseFoldingFilterFactory(Map<String, String> args) {
    super(args);
    preserveOriginal = FactoryArgs.getBoolean(args, PRESERVE_ORIGINAL, false);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Default ctor for compatibility with SPI. */
  public VietnameseFoldingFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new VietnameseFoldingFilter(input, preserveOriginal);
  }

  @Override
  public TokenStream normalize(TokenStream input) {
    return new VietnameseFoldingFilter(input, false);
  }
}
