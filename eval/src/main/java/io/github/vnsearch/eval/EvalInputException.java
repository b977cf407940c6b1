package io.github.vnsearch.eval;

import java.io.IOException;
import java.nio.file.Path;

/** A passages or queries file that cannot be used, with the file and line at fault. */
public final class EvalInputException extends IOException {
  private static final long serialVersionUID = 1L;

  /** An error at {@code line} (1-based) of {@code file}. */
  EvalInputException(Path file, long line, String message) {
    super(file + ":" + line + ": " + message);
  }

  /** An error about {@code file} as a whole. */
  EvalInputException(Path file, String message, Throwable cause) {
    super(file + ": " + message, cause);
  }
}
