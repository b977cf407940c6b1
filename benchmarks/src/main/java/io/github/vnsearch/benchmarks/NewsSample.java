package io.github.vnsearch.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.vnsearch.core.article.ArticleFiles;
import io.github.vnsearch.core.article.JsonLines;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * A fixed, seeded sample of the VNTC news corpus ({@code data/news/vntc.jsonl.gz} under the shared
 * data directory), so that every run and every analyzer sees the same text.
 *
 * <p>Each article gets a pseudo-random key from a hash of its id and the seed; a sample is the
 * shortest prefix of the articles in key order that reaches the requested size. The sample is
 * therefore independent of file order, and a bigger sample contains every smaller one. Samples are
 * cached on disk ({@link BenchCache}) so that each forked benchmark JVM need not read the whole
 * corpus again.
 */
public final class NewsSample {

  /** The seed of every sample the benchmarks take. */
  public static final long SEED = 20_26_11_23L;

  /** System property naming the shared data directory; defaults to {@code ../shared}. */
  public static final String SHARED_DIR_PROPERTY = "vnsearch.shared.dir";

  static final String CORPUS = "data/news/vntc.jsonl.gz";

  private NewsSample() {}

  /** Returns the corpus file, or fails with a message saying where it was looked for. */
  public static Path corpusFile() {
    String dir = System.getProperty(SHARED_DIR_PROPERTY, "../shared");
    Path file = Path.of(dir).resolve(CORPUS).toAbsolutePath().normalize();
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException(
          "The VNTC news corpus is missing: "
              + file
              + " does not exist. Put the shared data beside the checkout (../shared) or pass -D"
              + SHARED_DIR_PROPERTY
              + "=DIR, the directory that holds "
              + CORPUS
              + ".");
    }
    return file;
  }

  /** Returns the first articles in key order whose title and body reach {@code bytes} of UTF-8. */
  public static List<NewsArticle> ofBytes(long bytes) {
    return load(Long.MAX_VALUE, bytes);
  }

  /** Returns {@code count} articles (all of them if the corpus is smaller), in key order. */
  public static List<NewsArticle> ofCount(int count) {
    return load(count, Long.MAX_VALUE);
  }

  private static List<NewsArticle> load(long maxCount, long maxBytes) {
    Path file = corpusFile();
    Path cached = BenchCache.file(file, "sample-" + SEED + "-" + maxCount + "-" + maxBytes);
    List<NewsArticle> sample = SampleFile.read(cached);
    if (sample == null) {
      sample = select(file, maxCount, maxBytes);
      SampleFile.write(cached, sample);
    }
    return sample;
  }

  static List<NewsArticle> select(Path file, long maxCount, long maxBytes) {
    // Kept: the articles with the smallest keys, trimmed as soon as the rest reach the limits.
    TreeMap<Key, NewsArticle> kept = new TreeMap<>();
    long[] keptBytes = {0};
    try (InputStream in = JsonLines.open(file)) {
      JsonLines.readObjects(
          in,
          ArticleFiles.MAX_ARTICLE_BYTES,
          new JsonLines.ObjectVisitor() {
            @Override
            public void object(JsonNode node, long line) {
              NewsArticle article = parse(node, file, line);
              Key key = new Key(mix(SEED, article.id().hashCode()), line);
              boolean full = kept.size() >= maxCount || keptBytes[0] >= maxBytes;
              if (full && key.compareTo(kept.lastKey()) > 0) {
                return;
              }
              kept.put(key, article);
              keptBytes[0] += article.textBytes();
              while (kept.size() > maxCount
                  || (keptBytes[0] - kept.lastEntry().getValue().textBytes() >= maxBytes)) {
                keptBytes[0] -= kept.pollLastEntry().getValue().textBytes();
              }
            }

            @Override
            public void unreadable(long line, String reason) {
              throw new IllegalStateException(file + ":" + line + ": " + reason);
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
    }
    return new ArrayList<>(kept.values());
  }

  private static NewsArticle parse(JsonNode node, Path file, long lineNumber) {
    String body = node == null ? null : node.path("body").asText(null);
    String id = node == null ? null : node.path("id").asText(null);
    if (id == null || body == null) {
      throw new IllegalStateException(
          file + ":" + lineNumber + ": not a VNTC article (no id or body)");
    }
    return NewsArticle.of(
        id,
        node.path("title").isTextual() ? node.get("title").asText() : null,
        node.path("category").asText(""),
        node.path("source").asText(""),
        body);
  }

  /** SplitMix64's finalizer over seed and value: a cheap, well-mixed, stable hash. */
  static long mix(long seed, long value) {
    long z = seed * 0x9E3779B97F4A7C15L + value;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private record Key(long hash, long line) implements Comparable<Key> {
    @Override
    public int compareTo(Key other) {
      int c = Long.compare(hash, other.hash);
      return c != 0 ? c : Long.compare(line, other.line);
    }
  }

  /** Sums the UTF-8 size of the articles' text. */
  public static long textBytes(List<NewsArticle> articles) {
    long total = 0;
    for (NewsArticle a : articles) {
      total += a.textBytes();
    }
    return total;
  }
}
