package io.github.vnsearch.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

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
    ObjectMapper json = new ObjectMapper();
    // Kept: the articles with the smallest keys, trimmed as soon as the rest reach the limits.
    TreeMap<Key, NewsArticle> kept = new TreeMap<>();
    long keptBytes = 0;
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file), 1 << 16), StandardCharsets.UTF_8),
            1 << 16)) {
      String line;
      int lineNumber = 0;
      boolean full = false;
      while ((line = in.readLine()) != null) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        String id = quickId(line);
        if (id != null && full && mix(SEED, id.hashCode()) > kept.lastKey().hash()) {
          continue; // cannot make it into the sample: skip parsing
        }
        NewsArticle article = parse(json, line, file, lineNumber);
        Key key = new Key(mix(SEED, article.id().hashCode()), lineNumber);
        if (full && key.compareTo(kept.lastKey()) > 0) {
          continue;
        }
        kept.put(key, article);
        keptBytes += article.textBytes();
        while (kept.size() > maxCount
            || (keptBytes - kept.lastEntry().getValue().textBytes() >= maxBytes)) {
          keptBytes -= kept.pollLastEntry().getValue().textBytes();
        }
        full = kept.size() >= maxCount || keptBytes >= maxBytes;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
    }
    return new ArrayList<>(kept.values());
  }

  private static NewsArticle parse(ObjectMapper json, String line, Path file, int lineNumber) {
    try {
      JsonNode node = json.readTree(line);
      String body = node.path("body").asText(null);
      String id = node.path("id").asText(null);
      if (id == null || body == null) {
        throw new IOException("no id or body");
      }
      return NewsArticle.of(
          id,
          node.path("title").isTextual() ? node.get("title").asText() : null,
          node.path("category").asText(""),
          node.path("source").asText(""),
          body);
    } catch (IOException e) {
      throw new IllegalStateException(
          file + ":" + lineNumber + ": not a VNTC article (" + e.getMessage() + ")", e);
    }
  }

  /** The id of a line that starts like the corpus' lines ({@code {"id": "...",}), else null. */
  private static String quickId(String line) {
    String prefix = "{\"id\": \"";
    if (!line.startsWith(prefix)) {
      return null;
    }
    int end = line.indexOf('"', prefix.length());
    return end < 0 || line.indexOf('\\', prefix.length(), end) >= 0
        ? null
        : line.substring(prefix.length(), end);
  }

  /** SplitMix64's finalizer over seed and value: a cheap, well-mixed, stable hash. */
  static long mix(long seed, long value) {
    long z = seed * 0x9E3779B97F4A7C15L + value;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private record Key(long hash, int line) implements Comparable<Key> {
    @Override
    public int compareTo(Key other) {
      int c = Long.compare(hash, other.hash);
      return c != 0 ? c : Integer.compare(line, other.line);
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
