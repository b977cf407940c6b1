package io.github.vnsearch.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs {@code vnsearch} in-process and captures what it prints. */
final class Cli {

  /** Exit code, standard output and standard error of one run. */
  record Result(int code, String out, String err) {
    @Override
    public String toString() {
      return "exit " + code + "\n--- out ---\n" + out + "--- err ---\n" + err;
    }
  }

  private Cli() {}

  static Result run(String... args) {
    return runWithInput(new byte[0], args);
  }

  /** Runs with {@code input} as standard input. */
  static Result runWithInput(byte[] input, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cmd = VnSearchCommand.commandLine();
    cmd.setOut(new PrintWriter(out, true));
    cmd.setErr(new PrintWriter(err, true));
    ((VnSearchCommand) cmd.getCommand()).stdin = new ByteArrayInputStream(input);
    int code = cmd.execute(args);
    return new Result(code, out.toString(), err.toString());
  }
}
