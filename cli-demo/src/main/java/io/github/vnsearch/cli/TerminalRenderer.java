package io.github.vnsearch.cli;

import io.github.vnsearch.core.article.IngestReport;
import io.github.vnsearch.core.index.IndexStats;
import io.github.vnsearch.core.search.FacetValue;
import io.github.vnsearch.core.search.Hit;
import io.github.vnsearch.core.search.SearchRequest;
import io.github.vnsearch.core.search.SearchResult;
import io.github.vnsearch.core.search.SnippetMarkers;
import io.github.vnsearch.core.suggest.Suggestion;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/** Human-readable output: aligned, wrapped to the terminal, bold and colour when allowed. */
final class TerminalRenderer implements Renderer {

  private static final int MAX_SKIPPED_SHOWN = 20;
  private static final int MAX_CATEGORIES_SHOWN = 8;

  private final PrintWriter out;
  private final Style style;
  private final UnaryOperator<String> displayId;
  private final boolean pagingHint;

  TerminalRenderer(PrintWriter out, Style style) {
    this(out, style, WorkingDirectory::relative, true);
  }

  /**
   * @param displayId shortens article ids for display (the demo strips its temporary folder)
   * @param pagingHint whether to print the {@code --page-after} token of the next page
   */
  TerminalRenderer(
      PrintWriter out, Style style, UnaryOperator<String> displayId, boolean pagingHint) {
    this.out = out;
    this.style = style;
    this.displayId = displayId;
    this.pagingHint = pagingHint;
  }

  @Override
  public SnippetMarkers markers() {
    return Snippets.MARKERS;
  }

  @Override
  public void search(SearchRequest request, SearchResult result) {
    StringBuilder head = new StringBuilder();
    head.append(style.bold(Text.count(result.total())))
        .append(result.total() == 1 ? " article" : " articles")
        .append(" for ")
        .append(style.bold(quoted(request.query())));
    if (request.datePath() != null) {
      head.append(" in ").append(request.datePath());
    }
    if (request.from() != null || request.to() != null) {
      head.append(" from ")
          .append(request.from() == null ? "the start" : request.from())
          .append(" to ")
          .append(request.to() == null ? "today" : request.to());
    }
    if (request.category() != null) {
      head.append(" in category ").append(request.category());
    }
    out.println(head);
    if (result.restoredQuery() != null) {
      out.println(
          "Showing results for: "
              + style.bold(result.restoredQuery())
              + " (searched as: "
              + request.query()
              + ")");
    }
    out.println();
    int rank = 1;
    for (Hit hit : result.hits()) {
      hit(rank++, hit);
    }
    dateFacet(request, result.dateFacet());
    categoryFacet(result.categoryFacet());
    if (result.next() != null && pagingHint) {
      out.println(
          "Showing "
              + result.hits().size()
              + " of "
              + Text.count(result.total())
              + ". Next page: add "
              + style.bold("--page-after " + result.next()));
      out.println();
    }
    out.flush();
  }

  /** The query as typed, in quotes unless it has its own. */
  private static String quoted(String query) {
    if (query.isBlank()) {
      return "everything";
    }
    return query.contains("\"") ? query : "\"" + query + "\"";
  }

