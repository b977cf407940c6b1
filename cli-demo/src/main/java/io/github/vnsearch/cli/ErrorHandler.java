package io.github.vnsearch.cli;

import io.github.vnsearch.core.index.IncompatibleIndexException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
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
            + " --help')");
    CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
    if (verbose(args)) {
      ex.printStackTrace(err);
    }
    err.flush();
    return ExitCode.USAGE;
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
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
    if (ex instanceof UncheckedIOException unchecked && unchecked.getCause() != null) {
      return describe(unchecked.getCause());
    }
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
    if (ex instanceof IOException io) {
      return new Failure(ExitCode.INDEX, "I/O error: " + io.getMessage());
    }
    return new Failure(
        ExitCode.INTERNAL,
        "internal error: " + ex + " (rerun with --verbose for details and report it as a bug)");
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
