package io.github.vnsearch.core.suggest;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Work done in a thread of its own while the calling thread does other work, so that building
 * suggestions uses two cores; {@link #get()} waits for it and throws what it threw.
 */
final class SideTask<T> {

  private final FutureTask<T> task;
  private final Thread thread;

  /** Starts {@code work} in a new daemon thread named {@code name}. */
  SideTask(String name, Callable<T> work) {
    task = new FutureTask<>(work);
    thread = new Thread(task, name);
    thread.setDaemon(true);
    thread.start();
  }

  /** Waits for the work to finish and returns its result. */
  T get() throws IOException {
    try {
      return task.get();
    } catch (InterruptedException e) {
      thread.interrupt();
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while building suggestions");
    } catch (ExecutionException e) {
      switch (e.getCause()) {
        case IOException io -> throw io;
        case RuntimeException re -> throw re;
        case Error error -> throw error;
        default -> throw new IOException(e.getCause());
      }
    }
  }
}