  private void hit(int rank, Hit hit) {
    String number = String.format(Locale.ROOT, "%2d. ", rank);
    String indent = " ".repeat(number.length());
    String title = hit.title() == null ? "(untitled)" : hit.title();
    String[] lines = Text.wrap(title, style.width(), indent).split("\n");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].substring(indent.length());
      out.println((i == 0 ? number : indent) + style.bold(line));
    }
    StringBuilder meta = new StringBuilder();
    meta.append(hit.date() == null ? "no date" : hit.date().toString());
    if (!Float.isNaN(hit.score())) {
      meta.append(" · score ").append(String.format(Locale.ROOT, "%.2f", hit.score()));
    }
    meta.append(" · ").append(displayId.apply(hit.id()));
    out.println(indent + style.dim(meta.toString()));
    for (String snippet : hit.snippets()) {
      out.print(Text.wrap(Snippets.render(snippet, style), style.width(), indent));
    }
    out.println();
  }

  private void dateFacet(SearchRequest request, List<FacetValue> values) {
    if (values.isEmpty()) {
      return;
    }
    out.println(style.bold(dateHeading(request.datePath())));
    out.print(BarChart.render(values, style));
    out.println();
  }

  /** Names the facet level shown: years, months of a year or days of a month. */
  static String dateHeading(String datePath) {
    if (datePath == null || datePath.equals(SearchRequest.NO_DATE)) {
      return "By year";
    }
    int depth = datePath.split("/").length;
    return switch (depth) {
      case 1 -> "By month of " + datePath;
      case 2 -> "By day of " + datePath;
      default -> "On " + datePath;
    };
  }

  private void categoryFacet(List<FacetValue> values) {
    if (values.isEmpty()) {
      return;
    }
    out.println(style.bold("By category"));
    out.print(
        BarChart.render(values.subList(0, Math.min(values.size(), MAX_CATEGORIES_SHOWN)), style));
    out.println();
  }

  @Override
  public void indexSummary(IndexSummary s) {
    IngestReport r = s.report();
    out.println(
        style.bold("Indexed " + Text.count(r.indexed()))
            + " new, "
            + Text.count(r.updated())
            + " updated, "
            + (r.skipped().isEmpty()
                ? "0 skipped"
                : style.red(Text.count(r.skipped().size()) + " skipped"))
            + " in "
            + String.format(Locale.ROOT, "%.1f s", s.seconds())
            + ".");
    out.println(
        "Index "
            + s.index()
            + ": "
            + Text.count(s.documents())
            + " articles, "
            + Text.bytes(s.sizeBytes())
            + ".");
    if (!r.skipped().isEmpty()) {
      out.println("Skipped:");
      int shown = 0;
      for (IngestReport.Skipped skipped : r.skipped()) {
        if (shown++ == MAX_SKIPPED_SHOWN) {
          out.println(
              "  ... and "
                  + (r.skipped().size() - MAX_SKIPPED_SHOWN)
                  + " more (use --json for the full list)");
          break;
        }
        out.println("  " + skipped);
      }
      if (r.skipped().stream().anyMatch(sk -> sk.reason().startsWith("out of memory"))) {
        out.println(
            "Some inputs did not fit in memory: run again with more, e.g. VNSEARCH_JAVA_OPTS=-Xmx2g.");
      }
    }
    out.flush();
  }

  @Override
  public void tokens(String text, List<TokenRow> tokens) {
    String[] header = {"term", "type", "start", "end", "posInc", "posLen"};
    String[][] rows = new String[tokens.size()][];
    int[] widths = new int[header.length];
    for (int c = 0; c < header.length; c++) {
      widths[c] = header[c].length();
    }
    for (int i = 0; i < tokens.size(); i++) {
      TokenRow t = tokens.get(i);
      rows[i] =
          new String[] {
            t.term(),
            t.type(),
            Integer.toString(t.start()),
            Integer.toString(t.end()),
            Integer.toString(t.positionIncrement()),
            Integer.toString(t.positionLength())
          };
      for (int c = 0; c < header.length; c++) {
        widths[c] = Math.max(widths[c], Text.visibleWidth(rows[i][c]));
      }
    }
    out.println(style.bold(row(header, widths)));
    for (String[] r : rows) {
      out.println(row(r, widths));
    }
    out.flush();
  }

  private static String row(String[] cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < cells.length; c++) {
      boolean numeric = c >= 2;
      int padding = widths[c] - Text.visibleWidth(cells[c]);
      if (c > 0) {
        line.append("  ");
      }
      if (numeric) {
        line.append(" ".repeat(padding)).append(cells[c]);
      } else {
        line.append(cells[c]);
        if (c < cells.length - 1) {
          line.append(" ".repeat(padding));
        }
      }
    }
    return line.toString();
  }

  @Override
  public void stats(StatsReport report) {
    IndexStats s = report.stats();
    out.println(style.bold("Index " + report.index()));
    out.println("  articles        " + Text.count(s.documents()));
    out.println(
        "  date range      "
            + (s.firstDate() == null ? "none" : s.firstDate() + " to " + s.lastDate()));
    out.println("  size            " + Text.bytes(s.sizeInBytes()));
    out.println("  schema version  " + s.schemaVersion());
    if (!report.years().isEmpty()) {
      out.println();
      out.println(style.bold("By year"));
      out.print(BarChart.render(report.years(), style));
    }
    out.flush();
  }

  /** One completion a line: the text, then its kind and weight dimmed. */
  @Override
  public void suggestions(String prefix, List<Suggestion> suggestions) {
    if (suggestions.isEmpty()) {
      out.println("No suggestions for '" + prefix + "'.");
    }
    int width = 0;
    for (Suggestion s : suggestions) {
      width = Math.max(width, Text.visibleWidth(s.text()));
    }
    for (Suggestion s : suggestions) {
      String pad = " ".repeat(width - Text.visibleWidth(s.text()));
      out.println(s.text() + pad + "  " + style.dim(s.kind().label() + " " + s.weight()));
    }
    out.flush();
  }
}
