package io.github.vnsearch.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;

/** Picks the renderer for a command: JSON when asked, else terminal output styled for stdout. */
final class Renderers {

  private Renderers() {}

  static Renderer of(CommandSpec spec, boolean json) {
    return json
        ? new JsonRenderer(spec.commandLine().getOut())
        : new TerminalRenderer(spec.commandLine().getOut(), style(spec));
  }

  /**
   * The style of the command's output: detected for the real stdout, plain when a test or a caller
   * has replaced the output writer.
   */
  static Style style(CommandSpec spec) {
    PrintWriter out = spec.commandLine().getOut();
    return spec.root().userObject() instanceof VnSearchCommand root && root.isStdout(out)
        ? Style.detect()
        : Style.PLAIN;
  }

  /** True when the command's error stream is the process's stderr and that is a terminal. */
  static boolean isInteractiveErr(CommandSpec spec) {
    PrintWriter err = spec.commandLine().getErr();
    return spec.root().userObject() instanceof VnSearchCommand root
        && root.isStderr(err)
        && Style.isTerminal();
  }
}
