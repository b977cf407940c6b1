package io.github.vnsearch.cli;

import io.github.vnsearch.core.search.SearchRequest;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A calendar period typed on the command line as a year ({@code 2025}), a month ({@code 2025-12})
 * or a day ({@code 2025-12-15}); {@code --from} uses its first day and {@code --to} its last.
 *
 * @param first the first day of the period
 * @param last the last day of the period, inclusive
 * @param depth 1 for a year, 2 for a month, 3 for a day
 */
record DatePeriod(LocalDate first, LocalDate last, int depth) {

  static final String FORMATS = "2025, 2025-12 or 2025-12-15";

  /**
   * Parses {@code text} with {@code separator} between year, month and day.
   *
   * @throws IllegalArgumentException with a message naming the accepted forms
   */
  static DatePeriod parse(String text, char separator) {
    String[] parts =
        text.trim().split(java.util.regex.Pattern.quote(String.valueOf(separator)), -1);
    if (parts.length == 0 || parts.length > 3) {
      throw bad(text, separator);
    }
    int[] numbers = new int[parts.length];
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i];
      int expected = i == 0 ? 4 : 2;
      if (part.length() != expected && !(i > 0 && part.length() == 1)) {
        throw bad(text, separator);
      }
      for (int c = 0; c < part.length(); c++) {
        if (part.charAt(c) < '0' || part.charAt(c) > '9') {
          throw bad(text, separator);
        }
      }
      numbers[i] = Integer.parseInt(part);
    }
    try {
      return switch (numbers.length) {
        case 1 ->
            new DatePeriod(LocalDate.of(numbers[0], 1, 1), LocalDate.of(numbers[0], 12, 31), 1);
        case 2 -> {
          YearMonth month = YearMonth.of(numbers[0], numbers[1]);
          yield new DatePeriod(month.atDay(1), month.atEndOfMonth(), 2);
        }
        default -> {
          LocalDate day = LocalDate.of(numbers[0], numbers[1], numbers[2]);
          yield new DatePeriod(day, day, 3);
        }
      };
    } catch (DateTimeException e) {
      throw bad(text, separator);
    }
  }

  /**
   * This period as a {@code date} facet path: {@code 2025}, {@code 2025/12} or {@code 2025/12/15}.
   */
  String path() {
    return switch (depth) {
      case 1 -> String.format(java.util.Locale.ROOT, "%04d", first.getYear());
      case 2 ->
          String.format(java.util.Locale.ROOT, "%04d/%02d", first.getYear(), first.getMonthValue());
      default ->
          String.format(
              java.util.Locale.ROOT,
              "%04d/%02d/%02d",
              first.getYear(),
              first.getMonthValue(),
              first.getDayOfMonth());
    };
  }

  private static IllegalArgumentException bad(String text, char separator) {
    String forms = separator == '-' ? FORMATS : "2025, 2025/12 or 2025/12/15";
    return new IllegalArgumentException("'" + text + "' is not a date: use " + forms);
  }

  /** Picocli converter for {@code --from}/{@code --to} values. */
  static final class Converter implements ITypeConverter<DatePeriod> {
    @Override
    public DatePeriod convert(String value) {
      try {
        return parse(value, '-');
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /**
   * Picocli converter for {@code --date} drill-down paths: {@code 2025}, {@code 2025/12} (or {@code
   * 2025-12}), {@code 2025/12/15}, or {@code none} for articles without a date; yields the
   * normalized facet path.
   */
  static final class PathConverter implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      String v = value.strip();
      if (v.equalsIgnoreCase("none") || v.equalsIgnoreCase(SearchRequest.NO_DATE)) {
        return SearchRequest.NO_DATE;
      }
      try {
        return parse(v.replace('-', '/'), '/').path();
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage() + ", or none");
      }
    }
  }
}
