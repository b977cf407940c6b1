package io.github.vnsearch.core.article;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article as read from a file: the unit that is indexed, updated and returned by searches.
 *
 * @param id stable identifier; indexing an article with an id already in the index replaces it
 * @param title the headline, or {@code null} when none could be found
 * @param date the publication day (local to Vietnam), or {@code null} when unknown
 * @param source the publisher (e.g. {@code Dân trí}), or {@code null}
 * @param url the address it was published at, or {@code null}
 * @param category the newspaper section (e.g. {@code Thế giới}), or {@code null}
 * @param body the article text, paragraphs separated by {@code \n}; never empty
 */
public record Article(
    String id,
    String title,
    LocalDate date,
    String source,
    String url,
    String category,
    String body) {

  /** Checks that id and body are present and turns blank optional strings into {@code null}. */
  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(body, "body");
    if (id.isBlank()) {
      throw new IllegalArgumentException("article id must not be blank");
    }
    if (body.isBlank()) {
      throw new IllegalArgumentException("article body must not be blank: " + id);
    }
    title = blankToNull(title);
    source = blankToNull(source);
    url = blankToNull(url);
    category = blankToNull(category);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
