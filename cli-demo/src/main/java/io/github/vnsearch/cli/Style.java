package io.github.vnsearch.cli;

import java.io.Console;
import java.lang.reflect.Method;

/**
 * How text is decorated on standard output: ANSI bold and colour on an interactive terminal, plain
 * text with {@code [...]} highlight markers otherwise.
 */
record Style(boolean ansi, int width) {

  static final Style PLAIN = new Style(false, 80);

  private static final String RESET = "\u001b[0m";

  /**
   * The style for this process's standard output: ANSI only when stdout is a terminal and the
   * {@code NO_COLOR} environment variable is unset (https://no-color.org).
   */
  static Style detect() {
    boolean terminal = isTerminal();
    String noColor = System.getenv("NO_COLOR");
    boolean ansi = terminal && (noColor == null || noColor.isEmpty());
    return new Style(ansi, terminalWidth());
  }

  /** True when standard input and output are an interactive terminal. */
  static boolean isTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    // Since JDK 22 System.console() is non-null even when redirected; isTerminal() tells the truth.
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (ReflectiveOperationException e) {
      return true; // JDK 21: a non-null console means a terminal
    }
  }

  /** The width output wraps at: {@code COLUMNS} when set (40 to 200), else 80. */
  static int terminalWidth() {
    String columns = System.getenv("COLUMNS");
    if (columns != null) {
      try {
        int width = Integer.parseInt(columns.trim());
        if (width >= 40) {
          return Math.min(width, 200);
        }
      } catch (NumberFormatException e) {
        // fall through to the default
      }
    }
    return 80;
  }

  String bold(String text) {
    return ansi ? "\u001b[1m" + text + RESET : text;
  }

  /** A search-term highlight: bold yellow on a terminal, {@code [text]} otherwise. */
  String highlight(String text) {
    return ansi ? "\u001b[1;33m" + text + RESET : "[" + text + "]";
  }

  String dim(String text) {
    return ansi ? "\u001b[2m" + text + RESET : text;
  }

  String green(String text) {
    return ansi ? "\u001b[32m" + text + RESET : text;
  }

  String cyan(String text) {
    return ansi ? "\u001b[36m" + text + RESET : text;
  }

  String red(String text) {
    return ansi ? "\u001b[31m" + text + RESET : text;
  }
}
