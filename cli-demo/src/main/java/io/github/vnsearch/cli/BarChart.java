package io.github.vnsearch.cli;

import io.github.vnsearch.core.search.FacetValue;
import java.util.List;
import java.util.Locale;

/** Draws facet counts as a small horizontal bar chart, one line per bucket. */
final class BarChart {

  private static final int MAX_BAR = 30;

  private BarChart() {}

  /**
   * Renders {@code values} with bars proportional to counts (at least one cell for a non-zero
   * count), labels left-aligned, counts right-aligned.
   */
  static String render(List<FacetValue> values, Style style) {
    if (values.isEmpty()) {
      return "";
    }
    int labelWidth = 0;
    int countWidth = 0;
    long max = 0;
    for (FacetValue v : values) {
      labelWidth = Math.max(labelWidth, v.label().length());
      countWidth = Math.max(countWidth, String.format(Locale.ROOT, "%,d", v.count()).length());
      max = Math.max(max, v.count());
    }
    String cell = style.ansi() ? "█" : "#";
    StringBuilder out = new StringBuilder();
    for (FacetValue v : values) {
      int cells = max == 0 ? 0 : (int) Math.round((double) v.count() * MAX_BAR / max);
      if (cells == 0 && v.count() > 0) {
        cells = 1;
      }
      out.append("  ")
          .append(pad(v.label(), labelWidth))
          .append("  ")
          .append(String.format(Locale.ROOT, "%," + countWidth + "d", v.count()))
          .append("  ")
          .append(style.cyan(cell.repeat(cells)))
          .append('\n');
    }
    return out.toString();
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }
}
