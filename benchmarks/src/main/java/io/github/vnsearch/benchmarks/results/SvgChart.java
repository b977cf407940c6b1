package io.github.vnsearch.benchmarks.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart written as plain SVG: one panel per measure, vnsearch's bars in colour and
 * the Lucene baselines in grey, each labelled with its value.
 */
public final class SvgChart {

  /**
   * One bar.
   *
   * @param label what was measured, e.g. {@code vi-words}
   * @param value the measured value (NaN bars are left out)
   * @param baseline whether it is a Lucene baseline (drawn grey)
   */
  public record Bar(String label, double value, boolean baseline) {}

  private record Panel(String title, String unit, List<Bar> bars) {}

  private static final int WIDTH = 760;
  private static final int LABEL_WIDTH = 210;
  private static final int BAR_HEIGHT = 22;
  private static final int GAP = 6;
  private static final int VALUE_WIDTH = 110;

  private final String title;
  private final List<Panel> panels = new ArrayList<>();

  /** Starts a chart with the given title. */
  public SvgChart(String title) {
    this.title = title;
  }

  /** Adds a panel of bars sharing one scale; panels with no finite value are skipped. */
  public SvgChart panel(String panelTitle, String unit, List<Bar> bars) {
    List<Bar> kept = new ArrayList<>();
    for (Bar b : bars) {
      if (Double.isFinite(b.value()) && b.value() >= 0) {
        kept.add(b);
      }
    }
    if (!kept.isEmpty()) {
      panels.add(new Panel(panelTitle, unit, kept));
    }
    return this;
  }

  /** Whether any panel has bars. */
  public boolean isEmpty() {
    return panels.isEmpty();
  }

  /** Renders the chart. */
  public String toSvg() {
    StringBuilder body = new StringBuilder();
    int y = 40;
    for (Panel panel : panels) {
      body.append(text(12, y, "panel", panel.title() + " (" + panel.unit() + ")"));
      y += 12;
      double max = 0;
      for (Bar b : panel.bars()) {
        max = Math.max(max, b.value());
      }
      int span = WIDTH - LABEL_WIDTH - VALUE_WIDTH - 12;
      for (Bar b : panel.bars()) {
        int w = max == 0 ? 0 : (int) Math.round(span * b.value() / max);
        body.append(text(LABEL_WIDTH - 8, y + 15, "label", b.label()));
        body.append(
            String.format(
                Locale.ROOT,
                "  <rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" class=\"%s\"/>%n",
                LABEL_WIDTH,
                y,
                Math.max(w, 1),
                BAR_HEIGHT,
                b.baseline() ? "baseline" : "ours"));
        body.append(text(LABEL_WIDTH + w + 6, y + 15, "value", format(b.value())));
        y += BAR_HEIGHT + GAP;
      }
      y += 28;
    }
    int height = y;
    return String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                + " viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"13\">%n",
            WIDTH,
            height,
            WIDTH,
            height)
        + "  <style>.ours{fill:#2f6db5}.baseline{fill:#a0a0a0}.label{text-anchor:end}"
        + ".panel{font-weight:bold}.title{font-size:15px;font-weight:bold}</style>\n"
        + "  <rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n"
        + text(12, 22, "title", title)
        + legend()
        + body
        + "</svg>\n";
  }

  private static String legend() {
    int x = WIDTH - 260;
    return String.format(
            Locale.ROOT,
            "  <rect x=\"%d\" y=\"10\" width=\"14\" height=\"14\" class=\"ours\"/>%n",
            x)
        + text(x + 20, 22, "", "vnsearch")
        + String.format(
            Locale.ROOT,
            "  <rect x=\"%d\" y=\"10\" width=\"14\" height=\"14\" class=\"baseline\"/>%n",
            x + 100)
        + text(x + 120, 22, "", "Lucene baseline");
  }

  private static String text(int x, int y, String cssClass, String content) {
    return String.format(
        Locale.ROOT,
        "  <text x=\"%d\" y=\"%d\"%s>%s</text>%n",
        x,
        y,
        cssClass.isEmpty() ? "" : " class=\"" + cssClass + "\"",
        escape(content));
  }

  static String format(double v) {
    if (v >= 100) {
      return String.format(Locale.ROOT, "%,.0f", v);
    }
    return String.format(Locale.ROOT, v >= 10 ? "%.1f" : "%.2f", v);
  }

  static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
