package io.github.vnsearch.cli;

import io.github.vnsearch.core.index.ArticleIndex;
import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;

/**
 * Handles Ctrl-C (or a SIGTERM) during indexing: a shutdown hook rolls the index writer back, so
 * the index stays exactly at its last commit and can be opened, and tells the user so.
 */
final class Interruption implements AutoCloseable {

  private final Thread hook;
  private final CountDownLatch finished = new CountDownLatch(1);
  private volatile boolean interrupted;
  private volatile boolean done;

  private Interruption(ArticleIndex index, PrintWriter err) {
    this.hook =
        new Thread(
            () -> {
              if (done) {
                return;
              }
              interrupted = true;
              try {
                index.rollback(); // uncommitted changes are dropped, the last commit stays
                err.println();
                err.println(
                    "vnsearch: interrupted; the index at "
                        + index.location()
                        + " is left as of its last commit. Run the same command again to"
                        + " finish (articles already indexed are updated, not duplicated).");
              } catch (Exception | Error e) {
                err.println("vnsearch: interrupted; closing the index failed: " + e);
              } finally {
                err.flush();
                finished.countDown();
              }
            },
            "vnsearch-interrupt");
  }

  /** Installs the hook for the duration of an indexing run. */
  static Interruption install(ArticleIndex index, PrintWriter err) {
    Interruption interruption = new Interruption(index, err);
    Runtime.getRuntime().addShutdownHook(interruption.hook);
    return interruption;
  }

  /** Marks the run finished: from now on the hook does nothing. */
  void done() {
    done = true;
  }

  /**
   * When the failure being handled was caused by the hook closing the index under the indexing
   * threads, waits for the JVM to exit instead of reporting a confusing error.
   */
  void awaitIfInterrupted() {
    if (!interrupted) {
      return;
    }
    try {
      finished.await();
      Thread.sleep(Long.MAX_VALUE); // the JVM halts once the hook has returned
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    done = true;
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // shutdown already in progress: the hook runs (and does nothing once done is set)
    }
  }
}
