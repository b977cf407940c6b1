package io.github.vnsearch.core.index;

import org.apache.lucene.index.ConcurrentMergeScheduler;

/**
 * A {@link ConcurrentMergeScheduler} whose merge threads do not print the exceptions of failed
 * merges. A merge that fails (for want of disk space, say) is a tragic event for the IndexWriter,
 * which closes itself and hands the cause, as the cause of its {@code AlreadyClosedException}, to
 * the next thread that uses it; printing it from the merge thread as well would put a stack trace
 * in front of the user's one-line message.
 */
final class QuietMergeScheduler extends ConcurrentMergeScheduler {

  @Override
  protected void handleMergeException(Throwable exc) {
    // reported by the writer to its next caller
  }
}
