package io.github.vnsearch.core.index;

import java.io.IOException;

/**
 * The directory holds an index this version cannot use: built with another schema or analysis
 * chain, by an unsupported Lucene version, or not by vnsearch at all. The message is one line
 * naming the index and the fix (rebuild it).
 */
public final class IncompatibleIndexException extends IOException {

  /** Creates the exception with a one-line, user-facing message. */
  public IncompatibleIndexException(String message) {
    super(message);
  }

  /** Creates the exception with a one-line, user-facing message and its cause. */
  public IncompatibleIndexException(String message, Throwable cause) {
    super(message, cause);
  }
}
