package io.github.vnsearch.core.suggest;

import java.util.Locale;
import java.util.Objects;

/**
 * One completion of a typed prefix.
 *
 * @param text the completed text, with its diacritics and usual capitals ({@code Hà Nội})
 * @param kind what the completion is
 * @param weight how many times it occurs in the indexed articles (for a headline, how many articles
 *     carry it)
 */
public record Suggestion(String text, Kind kind, long weight) {

  /** What a completion is. */
  public enum Kind {
    /** One word of the index's vocabulary, of one or more syllables ({@code đàm phán}). */
    WORD,
    /** A frequent sequence of words ({@code đàm phán hòa bình}). */
    PHRASE,
    /** An article's headline. */
    TITLE;

    /** The lower-case name, as the command line prints it ({@code word}). */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Checks the fields. */
  public Suggestion {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
  }
}
