package io.github.vnsearch.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the benchmarks keep what is expensive to rebuild in every forked JVM (corpus samples, the
 * query benchmark's index): the directory named by {@value #PROPERTY} ({@code ./bench} uses {@code
 * benchmarks/target/bench-cache}), else {@code vnsearch-bench-cache} in the temp directory. Entries
 * are keyed by the corpus file's size and modification time, so a changed corpus is never served
 * stale; delete the directory to force a rebuild.
 */
final class BenchCache {

  /** System property naming the cache directory. */
  static final String PROPERTY = "vnsearch.bench.cacheDir";

  private BenchCache() {}

  /** The cache directory, created if needed. */
  static Path dir() {
    String configured = System.getProperty(PROPERTY);
    Path dir =
        configured != null
            ? Path.of(configured)
            : Path.of(System.getProperty("java.io.tmpdir"), "vnsearch-bench-cache");
    try {
      return Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the benchmark cache directory " + dir, e);
    }
  }

  /** A cache entry for data derived from {@code corpus}, named by {@code what}. */
  static Path file(Path corpus, String what) {
    try {
      return dir()
          .resolve(
              what + "-" + Files.size(corpus) + "-" + Files.getLastModifiedTime(corpus).toMillis());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + corpus, e);
    }
  }
}
