package io.github.vnsearch.core.suggest;

import java.util.List;
import java.util.Objects;

/**
 * Restricts suggestions to what occurs in some articles: those under a {@code date} facet path
 * ({@code 2025}, {@code 2025/12}) and of a category. Suggestions for a filter are computed from its
 * articles the first time it is used, then kept until the index changes.
 *
 * @param datePath a prefix of the date facet path (empty: any date)
 * @param category the exact category, or {@code null} for any
 */
public record SuggestFilter(List<String> datePath, String category) {

  /** No restriction. */
  public static final SuggestFilter NONE = new SuggestFilter(List.of(), null);

  /** Copies the path. */
  public SuggestFilter {
    datePath = List.copyOf(Objects.requireNonNull(datePath, "datePath"));
  }

  /** Articles under a date facet path, e.g. {@code date("2025", "12")}. */
  public static SuggestFilter date(String... path) {
    return new SuggestFilter(List.of(path), null);
  }

  /** The same date restriction, within {@code category}. */
  public SuggestFilter category(String category) {
    return new SuggestFilter(datePath, category);
  }

  /** Whether this filter lets every article through. */
  public boolean isNone() {
    return datePath.isEmpty() && category == null;
  }
}
