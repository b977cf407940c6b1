package io.github.vnsearch.eval;

import io.github.vnsearch.analysis.vi.VietnameseAnalyzer;
import io.github.vnsearch.analysis.vi.VietnameseTokenizer;
import io.github.vnsearch.analysis.vi.VietnameseTokenizer.Mode;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * The one registry of the analyzers vnsearch is compared with, by name: vnsearch's own chains and
 * the Lucene baselines. The retrieval evaluation ({@link Configurations}) and the benchmarks (their
 * {@code @Param}s and results) use the same names and the same analyzers.
 */
public final class Analyzers {

  /** {@link VietnameseAnalyzer} in {@link Mode#WORDS} mode: the query-time chain. */
  public static final String VI_WORDS = "vi-words";

  /**
   * {@link VietnameseTokenizer} alone in {@link Mode#WORDS} mode, on the text as it comes: no
   * normalization filter, no lower casing, no stop words. The component whose speed the analysis
   * issue sets a target for; {@link #VI_WORDS} is the whole chain around it.
   */
  public static final String VI_TOKENIZER = "vi-tokenizer";

  /** {@link VietnameseAnalyzer} in {@link Mode#MIXED} mode: the chain of the exact index fields. */
  public static final String VI_MIXED = "vi-mixed";

  /**
   * {@link VietnameseAnalyzer} in {@link Mode#MIXED} mode with folding: the chain of the
   * accent-insensitive index fields.
   */
  public static final String VI_FOLDING = "vi-folding";

  /** Lucene's {@link StandardAnalyzer}: the reference every ratio is computed against. */
  public static final String STANDARD = "standard";

  /** {@link ICUTokenizer} + {@link ICUFoldingFilter}: Unicode word breaks and folding. */
  public static final String ICU_FOLDING = "icu-folding";

  /** {@link WhitespaceTokenizer} + {@link LowerCaseFilter}: the cheapest sensible chain. */
  public static final String WHITESPACE_LOWERCASE = "whitespace-lowercase";

  /** Names of the Lucene baselines. */
  public static final List<String> BASELINES = List.of(STANDARD, ICU_FOLDING, WHITESPACE_LOWERCASE);

  private Analyzers() {}

  /** Creates the analyzer with the given name. */
  public static Analyzer create(String name) {
    return switch (name) {
      case VI_WORDS -> new VietnameseAnalyzer(Mode.WORDS, false);
      case VI_TOKENIZER -> tokenizerOnly();
      case VI_MIXED -> new VietnameseAnalyzer(Mode.MIXED, false);
      case VI_FOLDING -> new VietnameseAnalyzer(Mode.MIXED, true);
      case STANDARD -> new StandardAnalyzer();
      case ICU_FOLDING -> icuFolding();
      case WHITESPACE_LOWERCASE -> whitespaceLowercase();
      default -> throw new IllegalArgumentException("unknown analyzer: " + name);
    };
  }

  /** Whether the named analyzer is one of the Lucene baselines. */
  public static boolean isBaseline(String name) {
    return BASELINES.contains(name);
  }

  private static Analyzer tokenizerOnly() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(new VietnameseTokenizer(Mode.WORDS));
      }
    };
  }

  private static Analyzer icuFolding() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new ICUTokenizer();
        TokenStream stream = new ICUFoldingFilter(tokenizer);
        return new TokenStreamComponents(tokenizer, stream);
      }

      @Override
      protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ICUFoldingFilter(in);
      }
    };
  }

  private static Analyzer whitespaceLowercase() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new WhitespaceTokenizer();
        return new TokenStreamComponents(tokenizer, new LowerCaseFilter(tokenizer));
      }
    };
  }
}
