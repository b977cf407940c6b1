package io.github.vnsearch.eval;

import java.util.Objects;
import java.util.Set;

/**
 * A query with its relevance judgments: one line {@code {"id", "text", "relevant": [ids]}} of a
 * queries file. Other fields on the line (answers, for instance) are ignored.
 *
 * @param id unique id, the key of the query's rank in reports
 * @param text what the user typed
 * @param relevant ids of the passages that answer the query (binary relevance)
 */
public record JudgedQuery(String id, String text, Set<String> relevant) {
  /** Checks that no component is null and copies the relevant set. */
  public JudgedQuery {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    relevant = Set.copyOf(relevant);
  }
}
