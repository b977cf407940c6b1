package io.github.vnsearch.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code vnsearch} command: entry point of the command line, one subcommand per task. */
@Command(
    name = "vnsearch",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Vietnamese full-text search on Apache Lucene.",
    subcommands = {
      IndexCommand.class,
      SearchCommand.class,
      AnalyzeCommand.class,
      SegmentCommand.class,
      RestoreCommand.class,
      StatsCommand.class,
      SuggestCommand.class,
      EvalRetrievalCommand.class,
      DemoCommand.class,
      AutoComplete.GenerateCompletion.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:some inputs were skipped (each one is reported)",
      "2:usage error: bad option, date, query, path or input",
      "3:the index is missing, incompatible, locked or corrupt, or could not be written",
      "4:internal error (rerun with --verbose and report it)"
    },
    footer = {
      "%nEnvironment: VNSEARCH_INDEX sets the default index directory; NO_COLOR turns colour off;"
          + " COLUMNS sets the output width (default: 80)."
    })
public final class VnSearchCommand implements Runnable {

  /** Held so that the level set in {@link #main} is not lost to garbage collection. */
  private static final Logger LUCENE_LOG = Logger.getLogger("org.apache.lucene");

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--verbose",
      scope = ScopeType.INHERIT,
      description = "Print stack traces of errors.")
  boolean verbose;

  /** Where the filters ({@code segment}, {@code restore}) read standard input; a test sets it. */
  InputStream stdin = System.in;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The UTF-8 writer on the process's standard output, to tell it from a test's writer. */
  private final PrintWriter stdout =
      new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), UTF_8));

  private final PrintWriter stderr =
      new PrintWriter(
          new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), UTF_8), true);

  /** True when {@code err} writes to the process's standard error. */
  boolean isStderr(PrintWriter err) {
    return err == stderr;
  }

  /** True when {@code out} writes to the process's standard output. */
  boolean isStdout(PrintWriter out) {
    return out == stdout;
  }

  /**
   * Builds the command line with vnsearch's exit codes and error handling, writing UTF-8 to
   * standard output and error whatever the platform encoding.
   */
  public static CommandLine commandLine() {
    ErrorHandler errors = new ErrorHandler();
    VnSearchCommand root = new VnSearchCommand();
    CommandLine cmd = new CommandLine(root);
    cmd.setOut(root.stdout);
    cmd.setErr(root.stderr);
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    cmd.setExecutionExceptionHandler(errors);
    cmd.setParameterExceptionHandler(errors);
    // Help wraps at the width of the other output; picocli's narrowest is 55 columns.
    cmd.setUsageHelpWidth(Math.max(55, Style.terminalWidth()));
    // Errors (running out of memory, say) bypass the handler above: report them the same way.
    CommandLine.IExecutionStrategy run = new CommandLine.RunLast();
    cmd.setExecutionStrategy(
        parseResult -> {
          try {
            return run.execute(parseResult);
          } catch (Error e) {
            return errors.handle(e, cmd, parseResult);
          }
        });
    // The completion script generator is for humans who know where to find it.
    cmd.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().hidden(false);
    return cmd;
  }

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    if (!List.of(args).contains("--verbose")) {
      // Lucene logs hints for developers (e.g. about the incubating vector module) through JUL.
      LUCENE_LOG.setLevel(Level.SEVERE);
    }
    boolean verbose = List.of(args).contains("--verbose");
    // A failure in a thread of a library (a Lucene merge, say) is one line too.
    Thread.setDefaultUncaughtExceptionHandler(
        (thread, e) -> {
          try {
            System.err.println(
                "vnsearch: "
                    + ErrorHandler.describe(e).message()
                    + " (in thread "
                    + thread.getName()
                    + ")");
            if (verbose) {
              e.printStackTrace();
            }
          } catch (Throwable unprintable) {
            // out of memory even for the message: the main thread reports what matters
          }
        });
    CommandLine cmd = commandLine();
    int code = cmd.execute(args);
    cmd.getOut().flush();
    cmd.getErr().flush();
    System.exit(code);
  }
}
