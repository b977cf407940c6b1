package io.github.vnsearch.core.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats each passage as one snippet string with matches wrapped in {@link SnippetMarkers}.
 *
 * <p>Overlapping matches (a word and its own syllables in the {@code MIXED} index graph, or the
 * exact and the folded field of the same word) and matches separated only by spaces (the syllables
 * of a phrase) are merged into one marked span, so {@code Hà Nội} is marked as {@code [Hà Nội]},
 * never {@code [Hà] [Nội]} or a mark inside a word. Line breaks inside a passage become spaces.
 */
final class MarkingPassageFormatter extends PassageFormatter {

  private static final String ELLIPSIS = "…";

  private final SnippetMarkers markers;

  MarkingPassageFormatter(SnippetMarkers markers) {
    this.markers = markers;
  }

  /** Separates the passages of one document in the formatted string (then split by the caller). */
  private static final char SEPARATOR = '\u2029';

  @Override
  public String format(Passage[] passages, String content) {
    StringBuilder out = new StringBuilder();
    for (Passage passage : passages) {
      if (out.length() > 0) {
        out.append(SEPARATOR);
      }
      out.append(format(passage, content));
    }
    return out.toString();
  }

  /** The snippets of one formatted document. */
  static java.util.List<String> split(String formatted) {
    java.util.List<String> out = new java.util.ArrayList<>();
    for (String s : formatted.split(String.valueOf(SEPARATOR))) {
      if (!s.isBlank()) {
        out.add(s);
      }
    }
    return out;
  }

  private String format(Passage passage, String content) {
    StringBuilder sb = new StringBuilder();
    int start = passage.getStartOffset();
    int end = passage.getEndOffset();
    int n = passage.getNumMatches();
    int[] starts = passage.getMatchStarts();
    int[] ends = passage.getMatchEnds();
    // Matches arrive sorted by start offset; merge overlapping or space-adjacent ones.
    int pos = start;
    int i = 0;
    while (i < n) {
      int ms = Math.max(starts[i], pos);
      int me = ends[i];
      int j = i + 1;
      while (j < n && (starts[j] <= me || onlySpaces(content, me, starts[j]))) {
        me = Math.max(me, ends[j]);
        j++;
      }
      if (me > ms) {
        append(sb, content, pos, ms);
        sb.append(markers.open());
        append(sb, content, ms, me);
        sb.append(markers.close());
        pos = me;
      }
      i = j;
    }
    append(sb, content, pos, end);
    String s = sb.toString().strip();
    if (end < content.length() && !s.isEmpty() && ".!?…".indexOf(s.charAt(s.length() - 1)) < 0) {
      s += ELLIPSIS;
    }
    return s;
  }

  private static boolean onlySpaces(String content, int from, int to) {
    if (to - from > 3 || to < from) {
      return false;
    }
    for (int k = from; k < to; k++) {
      if (content.charAt(k) != ' ') {
        return false;
      }
    }
    return true;
  }

  private static void append(StringBuilder sb, String content, int from, int to) {
    for (int k = from; k < to; k++) {
      char c = content.charAt(k);
      sb.append(c == '\n' || c == '\r' || c == SEPARATOR ? ' ' : c);
    }
  }
}
