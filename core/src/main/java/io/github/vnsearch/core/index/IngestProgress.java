package io.github.vnsearch.core.index;

/**
 * A snapshot of an ingestion run's progress, for progress bars.
 *
 * @param filesDone files completely read
 * @param filesTotal files to read
 * @param articles articles indexed or updated so far
 * @param skipped inputs skipped so far
 * @param bytesRead bytes of input files consumed (compressed bytes for {@code .gz})
 * @param bytesTotal total bytes of the input files
 */
public record IngestProgress(
    int filesDone, int filesTotal, long articles, long skipped, long bytesRead, long bytesTotal) {

  /** Fraction of the input bytes consumed, between 0 and 1. */
  public double fraction() {
    return bytesTotal <= 0 ? 0 : Math.min(1.0, (double) bytesRead / bytesTotal);
  }
}
