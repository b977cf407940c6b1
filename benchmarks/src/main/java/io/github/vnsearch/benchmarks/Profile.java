package io.github.vnsearch.benchmarks;

/**
 * Sizes of the benchmark inputs, chosen by the system property {@code vnsearch.bench.profile}:
 * {@code full} (the default) or {@code quick} (small inputs for a smoke run of a few minutes).
 *
 * <p>The size of the query benchmark's index is its {@code docs} parameter instead ({@code ./bench
 * quick} passes {@code -p docs=5000}), so that it shows in the results.
 *
 * <p>The property is set on the JMH host JVM ({@code ./bench quick} does it); JMH passes the host
 * JVM's arguments on to its forks.
 */
public enum Profile {
  /** The sizes the published results are measured with. */
  FULL(20_000_000L, 2_000),
  /** Small inputs for a smoke run. */
  QUICK(2_000_000L, 300);

  /** Name of the system property that selects the profile. */
  public static final String PROPERTY = "vnsearch.bench.profile";

  private final long analysisBytes;
  private final int indexingDocs;

  Profile(long analysisBytes, int indexingDocs) {
    this.analysisBytes = analysisBytes;
    this.indexingDocs = indexingDocs;
  }

  /** Returns the profile selected by {@link #PROPERTY}. */
  public static Profile current() {
    String value = System.getProperty(PROPERTY, "full").trim();
    return switch (value) {
      case "full", "" -> FULL;
      case "quick" -> QUICK;
      default ->
          throw new IllegalArgumentException(
              "-D" + PROPERTY + " must be 'full' or 'quick', not '" + value + "'");
    };
  }

  /** UTF-8 bytes of article text the analysis benchmark tokenizes. */
  public long analysisBytes() {
    return analysisBytes;
  }

  /** Number of articles each indexing operation indexes from scratch. */
  public int indexingDocs() {
    return indexingDocs;
  }
}
