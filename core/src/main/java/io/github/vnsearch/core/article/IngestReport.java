package io.github.vnsearch.core.article;

import java.util.List;

/**
 * What an ingestion run did: how many articles were newly indexed, how many replaced an article
 * with the same id, and every input that was skipped with the reason.
 *
 * @param indexed articles added that were not in the index before
 * @param updated articles that replaced an article with the same id
 * @param skipped inputs (files or JSON lines) that were not indexed, in the order met
 */
public record IngestReport(long indexed, long updated, List<Skipped> skipped) {

  /** Makes an unmodifiable copy of {@code skipped}. */
  public IngestReport {
    skipped = List.copyOf(skipped);
  }

  /** True when every input was indexed. */
  public boolean complete() {
    return skipped.isEmpty();
  }

  /**
   * An input that was not indexed.
   *
   * @param path the file, as given or found under a given directory
   * @param line 1-based line number for line-oriented inputs (JSON Lines, invalid UTF-8), or 0 when
   *     the whole file is concerned
   * @param reason one human-readable sentence, e.g. {@code "not valid UTF-8"}
   */
  public record Skipped(String path, long line, String reason) {

    /** {@code path:line: reason}, or {@code path: reason} when no line applies. */
    @Override
    public String toString() {
      return line > 0 ? path + ":" + line + ": " + reason : path + ": " + reason;
    }
  }
}
