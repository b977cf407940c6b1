package io.github.vnsearch.benchmarks.results;

import io.github.vnsearch.benchmarks.QuerySet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns the rows of one JMH run into the Markdown results page and its chart: one table per
 * benchmark, each vnsearch figure next to the Lucene baseline measured in the same run, and the
 * project's speed targets checked against the figures.
 */
public final class ResultsReport {

  static final String ANALYSIS = "AnalysisBenchmark.analyze";
  static final String INDEXING = "IndexingBenchmark.index";
  static final String QUERY = "QueryBenchmark.search";
  static final String DICT_LOAD = "DictionaryBenchmark.loadCold";
  static final String DICT_HEAP = "DictionaryBenchmark.heap";
  static final String DICT_LOOKUP = "DictionaryBenchmark.lookup";
  static final String SUGGEST = "SuggestBenchmark.keystroke";
  static final String RESTORE = "RestorerBenchmark.restore";

  /** Display order of analyzers; others follow alphabetically. */
  static final List<String> ANALYZER_ORDER =
      List.of(
          "vi-words",
          "vi-tokenizer",
          "vi-mixed",
          "vi-folding",
          "standard",
          "icu-folding",
          "whitespace-lowercase");

  static final List<String> TYPIST_ORDER = List.of("accented", "unaccented", "telex");

  static final List<String> QUERY_ORDER =
      List.of("term", "word", "phrase", "accentless", "boolean", "drilldown", "highlight");

  private static final double MB = 1e6;

  /**
   * A target of the project and whether this run met it.
   *
   * @param name what is required
   * @param measured the measured figure, formatted
   * @param met whether the figure meets the target
   */
  public record Target(String name, String measured, boolean met) {}

  private final List<JmhResult> results;
  private final MachineInfo machine;
  private final String date;
  private final String note;

  /**
   * Creates a report.
   *
   * @param results the rows of one JMH run
   * @param machine the machine it ran on
   * @param date when it ran (free text, e.g. {@code 2026-11-23 20:30 UTC})
   * @param note a remark printed under the machine, e.g. about other load; may be empty
   */
  public ResultsReport(List<JmhResult> results, MachineInfo machine, String date, String note) {
    this.results = List.copyOf(results);
    this.machine = Objects.requireNonNull(machine);
    this.date = Objects.requireNonNull(date);
    this.note = note == null ? "" : note.strip();
  }

  // ---------------------------------------------------------------- figures

  /** Analysis throughput in MB/s of UTF-8 text for the named analyzer, NaN if not measured. */
  public double analysisMBps(String analyzer) {
    return find(ANALYSIS, "thrpt", "analyzer", analyzer)
        .map(r -> perSecond(r, "bytes") / MB)
        .orElse(Double.NaN);
  }

  /** Indexing throughput in documents/s, NaN if not measured. */
  public double indexingDocsPerSecond(String schema, int threads) {
    return indexing(schema, threads).map(r -> perSecond(r, "docs")).orElse(Double.NaN);
  }

  /** The given latency percentile of a query in ms (SampleTime mode), NaN if not measured. */
  public double queryMillis(String query, double percentile) {
    return find(QUERY, "sample", "query", query)
        .map(r -> r.primary().percentile(percentile) * Units.toMillisPerOp(r.primary().unit()))
        .orElse(Double.NaN);
  }

  /** The given latency percentile of one keystroke's suggestions in ms, NaN if not measured. */
  public double suggestMillis(String typist, double percentile) {
    return find(SUGGEST, "sample", "typist", typist)
        .map(r -> r.primary().percentile(percentile) * Units.toMillisPerOp(r.primary().unit()))
        .orElse(Double.NaN);
  }

  /** Mean time to restore one unaccented query in µs, NaN if not measured. */
  public double restoreMicros() {
    return rows(RESTORE, "avgt").stream()
        .findFirst()
        .map(r -> r.primary().score() * Units.toMillisPerOp(r.primary().unit()) * 1000)
        .orElse(Double.NaN);
  }

  /** Heap held by the loaded dictionary in MB (measured heap delta), NaN if not measured. */
  public double dictionaryHeapMB() {
    return perOperation(DICT_HEAP, "heapBytes") / MB;
  }

