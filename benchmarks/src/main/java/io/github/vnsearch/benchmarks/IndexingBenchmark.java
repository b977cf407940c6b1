package io.github.vnsearch.benchmarks;

import io.github.vnsearch.core.article.Article;
import io.github.vnsearch.core.index.ArticleIndex;
import io.github.vnsearch.core.index.Ingester;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Indexing throughput: one operation builds a complete index of the same sample of articles from
 * scratch in an {@link FSDirectory} in a temporary directory, commits it and measures its size.
 *
 * <ul>
 *   <li>{@code vnsearch}: core's {@link Ingester} into an {@link ArticleIndex}, the path users run,
 *       with the full article schema (title and body each indexed exact and folded with offsets,
 *       stored fields, date point and doc values, date / category / source facets).
 *   <li>{@code standard}: the same articles in a plain Lucene index with {@link StandardAnalyzer}
 *       only: id, title and body stored and indexed once, Lucene's default writer settings but a 64
 *       MB buffer, update by id, commit; the articles are handed out to the threads in turn.
 * </ul>
 *
 * <p>Counters: documents/s, UTF-8 bytes of text/s, and index bytes per build (divide by the
 * operation rate to get the index size; the results writer does).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Threads(1)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class IndexingBenchmark {

  /** {@code vnsearch} (full article schema) or {@code standard} (StandardAnalyzer only). */
  @Param({"vnsearch", "standard"})
  public String schema;

  /** Number of indexing threads. */
  @Param({"1", "2"})
  public int threads;

  private Article[] articles;
  private long textBytes;
  private Path root;
  private ExecutorService pool;

  /** Per-iteration totals, reported by JMH as rates (per second). */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Counters {
    /** Articles indexed. */
    public long docs;

    /** UTF-8 bytes of article text indexed. */
    public long bytes;

    /** Sum of the sizes of the indexes built. */
    public long indexBytes;

    /** Clears the totals before each iteration. */
    @Setup(Level.Iteration)
    public void clear() {
      docs = 0;
      bytes = 0;
      indexBytes = 0;
    }
  }

  /** Loads the articles and starts the indexing threads. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    List<NewsArticle> sample = NewsSample.ofCount(Profile.current().indexingDocs());
    articles = Articles.of(sample);
    textBytes = NewsSample.textBytes(sample);
    root = Files.createTempDirectory("vnsearch-bench-indexing");
    pool = Executors.newFixedThreadPool(threads);
  }

  /** Stops the threads and removes the temporary directory. */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    pool.shutdownNow();
    deleteRecursively(root);
  }

  /** Builds, commits and measures one index of the sample. */
  @Benchmark
  public long index(Counters counters) throws IOException {
    Path dir = Files.createTempDirectory(root, schema);
    long size;
    try {
      size = "vnsearch".equals(schema) ? buildVnsearch(dir) : buildStandard(dir);
    } finally {
      deleteRecursively(dir);
    }
    counters.docs += articles.length;
    counters.bytes += textBytes;
    counters.indexBytes += size;
    return size;
  }

  private long buildVnsearch(Path dir) throws IOException {
    try (ArticleIndex index = ArticleIndex.open(dir)) {
      new Ingester(index).threads(threads).ingestArticles(Arrays.asList(articles));
      return index.sizeInBytes();
    }
  }

  private long buildStandard(Path dir) throws IOException {
    try (FSDirectory directory = FSDirectory.open(dir);
        StandardAnalyzer analyzer = new StandardAnalyzer()) {
      IndexWriterConfig config = new IndexWriterConfig(analyzer);
      config.setRAMBufferSizeMB(64);
      config.setCommitOnClose(false);
      IndexWriter writer = new IndexWriter(directory, config);
      try {
        List<Callable<Void>> tasks = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          int first = t;
          tasks.add(
              () -> {
                for (int i = first; i < articles.length; i += threads) {
                  Article a = articles[i];
                  writer.updateDocument(new Term("id", a.id()), standardDocument(a));
                }
                return null;
              });
        }
        for (Future<Void> task : pool.invokeAll(tasks)) {
          task.get();
        }
        writer.commit();
        long size = 0;
        for (String file : directory.listAll()) {
          size += directory.fileLength(file);
        }
        return size;
      } catch (InterruptedException | ExecutionException e) {
        throw new IOException("indexing failed", e);
      } finally {
        writer.rollback(); // like ArticleIndex.close(): running merges are not waited for
      }
    }
  }

  private static Document standardDocument(Article a) {
    Document doc = new Document();
    doc.add(new StringField("id", a.id(), Field.Store.YES));
    if (a.title() != null) {
      doc.add(new TextField("title", a.title(), Field.Store.YES));
    }
    doc.add(new TextField("body", a.body(), Field.Store.YES));
    return doc;
  }

  static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
