package io.github.vnsearch.cli;

import io.github.vnsearch.core.search.SnippetMarkers;

/**
 * Converts core's highlighted snippets for the terminal: bold on an ANSI terminal, {@code [...]}
 * markers otherwise. Core marks matches with two private-use characters that never occur in
 * articles, so that the text's own brackets are never mistaken for matches.
 */
final class Snippets {

  /** Marks the start of a match. */
  static final String OPEN = "\uE000";

  /** Marks the end of a match. */
  static final String CLOSE = "\uE001";

  /** The markers to ask core for. */
  static final SnippetMarkers MARKERS = new SnippetMarkers(OPEN, CLOSE);

  private Snippets() {}

  /** Replaces the match markers of {@code snippet} with the style's highlight. */
  static String render(String snippet, Style style) {
    StringBuilder out = new StringBuilder(snippet.length() + 16);
    int from = 0;
    while (true) {
      int open = snippet.indexOf(OPEN, from);
      int close = open < 0 ? -1 : snippet.indexOf(CLOSE, open + OPEN.length());
      if (close < 0) {
        out.append(snippet, from, snippet.length());
        break;
      }
      out.append(snippet, from, open);
      out.append(style.highlight(snippet.substring(open + OPEN.length(), close)));
      from = close + CLOSE.length();
    }
    return collapseWhitespace(out.toString());
  }

  /** Snippets may span paragraphs; one line reads better in a result list. */
  private static String collapseWhitespace(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }
}
