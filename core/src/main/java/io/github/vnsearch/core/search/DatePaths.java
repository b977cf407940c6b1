package io.github.vnsearch.core.search;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/** Parses and normalizes {@code date} drill-down paths ({@code 2025}, {@code 2025/12}, ...). */
final class DatePaths {

  private DatePaths() {}

  /**
   * Returns {@code path} with zero-padded month and day and {@code /} separators; accepts {@code -}
   * as separator too, and {@link SearchRequest#NO_DATE}.
   *
   * @throws IllegalArgumentException with a message fit for the user when the path is not a date
   */
  static String normalize(String path) {
    String p = path.strip();
    if (p.equalsIgnoreCase(SearchRequest.NO_DATE)) {
      return SearchRequest.NO_DATE;
    }
    String[] parts = p.split("[/-]", -1);
    try {
      if (parts.length < 1 || parts.length > 3 || !parts[0].matches("\\d{4}")) {
        throw new NumberFormatException();
      }
      int year = Integer.parseInt(parts[0]);
      if (parts.length == 1) {
        return parts[0];
      }
      int month = Integer.parseInt(parts[1]);
      YearMonth ym = YearMonth.of(year, month);
      if (parts.length == 2) {
        return String.format("%04d/%02d", ym.getYear(), ym.getMonthValue());
      }
      LocalDate day = ym.atDay(Integer.parseInt(parts[2]));
      return String.format("%04d/%02d/%02d", year, month, day.getDayOfMonth());
    } catch (NumberFormatException | DateTimeException e) {
      throw new IllegalArgumentException(
          "not a date path: '" + path + "' (expected YYYY, YYYY/MM or YYYY/MM/DD)");
    }
  }

  /** Splits a normalized path into facet path components. */
  static String[] components(String normalized) {
    return normalized.equals(SearchRequest.NO_DATE)
        ? new String[] {SearchRequest.NO_DATE}
        : normalized.split("/");
  }
}
