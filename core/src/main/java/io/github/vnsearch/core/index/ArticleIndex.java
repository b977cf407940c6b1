package io.github.vnsearch.core.index;

import io.github.vnsearch.core.article.Article;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;

/**
 * A searchable article index in one directory: owns the {@link IndexWriter} and a near-real-time
 * {@link SearcherManager}. Thread-safe: articles may be added from several threads while other
 * threads search.
 *
 * <p>Changes become visible to searches after {@link #refresh()} and durable after {@link
 * #commit()} or {@link #close()}, which commits as Lucene's {@link IndexWriter} does; a process
 * killed between commits leaves the index as of the last commit, and {@link #rollback()} discards
 * what was not committed. Writing reads nothing from the index and keeps nothing per article, so
 * memory stays flat however many articles are put. Every commit records {@link
 * ArticleSchema#VERSION} and the analysis settings, and opening an index recorded with other ones
 * fails with an {@link IncompatibleIndexException}.
 *
 * <p>Searching goes through {@link #acquire()}, which pins one point-in-time view ({@link
 * Snapshot}) together with the facet reader state of that view, computed once per reader
 * generation.
 */
public final class ArticleIndex implements Closeable {

  private final Directory directory;
  private final String location;
  private final IndexWriter writer; // null when read-only
  private final ReferenceManager<IndexSearcher> searchers;
  private boolean closed;

