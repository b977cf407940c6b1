package io.github.vnsearch.cli;

import io.github.vnsearch.core.index.IncompatibleIndexException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.store.LockObtainFailedException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns every failure into one line on standard error and an exit code; the stack trace is printed
 * only under {@code --verbose}.
 */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    PrintWriter err = cmd.getErr();
    // One line: the problem, then where the usage is; picocli adds "Did you mean" for typos.
    err.println(
        "vnsearch: "
            + ex.getMessage()
            + " (see '"
            + cmd.getCommandSpec().qualifiedName()
            + " --help')"
            + dashHint(ex));
    CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
    if (verbose(args)) {
      ex.printStackTrace(err);
    }
    err.flush();
    return ExitCode.USAGE;
  }

  /**
   * For an unknown option that looks like words rather than an option ({@code -bóng đá}): how to
   * pass it as a query or text instead.
   */
  private static String dashHint(ParameterException ex) {
    if (!(ex instanceof CommandLine.UnmatchedArgumentException unmatched)
        || ex.getCommandLine().getCommandSpec().positionalParameters().isEmpty()) {
      return "";
    }
    for (String arg : unmatched.getUnmatched()) {
      if (arg.startsWith("-") && (!arg.startsWith("--") || arg.strip().contains(" "))) {
        return "; to give text that starts with '-', put '--' before it: "
            + ex.getCommandLine().getCommandSpec().qualifiedName()
            + " -- '"
            + arg
            + "'";
      }
    }
    return "";
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
    return handle(ex, cmd, parseResult);
  }

  /** Reports any failure of a command, an {@link Error} such as running out of memory included. */
  int handle(Throwable ex, CommandLine cmd, ParseResult parseResult) {
    PrintWriter err = cmd.getErr();
    Failure failure = describe(ex);
    err.println("vnsearch: " + failure.message());
    if (verbose(parseResult)) {
      ex.printStackTrace(err);
    }
    err.flush();
    return failure.exitCode();
  }

  /** A one-line message and an exit code. */
  record Failure(int exitCode, String message) {}

  /** Maps an exception to what the user should read; unknown ones are internal errors. */
  static Failure describe(Throwable ex) {
    if (ex instanceof CliException cli) {
      return new Failure(cli.exitCode(), cli.getMessage());
    }
    if (isOutOfMemory(ex)) {
      String heap = "Java's maximum heap is " + (Runtime.getRuntime().maxMemory() >> 20) + " MB";
      if (ex instanceof IOException io) {
        // the index writer closed itself: nothing after its last commit was kept
        return new Failure(
            ExitCode.INDEX,
            io.getMessage()
                + " ("
                + heap
                + "): the index keeps its last commit; run again with more memory, e.g."
                + " VNSEARCH_JAVA_OPTS=-Xmx2g");
      }
      return new Failure(
          ExitCode.INTERNAL,
          "out of memory ("
              + heap
              + "): run again with more memory, e.g. VNSEARCH_JAVA_OPTS=-Xmx2g");
    }
    for (Throwable t = ex; t != null; t = t.getCause()) {
      Failure known = describeKnown(t);
      if (known != null) {
        return known;
      }
    }
    IOException io = deepest(ex, IOException.class);
    if (io != null) {
      return new Failure(ExitCode.INDEX, "I/O error: " + io.getMessage());
    }
    return new Failure(
        ExitCode.INTERNAL,
        "internal error: " + ex + " (rerun with --verbose for details and report it as a bug)");
  }

  /** The failure a known kind of exception means, or null. */
  private static Failure describeKnown(Throwable ex) {
    if (ex instanceof IncompatibleIndexException) {
      return new Failure(ExitCode.INDEX, ex.getMessage());
    }
    if (ex instanceof IndexNotFoundException) {
      return new Failure(
          ExitCode.INDEX,
          "no index found ("
              + ex.getMessage()
              + "): build one first with 'vnsearch index PATH' or point --index at it");
    }
    if (ex instanceof LockObtainFailedException) {
      return new Failure(
          ExitCode.INDEX,
          "the index is locked by another process: wait for it to finish, or use another --index");
    }
    if (ex instanceof IndexFormatTooOldException || ex instanceof IndexFormatTooNewException) {
      return new Failure(
          ExitCode.INDEX,
          "the index was written by an incompatible Lucene version: rebuild it with 'vnsearch"
              + " index' into an empty --index directory");
    }
    if (ex instanceof CorruptIndexException) {
      return new Failure(
          ExitCode.INDEX,
          "the index is corrupt (" + ex.getMessage() + "): delete it and rebuild it");
    }
    if (ex instanceof IOException && isDiskFull(ex.getMessage())) {
      return new Failure(
          ExitCode.INDEX,
          "no space left on device ("
              + ex.getMessage()
              + "): free some space and run again; the index keeps its last commit");
    }
    if (ex instanceof NoSuchFileException missing) {
      return new Failure(
          ExitCode.USAGE, "no such file or directory: " + missing.getFile() + ": check the path");
    }
    if (ex instanceof AccessDeniedException denied) {
      return new Failure(
          ExitCode.USAGE, "permission denied: " + denied.getFile() + ": check its permissions");
    }
    if (ex instanceof FileSystemException fs) {
      return new Failure(ExitCode.USAGE, fs.getMessage());
    }
    return null;
  }

  private static boolean isDiskFull(String message) {
    return message != null
        && (message.contains("No space left on device")
            || message.contains("There is not enough space on the disk")
            || message.contains("disk full"));
  }

  /**
   * Whether running out of memory is behind {@code ex}: an {@link OutOfMemoryError} in its causes,
   * or a class that failed to initialize for want of memory (only its message says so).
   */
  private static boolean isOutOfMemory(Throwable ex) {
    for (Throwable t = ex; t != null; t = t.getCause()) {
      if (t instanceof OutOfMemoryError
          || (t instanceof LinkageError
              && String.valueOf(t.getMessage()).contains("OutOfMemoryError"))) {
        return true;
      }
    }
    return false;
  }

  /** The last throwable of type {@code type} in the chain of causes of {@code ex}, or null. */
  private static <T extends Throwable> T deepest(Throwable ex, Class<T> type) {
    T found = null;
    for (Throwable t = ex; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        found = type.cast(t);
      }
    }
    return found;
  }

  private static boolean verbose(String[] args) {
    for (String arg : args) {
      if ("--verbose".equals(arg) || "-v".equals(arg)) {
        return true;
      }
      if ("--".equals(arg)) {
        return false;
      }
    }
    return false;
  }

  private static boolean verbose(ParseResult parseResult) {
    for (ParseResult pr = parseResult; pr != null; pr = pr.subcommand()) {
      if (pr.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }
}
