package io.github.vnsearch.core.article;

/**
 * Thrown when an article's text holds something that cannot be right, such as a date that does not
 * exist; says on which line, so that the input is reported as {@code path:line: reason}.
 */
public final class InvalidArticleException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final long line;

  /**
   * @param line the 1-based line, or 0 when the whole input is concerned
   * @param reason one human-readable sentence
   */
  public InvalidArticleException(long line, String reason) {
    super(reason);
    this.line = line;
  }

  /** The 1-based line of the problem, or 0 when the whole input is concerned. */
  public long line() {
    return line;
  }
}
