package io.github.vnsearch.core.index;

import io.github.vnsearch.core.article.Article;
import io.github.vnsearch.core.article.ArticleFiles;
import io.github.vnsearch.core.article.ArticleSink;
import io.github.vnsearch.core.article.IngestReport;
import java.io.IOException;
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
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Indexes articles into an {@link ArticleIndex} and reports what happened: from article files,
 * folders and JSON Lines ({@link #ingest(List)}), or from code ({@link #ingestArticles(Iterable)}).
 * Unreadable inputs are reported in the {@link IngestReport} and skipped; the rest is indexed,
 * refreshed and committed.
 *
 * <p>The calling thread reads and parses files, or iterates the articles, in order (cheap); {@link
 * #threads(int)} threads analyze and index them (the expensive part), so one large JSON Lines file
 * is parallelized too. How many articles were new and how many replaced others is counted from the
 * index's document count before and after the run, so no article costs a read and memory does not
 * grow with the number of articles; the counts assume no other writer changes the index meanwhile.
 *
 * <pre>{@code
 * IngestReport report = new Ingester(index).threads(2).ingest(List.of(Path.of("articles")));
 * IngestReport more = new Ingester(index).ingestArticles(List.of(article1, article2));
 * }</pre>
 */
public final class Ingester {

  private static final Article POISON = Article.builder("\0", "\0").build();

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
    checkWritable();
    Run run = new Run();
    List<Path> files = ArticleFiles.list(paths, pattern, run);
    long bytesTotal = 0;
    for (Path f : files) {
      bytesTotal += sizeOf(f);
    }
    run.filesTotal = files.size();
    run.bytesTotal = bytesTotal;
    return run(
        run,
        () -> {
          for (Path file : files) {
            ArticleFiles.read(file, run, run.bytesRead::addAndGet);
            run.filesDone++;
            run.report();
            run.checkFailure();
          }
        });
  }

  /**
   * Indexes {@code articles}, in the order they come, then commits: the way to index articles that
   * do not come from files (a database, a crawler, a test). An article the index refuses is
   * reported and skipped.
   *
   * @throws IOException when the index cannot be written
   */
  public IngestReport ingestArticles(Iterable<Article> articles) throws IOException {
    Objects.requireNonNull(articles, "articles");
    checkWritable();
    Run run = new Run();
    return run(
        run,
        () -> {
          for (Article a : articles) {
            run.article(Objects.requireNonNull(a, "null article"));
          }
        });
  }

  /** What feeds a run its articles, from the calling thread. */
  private interface Feed {
    void feed() throws IOException;
  }

  private void checkWritable() {
    if (index.isReadOnly()) {
      throw new IllegalStateException("cannot ingest into a read-only index");
    }
  }

  private IngestReport run(Run run, Feed feed) throws IOException {
    long before = index.documentCount();
    ExecutorService pool = Executors.newFixedThreadPool(threads, Ingester::newThread);
    BlockingQueue<Article> queue = new ArrayBlockingQueue<>(256 * threads);
    List<Future<?>> workers = new ArrayList<>();
    run.working.set(threads);
    for (int i = 0; i < threads; i++) {
      workers.add(pool.submit(() -> work(queue, run)));
    }
    run.queue = queue;
    try {
      feed.feed();
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
        run.fail(null, e.getCause()); // work() reports its failures itself: not expected
      }
    }
    run.throwIfFailed();
    index.commit();
    run.report();
    long put = run.put.get();
    long added = Math.max(0, Math.min(put, index.documentCount() - before));
    synchronized (run.skipped) {
      return new IngestReport(added, put - added, run.skipped);
    }
  }

  private void work(BlockingQueue<Article> queue, Run run) {
    Article a = null;
    try {
      while (true) {
        a = queue.take();
        if (a == POISON) {
          if (!run.failed()) {
            // write this thread's buffered documents now, in parallel with the other threads,
            // instead of leaving them all to the one thread that commits
            index.flushBuffer();
          }
          return;
        }
        run.queuedChars.release(Run.weight(a));
        if (run.failed()) {
          continue; // drain
        }
        try {
          index.put(a);
          run.put.incrementAndGet();
        } catch (IllegalArgumentException e) {
          // IndexWriter refused this document (e.g. an immense term) and stays usable.
          run.skipped(new IngestReport.Skipped(a.id(), 0, "not indexable: " + e.getMessage()));
        }
        long done = run.done.incrementAndGet();
        if (commitEvery > 0 && done % commitEvery == 0) {
          index.commit();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Throwable e) {
      // An IOException, or an Error such as running out of memory, after which IndexWriter has
      // closed itself: the run ends, the index keeps its last commit. Recorded without allocating.
      run.fail(a, e);
    } finally {
      run.working.decrementAndGet();
    }
  }

  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0; // reported when it is read
    }
  }

  /** Queues a stop signal; after a failure, drops the queued articles so it cannot block. */
  private static void putPoison(BlockingQueue<Article> queue, Run run) {
    while (!queue.offer(POISON)) {
      if (run.failed()) {
        queue.clear();
      }
      LockSupport.parkNanos(1_000_000);
    }
  }

  private static Thread newThread(Runnable r) {
    Thread t = new Thread(r, "vnsearch-indexer");
    t.setDaemon(true);
    // work() records its failures in the run; an Error the pool's own code meets afterwards (out of
    // memory while waiting for a task) changes nothing and is not printed
    t.setUncaughtExceptionHandler((thread, e) -> {});
    return t;
  }

  /** The state of one run; receives what readers find. */
  private final class Run implements ArticleSink {
    /**
     * Chars of text that may wait in the queue, whatever the number of articles, so that memory
     * stays bounded even when every article is large: 16 M (32 MB), or less on a small heap.
     */
    static final int QUEUED_CHARS =
        (int) Math.max(1 << 20, Math.min(16 << 20, Runtime.getRuntime().maxMemory() / 32));

    final Semaphore queuedChars = new Semaphore(QUEUED_CHARS);

    /** Articles put into the index (new or replacing another). */
    final AtomicLong put = new AtomicLong();

    final AtomicLong done = new AtomicLong();
    final AtomicLong bytesRead = new AtomicLong();
    final List<IngestReport.Skipped> skipped =
        java.util.Collections.synchronizedList(new ArrayList<>());

    /** Indexing threads still running. */
    final AtomicInteger working = new AtomicInteger();

    /** What stopped the indexing threads, and the article they were indexing; set once. */
    private volatile Throwable failureCause;

    private Article failedOn;
    private IOException failure;

    BlockingQueue<Article> queue;
    int filesDone;
    int filesTotal;
    long bytesTotal;
    long queued;

    @Override
    public void article(Article article) throws IOException {
      int weight = weight(article);
      await(() -> queuedChars.tryAcquire(weight));
      await(() -> queue.offer(article));
      checkFailure();
      if (++queued % 500 == 0) {
        report();
      }
    }

    /** What an article counts against {@link #QUEUED_CHARS}: its length, at most all of it. */
    static int weight(Article a) {
      long chars = a.body().length() + (a.title() == null ? 0 : a.title().length());
      return (int) Math.max(1, Math.min(QUEUED_CHARS, chars));
    }

    @Override
    public void skipped(IngestReport.Skipped s) {
      skipped.add(s);
    }

    /**
     * Waits until {@code done} succeeds, checking for failures. It polls instead of blocking
     * because blocking waits can wait forever once memory runs out (a lock that cannot allocate its
     * queue node spins until it gets the lock, ignoring its timeout).
     */
    void await(BooleanSupplier done) throws IOException {
      for (long nanos = 10_000; !done.getAsBoolean(); nanos = Math.min(2 * nanos, 5_000_000)) {
        checkFailure();
        LockSupport.parkNanos(nanos);
        if (Thread.interrupted()) {
          Thread.currentThread().interrupt();
          throw new IOException("interrupted while indexing");
        }
      }
    }

    /** Records why indexing stopped (the first reason only); allocates nothing. */
    synchronized void fail(Article article, Throwable cause) {
      if (failureCause == null) {
        failureCause = cause;
        failedOn = article;
      }
    }

    /** Whether indexing stopped before the end: failed, or its threads are all gone. */
    boolean failed() {
      return failureCause != null || working.get() == 0;
    }

    /** While articles are being read: throws when indexing stopped. */
    void checkFailure() throws IOException {
      if (working.get() == 0) {
        fail(null, new IllegalStateException("the indexing threads stopped"));
      }
      throwIfFailed();
    }

    /** Throws what stopped indexing, naming the article, if something did. */
    synchronized void throwIfFailed() throws IOException {
      if (failureCause == null) {
        return;
      }
      if (failure == null) {
        Throwable cause = failureCause;
        Article on = failedOn;
        while (cause instanceof RuntimeException
            && (cause.getCause() instanceof IOException || cause.getCause() instanceof Error)) {
          // the writer closed itself after a failure (its "tragic event"), perhaps in another
          // thread, and says so with an AlreadyClosedException or IllegalStateException: the
          // failure it wraps is what happened
          cause = cause.getCause();
          on = null;
        }
        String what = on == null ? "" : " " + on.id();
        failure =
            switch (cause) {
              case IOException io -> io;
              case OutOfMemoryError oom ->
                  new IOException("out of memory while indexing" + what, oom);
              default ->
                  new IOException(
                      "indexing failed" + (on == null ? "" : " on" + what) + ": " + cause, cause);
            };
      }
      throw failure;
    }

    void report() {
      listener.accept(
          new IngestProgress(
              filesDone, filesTotal, done.get(), skipped.size(), bytesRead.get(), bytesTotal));
    }
  }
}
