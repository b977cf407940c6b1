package io.github.vnsearch.core.index;

import io.github.vnsearch.core.article.Article;
import io.github.vnsearch.core.article.ArticleFiles;
import io.github.vnsearch.core.article.ArticleSink;
import io.github.vnsearch.core.article.IngestReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Reads article files, folders and JSON Lines into an {@link ArticleIndex} and reports what
 * happened. Unreadable inputs are reported in the {@link IngestReport} and skipped; the rest is
 * indexed, refreshed and committed.
 *
 * <p>One thread reads and parses files in order (cheap); {@link #threads(int)} threads analyze and
 * index the articles (the expensive part), so one large JSON Lines file is parallelized too.
 *
 * <pre>{@code
 * IngestReport report = new Ingester(index).threads(2).ingest(List.of(Path.of("articles")));
 * }</pre>
 */
public final class Ingester {

  private static final Article POISON = new Article("\0", null, null, null, null, null, "\0");

  private final ArticleIndex index;
  private String pattern = ArticleFiles.DEFAULT_PATTERN;
  private int threads = 1;
  private Consumer<IngestProgress> listener = p -> {};
  private long commitEvery = 0;

  /** An ingester writing into {@code index}, which must be writable. */
  public Ingester(ArticleIndex index) {
    this.index = Objects.requireNonNull(index, "index");
  }

  /** Glob for the files read under directories (default {@link ArticleFiles#DEFAULT_PATTERN}). */
  public Ingester pattern(String glob) {
    this.pattern = glob == null || glob.isBlank() ? ArticleFiles.DEFAULT_PATTERN : glob;
    return this;
  }

  /** Number of indexing threads, at least 1 (default 1). */
  public Ingester threads(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + n);
    }
    this.threads = n;
    return this;
  }

  /**
   * Called with progress after each file and every few hundred articles, from the reading thread.
   */
  public Ingester progress(Consumer<IngestProgress> listener) {
    this.listener = Objects.requireNonNull(listener, "listener");
    return this;
  }

  /**
   * Also commits after every {@code n} articles (0, the default: only at the end), so a killed run
   * keeps most of its work.
   */
  public Ingester commitEvery(long n) {
    this.commitEvery = Math.max(0, n);
    return this;
  }

  /**
   * Indexes every article found under {@code paths}, then commits.
   *
   * @throws IOException when the index cannot be written (input problems are reported instead)
   */
  public IngestReport ingest(List<Path> paths) throws IOException {
    if (index.isReadOnly()) {
      throw new IllegalStateException("cannot ingest into a read-only index");
    }
    Run run = new Run();
    List<Path> files = ArticleFiles.list(paths, pattern, run);
    long bytesTotal = 0;
    for (Path f : files) {
      bytesTotal += Files.size(f);
    }
    run.filesTotal = files.size();
    run.bytesTotal = bytesTotal;

    ExecutorService pool = Executors.newFixedThreadPool(threads, Ingester::newThread);
    BlockingQueue<Article> queue = new ArrayBlockingQueue<>(256 * threads);
    List<Future<?>> workers = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      workers.add(pool.submit(() -> work(queue, run)));
    }
    run.queue = queue;
    try {
      for (Path file : files) {
        ArticleFiles.read(file, run, run.bytesRead::addAndGet);
        run.filesDone++;
        run.report();
        run.checkFailure();
      }
    } finally {
      for (int i = 0; i < threads; i++) {
        putPoison(queue, run);
      }
      pool.shutdown();
    }
    for (Future<?> f : workers) {
      try {
        f.get();
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
    index.commit();
    run.report();
    synchronized (run.skipped) {
      return new IngestReport(run.indexed.get(), run.updated.get(), run.skipped);
    }
  }

  private void work(BlockingQueue<Article> queue, Run run) {
    try {
      while (true) {
        Article a = queue.take();
        if (a == POISON) {
          return;
        }
        if (run.failure != null) {
          continue; // drain
        }
        try {
          if (index.put(a)) {
            run.updated.incrementAndGet();
          } else {
            run.indexed.incrementAndGet();
          }
        } catch (IllegalArgumentException e) {
          // IndexWriter refused this document (e.g. an immense term) and stays usable.
          run.skipped(new IngestReport.Skipped(a.id(), 0, "not indexable: " + e.getMessage()));
        }
        long done = run.done.incrementAndGet();
        if (commitEvery > 0 && done % commitEvery == 0) {
          index.commit();
        }
      }
    } catch (IOException e) {
      run.failure = e;
      throw new UncheckedIOException(e);
    } catch (RuntimeException | Error e) {
      run.failure = new IOException("indexing failed: " + e, e);
      throw e;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Queues a stop signal; after a failure, drops the queued articles so it cannot block. */
  private static void putPoison(BlockingQueue<Article> queue, Run run) {
    boolean interrupted = false;
    while (true) {
      try {
        if (queue.offer(POISON, 100, TimeUnit.MILLISECONDS)) {
          break;
        }
      } catch (InterruptedException e) {
        interrupted = true;
      }
      if (run.failure != null) {
        queue.clear();
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private static Thread newThread(Runnable r) {
    Thread t = new Thread(r, "vnsearch-indexer");
    t.setDaemon(true);
    return t;
  }

  /** The state of one run; receives what readers find. */
  private final class Run implements ArticleSink {
    final AtomicLong indexed = new AtomicLong();
    final AtomicLong updated = new AtomicLong();
    final AtomicLong done = new AtomicLong();
    final AtomicLong bytesRead = new AtomicLong();
    final List<IngestReport.Skipped> skipped =
        java.util.Collections.synchronizedList(new ArrayList<>());
    volatile IOException failure;
    BlockingQueue<Article> queue;
    int filesDone;
    int filesTotal;
    long bytesTotal;
    long queued;

    @Override
    public void article(Article article) throws IOException {
      try {
        // Never block forever: if every worker died, the failure is reported instead.
        while (!queue.offer(article, 100, TimeUnit.MILLISECONDS)) {
          checkFailure();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while indexing", e);
      }
      checkFailure();
      if (++queued % 500 == 0) {
        report();
      }
    }

    @Override
    public void skipped(IngestReport.Skipped s) {
      skipped.add(s);
    }

    void checkFailure() throws IOException {
      if (failure != null) {
        throw failure;
      }
    }

    void report() {
      listener.accept(
          new IngestProgress(
              filesDone, filesTotal, done.get(), skipped.size(), bytesRead.get(), bytesTotal));
    }
  }
}
