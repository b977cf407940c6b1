package io.github.vnsearch.cli;

/** The process exit codes of {@code vnsearch}, documented in {@code docs/command-line.md}. */
final class ExitCode {
  /** Everything worked. */
  static final int OK = 0;

  /** The command ran, but some inputs were skipped (each one is reported). */
  static final int PARTIAL = 1;

  /** Bad command line: unknown option, bad date, malformed query, missing path. */
  static final int USAGE = 2;

  /** The index cannot be used: missing, incompatible, locked or unreadable. */
  static final int INDEX = 3;

  /** An unexpected internal error (a bug): rerun with {@code --verbose} for the stack trace. */
  static final int INTERNAL = 4;

  /** Interrupted by Ctrl-C (128 + SIGINT), as shells report it. */
  static final int INTERRUPTED = 130;

  private ExitCode() {}
}