  private ArticleIndex(Directory directory, String location, boolean readOnly) throws IOException {
    this.directory = directory;
    this.location = location;
    boolean exists = DirectoryReader.indexExists(directory);
    if (exists) {
      checkCompatible(directory, location);
    } else if (readOnly) {
      throw new IndexNotFoundException(
          "no index at "
              + location
              + " (build one first, e.g. `vnsearch index FILES --index DIR`)");
    }
    SearcherFactory factory =
        new SearcherFactory() {
          @Override
          public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
            return new FacetedSearcher(reader);
          }
        };
    if (readOnly) {
      this.writer = null;
      this.searchers = new SearcherManager(directory, factory);
    } else {
      IndexWriterConfig config = new IndexWriterConfig(ArticleSchema.indexAnalyzer());
      config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      config.setRAMBufferSizeMB(ramBufferMB(Runtime.getRuntime().maxMemory()));
      config.setCommitOnClose(false);
      config.setMergeScheduler(new QuietMergeScheduler());
      IndexWriter w = new IndexWriter(directory, config);
      try {
        w.setLiveCommitData(ArticleSchema.commitUserData().entrySet());
        if (!exists) {
          w.commit(); // an empty, valid, schema-stamped index that read-only opens accept
        }
        this.searchers = new SearcherManager(w, true, false, factory);
      } catch (IOException | RuntimeException e) {
        IOUtils.closeWhileHandlingException(w);
        throw e;
      }
      this.writer = w;
    }
  }

  /**
   * How much RAM the writer may fill before it flushes: 64 MB, but never more than an eighth of the
   * heap, so that a small heap ({@code -Xmx128m}) is not exhausted by buffered documents.
   */
  static double ramBufferMB(long maxHeapBytes) {
    return Math.max(4, Math.min(64, (maxHeapBytes >> 20) / 8));
  }

  /** Opens the index in {@code dir} for reading and writing, creating it when missing. */
  public static ArticleIndex open(Path dir) throws IOException {
    return open(FSDirectory.open(dir), dir.toString(), false);
  }

  /** Opens the existing index in {@code dir} for searching only (no write lock is taken). */
  public static ArticleIndex openReadOnly(Path dir) throws IOException {
    return open(FSDirectory.open(dir), dir.toString(), true);
  }

  /**
   * Opens an index in any Lucene {@link Directory}, which the returned index closes.
   *
   * @param location how to name the index in messages
   */
  public static ArticleIndex open(Directory dir, String location, boolean readOnly)
      throws IOException {
    try {
      return new ArticleIndex(dir, location, readOnly);
    } catch (IOException | RuntimeException e) {
      IOUtils.closeWhileHandlingException(dir);
      throw e;
    }
  }

  private static void checkCompatible(Directory dir, String location) throws IOException {
    Map<String, String> data;
    try {
      data = SegmentInfos.readLatestCommit(dir).getUserData();
    } catch (IndexFormatTooOldException | IndexFormatTooNewException e) {
      throw new IncompatibleIndexException(
          "index at " + location + " was written by an unsupported Lucene version; rebuild it", e);
    }
    String version = data.get(ArticleSchema.USER_DATA_VERSION);
    if (version == null) {
      throw new IncompatibleIndexException(
          "index at " + location + " was not built by vnsearch; use another directory");
    }
    if (!version.equals(Integer.toString(ArticleSchema.VERSION))) {
      throw new IncompatibleIndexException(
          "index at "
              + location
              + " has schema version "
              + version
              + " but this vnsearch uses "
              + ArticleSchema.VERSION
              + "; delete it and index again");
    }
    String analysis = data.get(ArticleSchema.USER_DATA_ANALYSIS);
    if (!ArticleSchema.analyzerSettings().equals(analysis)) {
      throw new IncompatibleIndexException(
          "index at "
              + location
              + " was analyzed with '"
              + analysis
              + "' but this vnsearch analyzes with '"
              + ArticleSchema.analyzerSettings()
              + "'; delete it and index again");
    }
  }

  /**
   * Adds {@code article}, replacing the article with the same id if there is one. Reads nothing:
   * how many articles a run added or replaced is told by {@link Ingester}'s report.
   */
  public void put(Article article) throws IOException {
    IndexWriter w = writer();
    Document doc = ArticleSchema.facetsConfig().build(ArticleSchema.toDocument(article));
    w.updateDocument(ArticleSchema.idTerm(article.id()), doc);
  }

  /** Deletes the article with this id, if there is one. */
  public void delete(String id) throws IOException {
    writer().deleteDocuments(ArticleSchema.idTerm(id));
  }

  /**
   * Articles in the index, counting those added since the last commit; deletes and replacements not
   * yet applied by a commit are not subtracted.
   */
  long documentCount() {
    return writer().getDocStats().numDocs;
  }

  /** Makes every change so far visible to searches started afterwards. */
  public void refresh() throws IOException {
    searchers.maybeRefreshBlocking();
  }

  /**
   * Calls {@code listener} around every refresh of the searchable view (and so every commit), for
   * what is kept in step with it, such as suggestions; {@code afterRefresh} runs in the refreshing
   * thread before the refresh returns.
   */
  public void addRefreshListener(ReferenceManager.RefreshListener listener) {
    searchers.addListener(listener);
  }

  /** Stops calling a listener added by {@link #addRefreshListener}. */
  public void removeRefreshListener(ReferenceManager.RefreshListener listener) {
    searchers.removeListener(listener);
  }

  /**
   * Writes one buffer of added documents to a new segment in the calling thread, if there is one;
   * not durable until {@link #commit()}. Lets several indexing threads share the flush work that a
   * commit would otherwise do alone.
   */
  void flushBuffer() throws IOException {
    writer().flushNextBuffer();
  }

  /** Makes every change so far durable (and visible). */
  public void commit() throws IOException {
    IndexWriter w = writer();
    w.setLiveCommitData(ArticleSchema.commitUserData().entrySet());
    w.commit();
    refresh();
  }

  /**
   * Pins the current point-in-time view for searching; close the snapshot (try-with-resources) when
   * done.
   */
  public Snapshot acquire() throws IOException {
    return new Snapshot((FacetedSearcher) searchers.acquire());
  }

  /**
   * Verifies the checksums of every file of the current view, reading them whole: the way to tell a
   * damaged index from a bug when reading it fails unexpectedly.
   *
   * @throws org.apache.lucene.index.CorruptIndexException when a file does not match its checksum
   */
  public void checkIntegrity() throws IOException {
    try (Snapshot s = acquire()) {
      for (LeafReaderContext leaf : s.searcher().getIndexReader().leaves()) {
        leaf.reader().checkIntegrity();
      }
    }
  }

  /**
   * The article stored under {@code id}, as of the latest {@link #refresh()} (or {@link
   * #commit()}): an article put since is not seen yet, nor its new version, and one deleted since
   * still is.
   *
   * @return the article, or empty when the view has none with this id
   */
  public Optional<Article> get(String id) throws IOException {
    try (Snapshot s = acquire()) {
      IndexSearcher searcher = s.searcher();
      TopDocs top = searcher.search(new TermQuery(ArticleSchema.idTerm(id)), 1);
      if (top.scoreDocs.length == 0) {
        return Optional.empty();
      }
      Document stored = searcher.storedFields().document(top.scoreDocs[0].doc);
      return Optional.of(ArticleSchema.toArticle(stored));
    }
  }

  /** Counts, date range and size of what the latest refresh sees. */
  public IndexStats stats() throws IOException {
    try (Snapshot s = acquire()) {
      IndexReader reader = s.searcher().getIndexReader();
      byte[] min = PointValues.getMinPackedValue(reader, ArticleSchema.DATE);
      byte[] max = PointValues.getMaxPackedValue(reader, ArticleSchema.DATE);
      return new IndexStats(
          reader.numDocs(),
          min == null
              ? null
              : ArticleSchema.toDay(org.apache.lucene.document.LongPoint.decodeDimension(min, 0)),
          max == null
              ? null
              : ArticleSchema.toDay(org.apache.lucene.document.LongPoint.decodeDimension(max, 0)),
          sizeInBytes(),
          ArticleSchema.VERSION);
    }
  }

  /**
   * Bytes of the files of the last commit: what opening the index reads, without segments that
   * merges under way are still writing or have not yet deleted.
   */
  public long sizeInBytes() throws IOException {
    while (true) {
      try {
        long total = 0;
        for (String file : SegmentInfos.readLatestCommit(directory).files(true)) {
          total += directory.fileLength(file);
        }
        return total;
      } catch (java.nio.file.NoSuchFileException e) {
        // a newer commit deleted a file of the one read: read the newer one
      }
    }
  }

  /** Whether this index was opened with {@link #openReadOnly}. */
  public boolean isReadOnly() {
    return writer == null;
  }

  /** Where the index lives, as named when opened. */
  public String location() {
    return location;
  }

  private IndexWriter writer() {
    if (writer == null) {
      throw new IllegalStateException("index at " + location + " was opened read-only");
    }
    return writer;
  }

  /**
   * Commits every change so far, as {@link IndexWriter#close()} does, and closes the index. Merges
   * still running are abandoned (the merged segments are not needed by the commit). After a failure
   * that closed the writer (a full disk, say), nothing can be committed and the index stays as of
   * its last commit. Closing twice does nothing.
   */
  @Override
  public void close() throws IOException {
    close(true);
  }

  /**
   * Closes the index discarding every change since the last commit, as after a crash: the way to
   * abandon a run (the command line does on Ctrl-C). Closing twice does nothing.
   */
  public void rollback() throws IOException {
    close(false);
  }

  private synchronized void close(boolean commit) throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    IOException committing = null;
    if (commit && writer != null && writer.isOpen()) {
      try {
        writer.setLiveCommitData(ArticleSchema.commitUserData().entrySet());
        writer.commit();
      } catch (IOException e) {
        committing = e;
      }
    }
    try {
      IOUtils.close(searchers, writer == null ? null : writer::rollback, directory);
    } catch (IOException e) {
      if (committing == null) {
        throw e;
      }
      committing.addSuppressed(e);
    }
    if (committing != null) {
      throw committing;
    }
  }

  /**
   * A point-in-time view of the index: an {@link IndexSearcher} and the facet state for its reader.
   * Must be closed to release the view.
   */
  public final class Snapshot implements Closeable {
    private final FacetedSearcher searcher;
    private boolean closed;

    private Snapshot(FacetedSearcher searcher) {
      this.searcher = searcher;
    }

    /** The searcher of this view. */
    public IndexSearcher searcher() {
      return searcher;
    }

    /** The facet configuration of the schema. */
    public FacetsConfig facetsConfig() {
      return ArticleSchema.facetsConfig();
    }

    /**
     * The sorted-set facet state of this view, computed on first use and shared by every search of
     * the same reader; {@code null} when the index is empty.
     */
    public SortedSetDocValuesReaderState facetsState() throws IOException {
      return searcher.facetsState();
    }

    /** Releases the view. */
    @Override
    public void close() throws IOException {
      if (!closed) {
        closed = true;
        searchers.release(searcher);
      }
    }
  }

  /** An {@link IndexSearcher} that carries the facet state of its reader. */
  private static final class FacetedSearcher extends IndexSearcher {
    private volatile SortedSetDocValuesReaderState state;
    private boolean computed;

    FacetedSearcher(IndexReader reader) {
      super(reader);
    }

    synchronized SortedSetDocValuesReaderState facetsState() throws IOException {
      if (!computed) {
        if (getIndexReader().maxDoc() > 0) {
          state =
              new DefaultSortedSetDocValuesReaderState(
                  getIndexReader(), ArticleSchema.facetsConfig());
        }
        computed = true;
      }
      return state;
    }
  }
}
