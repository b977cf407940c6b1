package io.github.vnsearch.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** Feeds items to an indexing function from several threads, each taking the next one in turn. */
final class ParallelIndexer {

  /** Indexes one item. */
  interface Sink<T> {
    void add(T item) throws IOException;
  }

  private ParallelIndexer() {}

  /** Adds every item with {@code threads} tasks of {@code pool} and waits for them. */
  static <T> void run(ExecutorService pool, int threads, T[] items, Sink<T> sink)
      throws IOException {
    AtomicInteger next = new AtomicInteger();
    List<Future<?>> tasks = new ArrayList<>(threads);
    for (int t = 0; t < threads; t++) {
      tasks.add(
          pool.submit(
              () -> {
                for (int i = next.getAndIncrement(); i < items.length; i = next.getAndIncrement()) {
                  try {
                    sink.add(items[i]);
                  } catch (IOException e) {
                    throw new UncheckedIOException(e);
                  }
                }
              }));
    }
    try {
      for (Future<?> task : tasks) {
        task.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while indexing", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof UncheckedIOException u) {
        throw u.getCause();
      }
      throw new IOException("indexing failed: " + e.getCause(), e.getCause());
    }
  }
}