  /** Adds the target "at least half of StandardAnalyzer's throughput" for {@code analyzer}. */
  private void analysisTarget(String analyzer, String label, List<Target> targets) {
    double ours = analysisMBps(analyzer);
    double standard = analysisMBps("standard");
    if (Double.isFinite(ours / standard)) {
      double ratio = ours / standard;
      targets.add(
          new Target(
              label + " ≥ 0.5× `StandardAnalyzer`",
              fmt("%.2f× (%.1f vs %.1f MB/s)", ratio, ours, standard),
              ratio >= 0.5));
    }
  }

  /** The project's speed targets, checked against this run (only those it measured). */
  public List<Target> targets() {
    List<Target> targets = new ArrayList<>();
    analysisTarget("vi-words", "`vi-words` analysis", targets);
    analysisTarget("vi-tokenizer", "`vi-tokenizer` (`VietnameseTokenizer` alone)", targets);
    for (int threads : new int[] {1, 2}) {
      double ours = indexingDocsPerSecond("vnsearch", threads);
      double base = indexingDocsPerSecond("standard", threads);
      if (Double.isFinite(ours / base)) {
        double ratio = ours / base;
        targets.add(
            new Target(
                "indexing ≥ 0.6× `StandardAnalyzer`-only, " + threads + " thread(s)",
                fmt("%.2f× (%,.0f vs %,.0f docs/s)", ratio, ours, base),
                ratio >= 0.6));
      }
    }
    for (String query : QUERY_ORDER) {
      double p99 = queryMillis(query, 99.0);
      if (Double.isFinite(p99)) {
        targets.add(
            new Target(
                "p99 < 10 ms, " + query + " query with facets, " + queryIndexDescription(),
                fmt("%.2f ms", p99),
                p99 < 10));
      }
    }
    double heap = dictionaryHeapMB();
    if (Double.isFinite(heap)) {
      targets.add(new Target("dictionary heap < 32 MB", fmt("%.1f MB", heap), heap < 32));
    }
    for (String typist : TYPIST_ORDER) {
      double p99 = suggestMillis(typist, 99.0);
      if (Double.isFinite(p99)) {
        targets.add(
            new Target(
                "p99 < 1 ms per keystroke, suggestions typed " + typist,
                fmt("%.3f ms", p99),
                p99 < 1));
      }
    }
    double restore = restoreMicros();
    if (Double.isFinite(restore)) {
      targets.add(
          new Target(
              "restoring a six-word query < 100 µs", fmt("%.1f µs", restore), restore < 100));
    }
    return targets;
  }

  // ---------------------------------------------------------------- markdown

  /**
   * A {@code -Dname=/absolute/path} argument with its path relative to the working directory (the
   * checkout root, where {@code ./bench} runs), so that the page names no machine's folders.
   */
  static String relativeArg(String arg) {
    int eq = arg.indexOf('=');
    if (!arg.startsWith("-D") || eq < 0) {
      return arg;
    }
    try {
      Path value = Path.of(arg.substring(eq + 1));
      if (!value.isAbsolute()) {
        return arg;
      }
      Path here = Path.of("").toAbsolutePath();
      return arg.substring(0, eq + 1) + here.relativize(value);
    } catch (IllegalArgumentException e) { // not a path, or another root
      return arg;
    }
  }

