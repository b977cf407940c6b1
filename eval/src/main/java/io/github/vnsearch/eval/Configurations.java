package io.github.vnsearch.eval;

import io.github.vnsearch.analysis.vi.VietnameseAnalyzer;
import io.github.vnsearch.analysis.vi.VietnameseTokenizer.Mode;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * The configurations the evaluation compares, by name:
 *
 * <ul>
 *   <li>{@code standard}: Lucene's {@link StandardAnalyzer} (no stop words), one field.
 *   <li>{@code icu-folding}: {@link ICUTokenizer} + {@link ICUFoldingFilter} (Unicode word breaks,
 *       case and accent folding), one field.
 *   <li>{@code vi-words}: {@link VietnameseAnalyzer} in {@link Mode#WORDS} (dictionary words,
 *       default stop words, no folding) at index and query time, one field.
 *   <li>{@code vi-mixed}: the same in {@link Mode#MIXED} (each word and its syllables) at index and
 *       query time, one field.
 *   <li>{@code vnsearch-no-restore}: the library without diacritic restoration of unaccented
 *       queries.
 *   <li>{@code vnsearch}: the library itself, see {@link VnsearchConfiguration}.
 * </ul>
 *
 * The single-field ones are {@link SingleFieldConfiguration}s (BM25 defaults, OR of the query's
 * terms).
 */
public final class Configurations {

  /** Every configuration name, in report order. */
  public static final List<String> NAMES =
      List.of(
          "standard",
          "icu-folding",
          "vi-words",
          "vi-mixed",
          VnsearchConfiguration.NO_RESTORE_NAME,
          VnsearchConfiguration.NAME);

  private Configurations() {}

  /**
   * Creates the configuration called {@code name}.
   *
   * @throws IllegalArgumentException for an unknown name, listing the known ones
   */
  public static RetrievalConfiguration create(String name) {
    return switch (name) {
      case "standard" -> new SingleFieldConfiguration(name, StandardAnalyzer::new);
      case "icu-folding" -> new SingleFieldConfiguration(name, Configurations::icuFolding);
      case "vi-words" ->
          new SingleFieldConfiguration(name, () -> new VietnameseAnalyzer(Mode.WORDS, false));
      case "vi-mixed" ->
          new SingleFieldConfiguration(name, () -> new VietnameseAnalyzer(Mode.MIXED, false));
      case VnsearchConfiguration.NAME -> new VnsearchConfiguration();
      case VnsearchConfiguration.NO_RESTORE_NAME -> new VnsearchConfiguration(false);
      default ->
          throw new IllegalArgumentException(
              "unknown configuration '" + name + "'; known: " + String.join(", ", NAMES));
    };
  }

  /** Creates the configurations called {@code names}, in that order. */
  public static List<RetrievalConfiguration> create(List<String> names) {
    List<RetrievalConfiguration> configurations = new ArrayList<>();
    for (String name : names) {
      configurations.add(create(name));
    }
    return configurations;
  }

  private static Analyzer icuFolding() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        ICUTokenizer tokenizer = new ICUTokenizer();
        return new TokenStreamComponents(tokenizer, new ICUFoldingFilter(tokenizer));
      }

      @Override
      protected org.apache.lucene.analysis.TokenStream normalize(
          String fieldName, org.apache.lucene.analysis.TokenStream in) {
        return new ICUFoldingFilter(in);
      }
    };
  }
}
