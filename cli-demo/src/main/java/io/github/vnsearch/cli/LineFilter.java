package io.github.vnsearch.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The loop of the commands that are Unix filters ({@code segment}, {@code restore}): reads UTF-8
 * lines strictly with {@link CheckedLineReader}, one at a time, and writes what each becomes, so
 * input of any size streams through.
 */
final class LineFilter {

  /** What one input line becomes. */
  @FunctionalInterface
  interface Line {
    /** Writes the output of {@code line} (its line terminator removed) to {@code out}. */
    void write(String line, PrintWriter out) throws IOException;
  }

  private LineFilter() {}

  /**
   * The standard input of the command: the process's, or the one a test gave the root command. When
   * a user at a terminal is to type it, says so on standard error, so that a command run without
   * arguments does not seem to hang.
   */
  static InputStream standardInput(CommandSpec spec) {
    InputStream in =
        spec.root().userObject() instanceof VnSearchCommand root ? root.stdin : System.in;
    if (in == System.in && Renderers.isInteractiveErr(spec)) {
      spec.commandLine().getErr().println("Reading standard input line by line (Ctrl-D ends it).");
    }
    return in;
  }

  /**
   * Writes what each line of {@code in} becomes. Output is flushed whenever no more input is ready
   * (so a user typing at a terminal sees each line answered at once) and at the end, also when a
   * line fails; neither stream is closed.
   *
   * @param name names {@code in} in errors: {@code standard input} or a path
   * @throws CliException naming the line when {@code in} is not valid UTF-8
   */
  static void run(InputStream in, String name, PrintWriter out, Line each) throws IOException {
    BufferedReader lines = new CheckedLineReader(in, name);
    try {
      String line;
      while ((line = lines.readLine()) != null) {
        each.write(line, out);
        if (!lines.ready()) {
          out.flush();
        }
      }
    } finally {
      out.flush(); // also before an error on a bad line is reported, after the lines before it
    }
  }
}
