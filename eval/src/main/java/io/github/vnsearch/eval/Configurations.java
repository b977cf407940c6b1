package io.github.vnsearch.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * The configurations the evaluation compares, by name (the analyzers are those of {@link
 * Analyzers}):
 *
 * <ul>
 *   <li>{@code standard}: Lucene's {@code StandardAnalyzer} (no stop words), one field.
 *   <li>{@code icu-folding}: {@code ICUTokenizer} + {@code ICUFoldingFilter} (Unicode word breaks,
 *       case and accent folding), one field.
 *   <li>{@code vi-words}: {@code VietnameseAnalyzer} in {@code WORDS} mode (dictionary words,
 *       default stop words, no folding) at index and query time, one field.
 *   <li>{@code vi-mixed}: the same in {@code MIXED} mode (each word and its syllables) at index and
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
          Analyzers.STANDARD,
          Analyzers.ICU_FOLDING,
          Analyzers.VI_WORDS,
          Analyzers.VI_MIXED,
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
      case Analyzers.STANDARD, Analyzers.ICU_FOLDING, Analyzers.VI_WORDS, Analyzers.VI_MIXED ->
          new SingleFieldConfiguration(name, () -> Analyzers.create(name));
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
}
