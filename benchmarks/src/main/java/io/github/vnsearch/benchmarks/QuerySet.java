package io.github.vnsearch.benchmarks;

import java.util.Locale;

/**
 * The queries of {@code QueryBenchmark}, one per kind of search a news site sees. Every query also
 * counts the {@code date} and {@code category} facets.
 */
public enum QuerySet {
  /** One frequent single-syllable word. */
  TERM("xăng", null, null, false),
  /** One two-syllable word, a single term after segmentation. */
  WORD("đàm phán", null, null, false),
  /** A quoted phrase of three words. */
  PHRASE("\"thị trường chứng khoán\"", null, null, false),
  /** A query typed without diacritics, answered through the folded fields. */
  ACCENTLESS("dam phan hoa binh", null, null, false),
  /** Required, optional and prohibited clauses. */
  BOOLEAN("+bóng đá +Việt Nam -\"World Cup\" huấn luyện viên", null, null, false),
  /** A drill-down on a year and a category, with drill-sideways counts for both dimensions. */
  DRILLDOWN("giáo dục", "2005", "Văn hóa", false),
  /** The top 10 hits with highlighted snippets. */
  HIGHLIGHT("sức khỏe cộng đồng", null, null, true);

  private final String text;
  private final String datePath;
  private final String category;
  private final boolean highlight;

  QuerySet(String text, String datePath, String category, boolean highlight) {
    this.text = text;
    this.datePath = datePath;
    this.category = category;
    this.highlight = highlight;
  }

  /** The query as a user types it. */
  public String text() {
    return text;
  }

  /** The {@code date} facet path drilled into (e.g. {@code 2005}), or null. */
  public String datePath() {
    return datePath;
  }

  /** The category drilled into, or null. */
  public String category() {
    return category;
  }

  /** Whether the top hits' snippets are highlighted. */
  public boolean highlight() {
    return highlight;
  }

  /** The name used as JMH parameter value, e.g. {@code term}. */
  public String paramName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Returns the query of the given parameter name. */
  public static QuerySet of(String paramName) {
    return valueOf(paramName.toUpperCase(Locale.ROOT));
  }

  /** A one-line Markdown description of the query, for the results page. */
  public String describe() {
    StringBuilder s = new StringBuilder("`").append(text.replace("|", "\\|")).append('`');
    if (datePath != null) {
      s.append(", date = ").append(datePath);
    }
    if (category != null) {
      s.append(", category = ").append(category);
    }
    if (highlight) {
      s.append(", top 10 highlighted");
    }
    return s.toString();
  }
}
