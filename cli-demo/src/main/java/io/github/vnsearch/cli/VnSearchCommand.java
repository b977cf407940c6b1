package io.github.vnsearch.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code vnsearch} command: entry point of the command line, one subcommand per task. */
@Command(
    name = "vnsearch",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Vietnamese full-text search on Apache Lucene.",
    subcommands = {DemoCommand.class, CommandLine.HelpCommand.class})
public final class VnSearchCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Builds the command line with vnsearch's exit codes and error handling. */
  public static CommandLine commandLine() {
    return new CommandLine(new VnSearchCommand());
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }
}
