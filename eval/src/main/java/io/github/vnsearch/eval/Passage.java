package io.github.vnsearch.eval;

import java.util.Objects;

/**
 * A passage to retrieve: one line {@code {"id", "text"[, "title"]}} of a passages file.
 *
 * @param id unique id, referenced by the queries' {@code relevant} lists
 * @param title the title, or {@code ""} when there is none
 * @param text the passage text
 */
public record Passage(String id, String title, String text) {
  /** Checks that no component is null. */
  public Passage {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
  }
}
