package io.github.vnsearch.core.article;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article as read from a file: the unit that is indexed, updated and returned by searches.
 * Build one with {@link #builder(String, String)}:
 *
 * <pre>{@code
 * Article article = Article.builder("dt-2025-001", "Hai bên nhất trí nối lại đàm phán hòa bình.")
 *     .title("Nối lại đàm phán")
 *     .date(LocalDate.of(2025, 3, 2))
 *     .source("Dân trí")
 *     .category("Thế giới")
 *     .build();
 * }</pre>
 *
 * <p>The builder is the documented way to make one: the record's constructor takes the fields
 * positionally and gains a parameter whenever an article gains a field.
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

  /**
   * Starts an article with its two required fields; the others are {@code null} until set.
   *
   * @param id see {@link #id()}
   * @param body see {@link #body()}
   */
  public static Builder builder(String id, String body) {
    return new Builder(id, body);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /**
   * Collects the optional fields of an {@link Article}; {@link #build()} validates them as the
   * record does (blank strings become {@code null}).
   */
  public static final class Builder {
    private final String id;
    private final String body;
    private String title;
    private LocalDate date;
    private String source;
    private String url;
    private String category;

    private Builder(String id, String body) {
      this.id = id;
      this.body = body;
    }

    /** The headline ({@code null}: none). */
    public Builder title(String title) {
      this.title = title;
      return this;
    }

    /** The publication day, local to Vietnam ({@code null}: unknown). */
    public Builder date(LocalDate date) {
      this.date = date;
      return this;
    }

    /** The publisher ({@code null}: unknown). */
    public Builder source(String source) {
      this.source = source;
      return this;
    }

    /** The address it was published at ({@code null}: unknown). */
    public Builder url(String url) {
      this.url = url;
      return this;
    }

    /** The newspaper section ({@code null}: none). */
    public Builder category(String category) {
      this.category = category;
      return this;
    }

    /**
     * The article.
     *
     * @throws NullPointerException when id or body is {@code null}
     * @throws IllegalArgumentException when id or body is blank
     */
    public Article build() {
      return new Article(id, title, date, source, url, category, body);
    }
  }
}
