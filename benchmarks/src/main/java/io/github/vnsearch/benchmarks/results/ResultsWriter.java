package io.github.vnsearch.benchmarks.results;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Command line tool that turns a JMH JSON result file into {@code RESULTS.md} and {@code
 * throughput.svg}.
 *
 * <pre>
 * java -cp benchmarks.jar io.github.vnsearch.benchmarks.results.ResultsWriter \
 *     JMH.json OUTPUT_DIR [--note TEXT] [--date TEXT]
 * </pre>
 */
public final class ResultsWriter {

  /** File name of the results page. */
  public static final String RESULTS = "RESULTS.md";

  /** File name of the chart. */
  public static final String CHART = "throughput.svg";

  private ResultsWriter() {}

  /** Runs the tool; exits with status 2 and a message on bad arguments or unreadable input. */
  public static void main(String[] args) {
    try {
      run(args);
    } catch (IllegalArgumentException | IOException e) {
      System.err.println("ResultsWriter: " + e.getMessage());
      System.exit(2);
    }
  }

  static void run(String[] args) throws IOException {
    Path json = null;
    Path out = null;
    String note = "";
    String date =
        ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))
            + " UTC";
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--note" -> note = value(args, ++i, "--note");
        case "--date" -> date = value(args, ++i, "--date");
        default -> {
          if (json == null) {
            json = Path.of(args[i]);
          } else if (out == null) {
            out = Path.of(args[i]);
          } else {
            throw new IllegalArgumentException("unexpected argument: " + args[i]);
          }
        }
      }
    }
    if (json == null || out == null) {
      throw new IllegalArgumentException(
          "usage: ResultsWriter JMH.json OUTPUT_DIR [--note TEXT] [--date TEXT]");
    }
    if (!Files.isRegularFile(json)) {
      throw new IOException(json + ": no such file");
    }
    write(JmhResult.read(json), MachineInfo.detect(), date, note, out);
    System.out.println("Wrote " + out.resolve(RESULTS) + " and " + out.resolve(CHART));
  }

  /** Writes the results page and the chart of the given run into {@code dir}. */
  public static void write(
      List<JmhResult> results, MachineInfo machine, String date, String note, Path dir)
      throws IOException {
    ResultsReport report = new ResultsReport(results, machine, date, note);
    Files.createDirectories(dir);
    SvgChart chart = report.chart();
    String md = report.markdown();
    if (!chart.isEmpty()) {
      Files.writeString(dir.resolve(CHART), chart.toSvg(), StandardCharsets.UTF_8);
      md = md.replaceFirst("\n## ", "\n![throughput](" + CHART + ")\n\n## ");
    }
    Files.writeString(dir.resolve(RESULTS), md, StandardCharsets.UTF_8);
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }
}
