package io.github.vnsearch.core.suggest;

/**
 * An entry of a {@link CompletionTable}: a text, what it is, how often it occurs, and the weight
 * that orders entries of a same prefix (its count, then for headlines, how recent they are).
 */
record Completion(String text, Suggestion.Kind kind, long count, long rank) {

  /** Headlines of a same count are ordered by recency in this many steps. */
  static final int RECENCY_STEPS = 64;

  /** A word or phrase, ranked by its count. */
  static Completion of(String text, Suggestion.Kind kind, long count) {
    return new Completion(text, kind, count, count * RECENCY_STEPS);
  }

  /** A headline, ranked by its count, then its recency (0 oldest to {@code RECENCY_STEPS - 1}). */
  static Completion title(String text, long count, int recency) {
    return new Completion(text, Suggestion.Kind.TITLE, count, count * RECENCY_STEPS + recency);
  }
}
