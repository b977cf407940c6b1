package io.github.vnsearch.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Indexing progress: a bar redrawn in place on a terminal (files and articles done, articles per
 * second, ETA), or a plain line every few seconds when the output is a log file or a pipe.
 */
final class ProgressBar {

  private static final long REDRAW_NANOS = 100_000_000L; // 10 redraws per second at most
  private static final long LINE_NANOS = 5_000_000_000L; // a log line every 5 seconds

  private final PrintWriter out;
  private final boolean interactive;
  private final int width;
  private final long start = System.nanoTime();
  private long lastDraw = start; // short runs print no progress at all
  private boolean drawn;
  private Snapshot last;
  private Snapshot lastDrawn;

  ProgressBar(PrintWriter out, boolean interactive, int width) {
    this.out = out;
    this.interactive = interactive;
    this.width = width;
  }

  /** Reports progress; cheap to call often, it only draws when enough time has passed. */
  synchronized void update(Snapshot s) {
    last = s;
    long now = System.nanoTime();
    if (now - lastDraw < (interactive ? REDRAW_NANOS : LINE_NANOS)) {
      return;
    }
    lastDraw = now;
    draw(s, now - start);
  }

  /** Draws the last state reported and ends the line. */
  synchronized void finish() {
    if (last == null) {
      return;
    }
    if (interactive) {
      draw(last, System.nanoTime() - start);
      out.print('\n');
      out.flush();
    } else if (drawn && last != lastDrawn) {
      draw(last, System.nanoTime() - start);
    }
  }

  private void draw(Snapshot s, long elapsedNanos) {
    lastDrawn = s;
    String line = render(s, elapsedNanos, interactive ? width : 0);
    if (interactive) {
      out.print('\r' + line + "\u001b[K");
    } else {
      out.println(line);
    }
    out.flush();
    drawn = true;
  }

  /**
   * Formats one progress line; {@code width > 0} adds a bar sized to fit.
   *
   * <p>The fraction done comes from bytes read when the total size is known (one big JSON Lines
   * file), else from files done.
   */
  static String render(Snapshot s, long elapsedNanos, int width) {
    double seconds = Math.max(elapsedNanos / 1e9, 1e-9);
    double rate = s.articles() / seconds;
    double fraction = s.fraction();
    StringBuilder text = new StringBuilder();
    if (s.filesTotal() > 0) {
      text.append(String.format(Locale.ROOT, "%,d/%,d files  ", s.filesDone(), s.filesTotal()));
    }
    text.append(String.format(Locale.ROOT, "%,d articles  %,.0f articles/s", s.articles(), rate));
    if (fraction > 0.001 && fraction < 1) {
      long eta = Math.round(seconds / fraction * (1 - fraction));
      text.append("  ETA ").append(duration(eta));
    } else {
      text.append("  ").append(duration(Math.round(seconds)));
    }
    if (width <= 0 || fraction < 0) {
      return text.toString();
    }
    int barWidth = Math.max(10, Math.min(40, width - text.length() - 10));
    int filled = (int) Math.round(Math.min(1, fraction) * barWidth);
    return "["
        + "#".repeat(filled)
        + "-".repeat(barWidth - filled)
        + "] "
        + String.format(Locale.ROOT, "%3d%% ", (int) Math.floor(Math.min(1, fraction) * 100))
        + text;
  }

  /** Formats seconds as {@code 1:05} or {@code 1:02:03}. */
  static String duration(long seconds) {
    long h = seconds / 3600;
    long m = (seconds % 3600) / 60;
    long sec = seconds % 60;
    return h > 0
        ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, sec)
        : String.format(Locale.ROOT, "%d:%02d", m, sec);
  }

  /**
   * What has been done so far.
   *
   * @param filesDone input files finished
   * @param filesTotal input files found, 0 if unknown
   * @param articles articles indexed or updated
   * @param bytesDone bytes of input read
   * @param bytesTotal total bytes of input, 0 if unknown
   */
  record Snapshot(long filesDone, long filesTotal, long articles, long bytesDone, long bytesTotal) {
    /** Fraction done in [0, 1], or -1 when unknown. */
    double fraction() {
      if (bytesTotal > 0) {
        return Math.min(1.0, (double) bytesDone / bytesTotal);
      }
      if (filesTotal > 0) {
        return (double) filesDone / filesTotal;
      }
      return -1;
    }
  }
}
