package io.github.vnsearch.cli;

/**
 * A failure the user caused and can fix: printed as one line on standard error, without a stack
 * trace, and turned into the given exit code.
 */
final class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int exitCode;

  CliException(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  CliException(int exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  static CliException usage(String message) {
    return new CliException(ExitCode.USAGE, message);
  }

  static CliException index(String message, Throwable cause) {
    return new CliException(ExitCode.INDEX, message, cause);
  }

  int exitCode() {
    return exitCode;
  }
}
