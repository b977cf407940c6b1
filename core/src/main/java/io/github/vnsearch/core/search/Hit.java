package io.github.vnsearch.core.search;

import java.time.LocalDate;
import java.util.List;

/**
 * One article in a result page: its stored fields but the body (get the whole article with {@link
 * io.github.vnsearch.core.index.ArticleIndex#get}), its score and its snippets.
 *
 * @param id the article id
 * @param title the headline, or when the article has none, the start of its first sentence
 * @param date the publication day, or {@code null}
 * @param source the publisher, or {@code null}
 * @param url the address it was published at, or {@code null}
 * @param category the newspaper section, or {@code null}
 * @param score relevance score (computed whatever the sort; always finite)
 * @param snippets best passages with matches marked, best first; empty when highlighting is off
 */
public record Hit(
    String id,
    String title,
    LocalDate date,
    String source,
    String url,
    String category,
    float score,
    List<String> snippets) {

  /** Makes an unmodifiable copy of {@code snippets}. */
  public Hit {
    snippets = List.copyOf(snippets);
  }
}
