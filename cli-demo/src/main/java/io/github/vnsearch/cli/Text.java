package io.github.vnsearch.cli;

import java.util.Locale;

/** Small text helpers for terminal output: wrapping that ignores ANSI codes, sizes. */
final class Text {

  private Text() {}

  /**
   * Wraps {@code text} at spaces so that no line is wider than {@code width} visible characters;
   * every line starts with {@code indent}.
   */
  static String wrap(String text, int width, String indent) {
    int limit = Math.max(20, width - indent.length());
    StringBuilder out = new StringBuilder();
    StringBuilder line = new StringBuilder();
    int lineWidth = 0;
    for (String word : text.split(" ")) {
      if (word.isEmpty()) {
        continue;
      }
      int w = visibleWidth(word);
      if (lineWidth > 0 && lineWidth + 1 + w > limit) {
        out.append(indent).append(line).append('\n');
        line.setLength(0);
        lineWidth = 0;
      }
      if (lineWidth > 0) {
        line.append(' ');
        lineWidth++;
      }
      line.append(word);
      lineWidth += w;
    }
    if (lineWidth > 0) {
      out.append(indent).append(line).append('\n');
    }
    return out.toString();
  }

  /** Characters a terminal shows: ANSI escapes and combining marks take no column. */
  static int visibleWidth(String s) {
    int width = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\u001b') {
        while (i < s.length() && s.charAt(i) != 'm') {
          i++;
        }
      } else if (Character.getType(c) != Character.NON_SPACING_MARK
          && !Character.isLowSurrogate(c)) {
        width++;
      }
    }
    return width;
  }

  /** Formats a byte count as {@code 1.2 MB}. */
  static String bytes(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    String[] units = {"KB", "MB", "GB", "TB"};
    double value = bytes;
    int unit = -1;
    while (value >= 1024 && unit < units.length - 1) {
      value /= 1024;
      unit++;
    }
    return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
  }

  /** Formats a count with thousands separators. */
  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
