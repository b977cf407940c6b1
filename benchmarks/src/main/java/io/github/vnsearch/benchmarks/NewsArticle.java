package io.github.vnsearch.benchmarks;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * One article of the VNTC news corpus as the benchmarks use it.
 *
 * @param id the corpus id, unique
 * @param title the headline, or {@code null} when the corpus has none
 * @param category the topic, e.g. {@code Thể thao}
 * @param source the newspaper, e.g. {@code VnExpress}
 * @param body the article text
 * @param textBytes UTF-8 size of title and body: the "MB of text" throughput is counted in
 */
public record NewsArticle(
    String id, String title, String category, String source, String body, int textBytes) {

  private static final LocalDate FIRST_DAY = LocalDate.of(2004, 1, 1);
  private static final int DAYS = 3 * 365 + 1; // 2004-01-01 .. 2006-12-31

  /** Creates an article, computing its text size. */
  public static NewsArticle of(
      String id, String title, String category, String source, String body) {
    int bytes = utf8Length(body) + (title == null ? 0 : utf8Length(title));
    return new NewsArticle(id, title, category, source, body, bytes);
  }

  /** Title and body as one text, separated by a line break (the body alone when untitled). */
  public String text() {
    return title == null ? body : title + "\n" + body;
  }

  /**
   * A publication date for facet benchmarks. VNTC has no dates, so this is a synthetic one, spread
   * evenly over 2004–2006 (the corpus' years) by a hash of the id: stable across runs, never to be
   * read as real metadata.
   */
  public LocalDate syntheticDate() {
    long h = NewsSample.mix(0x0DA7EL, id.hashCode());
    return FIRST_DAY.plusDays(Math.floorMod(h, DAYS));
  }

  static int utf8Length(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }
}
