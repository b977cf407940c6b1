package io.github.vnsearch.core.search;

import java.time.LocalDate;
import java.util.List;

/**
 * One article in a result page.
 *
 * @param id the article id
 * @param title the headline, or when the article has none, the start of its first sentence
 * @param date the publication day, or {@code null}
 * @param score relevance score (computed whatever the sort; always finite)
 * @param snippets best passages with matches marked, best first; empty when highlighting is off
 */
public record Hit(String id, String title, LocalDate date, float score, List<String> snippets) {

  /** Makes an unmodifiable copy of {@code snippets}. */
  public Hit {
    snippets = List.copyOf(snippets);
  }
}