  /** Renders the results page. */
  public String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("# vnsearch benchmark results\n\n");
    md.append("- Date: ").append(date).append('\n');
    md.append("- Machine: ").append(machine.describe()).append('\n');
    results.stream()
        .findFirst()
        .ifPresent(
            r -> {
              md.append("- JDK: ").append(r.jdk()).append('\n');
              if (!r.jvmArgs().isEmpty()) {
                List<String> args = r.jvmArgs().stream().map(ResultsReport::relativeArg).toList();
                md.append("- JVM arguments: `").append(String.join(" ", args)).append("`\n");
              }
            });
    if (!note.isEmpty()) {
      md.append("- Note: ").append(note).append('\n');
    }
    md.append(
        "\nEvery vnsearch figure is measured in the same run, on the same text, as the Lucene"
            + " baseline it is compared with. Errors (±) are JMH's 99.9% confidence half-widths.\n");
    List<Target> targets = targets();
    if (!targets.isEmpty()) {
      md.append("\n## Targets\n\n| target | measured | met |\n|---|---|---|\n");
      for (Target t : targets) {
        md.append("| ")
            .append(t.name())
            .append(" | ")
            .append(t.measured())
            .append(" | ")
            .append(t.met() ? "yes" : "**no**")
            .append(" |\n");
      }
    }
    appendAnalysis(md);
    appendDictionary(md);
    appendIndexing(md);
    appendQueries(md);
    appendSuggestions(md);
    appendOthers(md);
    return md.toString();
  }

  private void appendAnalysis(StringBuilder md) {
    List<JmhResult> rows = rows(ANALYSIS, "thrpt");
    if (rows.isEmpty()) {
      return;
    }
    rows.sort(byOrder("analyzer", ANALYZER_ORDER));
    double standard = analysisMBps("standard");
    md.append("\n## Analysis throughput (1 thread)\n\n");
    md.append("| analyzer | MB/s | ± | M tokens/s | articles/s | × standard |\n");
    md.append("|---|---:|---:|---:|---:|---:|\n");
    for (JmhResult r : rows) {
      double mbps = perSecond(r, "bytes") / MB;
      JmhResult.Metric bytes = r.secondary().get("bytes");
      double err =
          bytes == null ? Double.NaN : bytes.error() * Units.toPerSecond(bytes.unit()) / MB;
      md.append(
          fmt(
              "| %s | %.1f | %s | %.2f | %,.0f | %s |\n",
              name(r.param("analyzer")),
              mbps,
              Double.isFinite(err) ? fmt("%.1f", err) : "–",
              perSecond(r, "tokens") / 1e6,
              r.primary().score() * Units.toPerSecond(r.primary().unit()),
              ratio(mbps, standard)));
    }
  }

  private void appendDictionary(StringBuilder md) {
    Optional<JmhResult> load = rows(DICT_LOAD, "ss").stream().findFirst();
    double heap = dictionaryHeapMB();
    double fstHeap = perOperation(DICT_HEAP, "ramBytesUsed") / MB;
    Optional<JmhResult> lookup = rows(DICT_LOOKUP, "thrpt").stream().findFirst();
    if (load.isEmpty() && !Double.isFinite(heap) && lookup.isEmpty()) {
      return;
    }
    md.append("\n## Dictionary\n\n| measure | value |\n|---|---:|\n");
    load.ifPresent(
        r ->
            md.append(
                fmt(
                    "| load time, cold (fresh class loader) | %.0f ms |\n",
                    r.primary().score() * Units.toMillisPerOp(r.primary().unit()))));
    if (Double.isFinite(heap)) {
      md.append(fmt("| heap, measured (used heap after GC, delta) | %.1f MB |\n", heap));
    }
    if (Double.isFinite(fstHeap)) {
      md.append(fmt("| heap, FST `ramBytesUsed()` | %.1f MB |\n", fstHeap));
    }
    lookup.ifPresent(
        r ->
            md.append(
                fmt(
                    "| lookups/s (1 thread; syllable n-grams of news text) | %,.0f |\n",
                    r.primary().score() * Units.toPerSecond(r.primary().unit()))));
  }

  private void appendIndexing(StringBuilder md) {
    List<JmhResult> rows = rows(INDEXING, "thrpt");
    if (rows.isEmpty()) {
      return;
    }
    rows.sort(
        Comparator.comparing((JmhResult r) -> threadsOf(r))
            .thenComparing(r -> "standard".equals(r.param("schema"))));
    md.append("\n## Indexing throughput\n\n");
    md.append(
        "| schema | threads | docs/s | MB/s | GB/hour | index size | × standard |\n"
            + "|---|---:|---:|---:|---:|---:|---:|\n");
    for (JmhResult r : rows) {
      double docs = perSecond(r, "docs");
      double mbps = perSecond(r, "bytes") / MB;
      double size = perOperation(r, "indexBytes") / MB;
      md.append(
          fmt(
              "| %s | %d | %,.0f | %.2f | %.1f | %.1f MB | %s |\n",
              r.param("schema"),
              threadsOf(r),
              docs,
              mbps,
              mbps * 3600 / 1000,
              size,
              ratio(docs, indexingDocsPerSecond("standard", threadsOf(r)))));
    }
  }

  private void appendQueries(StringBuilder md) {
    List<JmhResult> rows = rows(QUERY, "sample");
    if (rows.isEmpty()) {
      return;
    }
    rows.sort(byOrder("query", QUERY_ORDER));
    md.append("\n## Query latency and throughput (" + queryIndexDescription() + ")\n\n");
    md.append(
        "Each search counts `date` and `category` facets drill-sideways and loads the top 10"
            + " hits' stored fields. QPS is single-threaded: measured in throughput mode where the"
            + " run has it, else 1000 / mean ms.\n\n");
    md.append(
        "| query | text | mean ms | p50 ms | p99 ms | QPS (1 thread) |\n"
            + "|---|---|---:|---:|---:|---:|\n");
    for (JmhResult r : rows) {
      String query = r.param("query");
      double toMs = Units.toMillisPerOp(r.primary().unit());
      Optional<JmhResult> qps = find(QUERY, "thrpt", "query", query);
      md.append(
          fmt(
              "| %s | %s | %.2f | %.2f | %.2f | %s |\n",
              query,
              describeQuery(query),
              r.primary().score() * toMs,
              r.primary().percentile(50.0) * toMs,
              r.primary().percentile(99.0) * toMs,
              fmt(
                  "%,.0f",
                  qps.map(q -> q.primary().score() * Units.toPerSecond(q.primary().unit()))
                      .orElse(1000 / (r.primary().score() * toMs)))));
    }
  }

  private void appendSuggestions(StringBuilder md) {
    List<JmhResult> rows = rows(SUGGEST, "sample");
    if (rows.isEmpty()) {
      return;
    }
    rows.sort(byOrder("typist", TYPIST_ORDER));
    md.append("\n## Suggestions per keystroke (")
        .append(fmt("%,d", Integer.parseInt(rows.get(0).param("docs"))))
        .append("-article index)\n\n");
    md.append(
        "The top 10 completions after every keystroke of news words and names, typed with"
            + " diacritics, without them, and as the Telex keys of an input method.\n\n");
    md.append("| typist | mean ms | p50 ms | p99 ms |\n|---|---:|---:|---:|\n");
    for (JmhResult r : rows) {
      double toMs = Units.toMillisPerOp(r.primary().unit());
      md.append(
          fmt(
              "| %s | %.3f | %.3f | %.3f |\n",
              r.param("typist"),
              r.primary().score() * toMs,
              r.primary().percentile(50.0) * toMs,
              r.primary().percentile(99.0) * toMs));
    }
  }

  /** Any other benchmark in the run (e.g. one added later), as JMH reported it. */
  private void appendOthers(StringBuilder md) {
    List<String> known =
        List.of(ANALYSIS, INDEXING, QUERY, DICT_LOAD, DICT_HEAP, DICT_LOOKUP, SUGGEST);
    List<JmhResult> others = new ArrayList<>();
    for (JmhResult r : results) {
      if (!known.contains(r.benchmark())) {
        others.add(r);
      }
    }
    if (others.isEmpty()) {
      return;
    }
    md.append("\n## Other benchmarks\n\n| benchmark | parameters | mode | score | ± | unit |\n");
    md.append("|---|---|---|---:|---:|---|\n");
    for (JmhResult r : others) {
      md.append(
          fmt(
              "| %s | %s | %s | %,.3f | %s | %s |\n",
              r.benchmark(),
              r.params().isEmpty() ? "–" : r.params().toString(),
              r.mode(),
              r.primary().score(),
              Double.isFinite(r.primary().error()) ? fmt("%,.3f", r.primary().error()) : "–",
              r.primary().unit()));
    }
  }

  private String queryIndexDescription() {
    return rows(QUERY, "sample").stream()
        .map(r -> r.param("docs"))
        .filter(Objects::nonNull)
        .findFirst()
        .map(d -> fmt("%,d-article index", Integer.parseInt(d)))
        .orElse("VNTC index");
  }

  // ---------------------------------------------------------------- chart

  /** The throughput chart: analysis MB/s and indexing docs/s, vnsearch against baselines. */
  public SvgChart chart() {
    SvgChart chart = new SvgChart("vnsearch vs Lucene baselines — " + date);
    List<SvgChart.Bar> analysis = new ArrayList<>();
    List<JmhResult> rows = rows(ANALYSIS, "thrpt");
    rows.sort(byOrder("analyzer", ANALYZER_ORDER));
    for (JmhResult r : rows) {
      String analyzer = r.param("analyzer");
      analysis.add(
          new SvgChart.Bar(
              name(analyzer), perSecond(r, "bytes") / MB, !analyzer.startsWith("vi-")));
    }
    chart.panel("Analysis, 1 thread", "MB/s", analysis);
    List<SvgChart.Bar> indexing = new ArrayList<>();
    List<JmhResult> idx = rows(INDEXING, "thrpt");
    idx.sort(
        Comparator.comparing((JmhResult r) -> threadsOf(r))
            .thenComparing(r -> "standard".equals(r.param("schema"))));
    for (JmhResult r : idx) {
      String schema = r.param("schema");
      indexing.add(
          new SvgChart.Bar(
              schema + ", " + threadsOf(r) + " thr",
              perSecond(r, "docs"),
              "standard".equals(schema)));
    }
    chart.panel("Indexing", "docs/s", indexing);
    List<SvgChart.Bar> queries = new ArrayList<>();
    List<JmhResult> q = rows(QUERY, "sample");
    q.sort(byOrder("query", QUERY_ORDER));
    for (JmhResult r : q) {
      double meanMs = r.primary().score() * Units.toMillisPerOp(r.primary().unit());
      queries.add(new SvgChart.Bar(r.param("query"), 1000 / meanMs, false));
    }
    chart.panel("Queries, 1 thread", "QPS = 1000 / mean ms", queries);
    return chart;
  }

  // ---------------------------------------------------------------- helpers

  private static String describeQuery(String query) {
    try {
      return QuerySet.of(query).describe();
    } catch (IllegalArgumentException e) {
      return "–";
    }
  }

  private static String name(String analyzer) {
    return analyzer;
  }

  private List<JmhResult> rows(String benchmark, String mode) {
    List<JmhResult> out = new ArrayList<>();
    for (JmhResult r : results) {
      if (r.benchmark().equals(benchmark) && r.mode().equals(mode)) {
        out.add(r);
      }
    }
    return out;
  }

  private Optional<JmhResult> find(String benchmark, String mode, String param, String value) {
    return rows(benchmark, mode).stream().filter(r -> value.equals(r.param(param))).findFirst();
  }

  private Optional<JmhResult> indexing(String schema, int threads) {
    return rows(INDEXING, "thrpt").stream()
        .filter(r -> schema.equals(r.param("schema")) && threadsOf(r) == threads)
        .findFirst();
  }

  private static int threadsOf(JmhResult r) {
    String t = r.param("threads");
    return t == null ? r.threads() : Integer.parseInt(t);
  }

  /** A secondary counter's rate, per second. */
  private static double perSecond(JmhResult r, String counter) {
    JmhResult.Metric m = r.secondary().get(counter);
    return m == null ? Double.NaN : m.score() * Units.toPerSecond(m.unit());
  }

  /** A counter divided by the operation count: what one operation measured on average. */
  private static double perOperation(JmhResult r, String counter) {
    return perSecond(r, counter) / (r.primary().score() * Units.toPerSecond(r.primary().unit()));
  }

  private double perOperation(String benchmark, String counter) {
    return rows(benchmark, "thrpt").stream()
        .findFirst()
        .map(r -> perOperation(r, counter))
        .orElse(Double.NaN);
  }

  private static Comparator<JmhResult> byOrder(String param, List<String> order) {
    return Comparator.comparing(
            (JmhResult r) -> {
              int i = order.indexOf(r.param(param));
              return i < 0 ? order.size() : i;
            })
        .thenComparing(r -> String.valueOf(r.param(param)));
  }

  private static String ratio(double value, double base) {
    double r = value / base;
    return Double.isFinite(r) ? fmt("%.2f×", r) : "–";
  }

  private static String fmt(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
