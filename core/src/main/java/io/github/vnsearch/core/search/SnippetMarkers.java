package io.github.vnsearch.core.search;

import java.util.Objects;

/**
 * The strings put around matched words in snippets.
 *
 * @param open inserted before a match
 * @param close inserted after a match
 */
public record SnippetMarkers(String open, String close) {

  /** {@code [match]}: readable anywhere, the default. */
  public static final SnippetMarkers BRACKETS = new SnippetMarkers("[", "]");

  /** ANSI bold on, normal intensity off: for terminals. */
  public static final SnippetMarkers ANSI_BOLD = new SnippetMarkers("\u001b[1m", "\u001b[22m");

  /** {@code <b>match</b>}; the text between markers is not HTML-escaped. */
  public static final SnippetMarkers HTML_BOLD = new SnippetMarkers("<b>", "</b>");

  /** Checks that neither marker is null. */
  public SnippetMarkers {
    Objects.requireNonNull(open, "open");
    Objects.requireNonNull(close, "close");
  }
}
