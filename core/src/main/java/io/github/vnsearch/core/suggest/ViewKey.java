package io.github.vnsearch.core.suggest;

import java.io.IOException;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SegmentReader;
import org.apache.lucene.store.Directory;

/**
 * Names what an index view holds: a hash of its segments' unique ids and deletion counts. Commits
 * that change only their user data, and a reopened index, keep the key of the view they hold,
 * unlike the reader's version.
 */
final class ViewKey {

  private ViewKey() {}

  /** The key of a reader's view; {@code 0} when its leaves are not segments. */
  static long of(IndexReader reader) {
    long hash = 1125899906842597L;
    for (LeafReaderContext leaf : reader.leaves()) {
      if (!(FilterLeafReader.unwrap(leaf.reader()) instanceof SegmentReader segment)) {
        return 0;
      }
      hash = mix(hash, segment.getSegmentInfo(), segment.numDeletedDocs());
    }
    return hash;
  }

  /** The key of the latest commit of {@code dir}. */
  static long ofLatestCommit(Directory dir) throws IOException {
    long hash = 1125899906842597L;
    for (SegmentCommitInfo info : SegmentInfos.readLatestCommit(dir)) {
      hash = mix(hash, info, info.getDelCount() + info.getSoftDelCount());
    }
    return hash;
  }

  private static long mix(long hash, SegmentCommitInfo info, int deleted) {
    for (byte b : info.info.getId()) {
      hash = 31 * hash + b;
    }
    return 31 * hash + deleted;
  }
}
