package io.github.vnsearch.benchmarks;

import io.github.vnsearch.core.index.ArticleIndex;
import io.github.vnsearch.core.index.Ingester;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The index the query benchmark searches: the first {@code docs} articles of the seeded sample (all
 * of VNTC for 80,712), built with core's {@link ArticleIndex}.
 *
 * <p>Building 80k articles takes minutes, so the index is cached in {@link BenchCache} under a key
 * made of the article count, the corpus file's size and date, and a fingerprint of vnsearch's
 * classes and resources in the benchmark jar (analysis chain, dictionary, schema): a build of
 * different code never reuses it. It is only published (renamed into place) once committed.
 */
final class QueryIndex {

  private QueryIndex() {}

  /** Opens the cached index of {@code docs} articles read-only, building it first if needed. */
  static ArticleIndex open(int docs) throws IOException {
    Path corpus = NewsSample.corpusFile();
    String fingerprint = codeFingerprint();
    if (fingerprint == null) {
      Path dir = Files.createTempDirectory("vnsearch-bench-query-index");
      build(dir, docs);
      return ArticleIndex.openReadOnly(dir);
    }
    Path dir = BenchCache.file(corpus, "query-index-" + docs + "-" + fingerprint);
    if (!Files.isDirectory(dir)) {
      Path tmp = Files.createTempDirectory(dir.getParent(), dir.getFileName() + ".building");
      try {
        build(tmp, docs);
        Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        IndexingBenchmark.deleteRecursively(tmp);
      }
    }
    return ArticleIndex.openReadOnly(dir);
  }

  private static void build(Path dir, int docs) throws IOException {
    long start = System.nanoTime();
    var articles = Articles.of(NewsSample.ofCount(docs));
    int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    try (ArticleIndex index = ArticleIndex.open(dir)) {
      new Ingester(index).threads(threads).ingestArticles(Arrays.asList(articles));
      System.out.printf(
          "Built the query index of %,d articles in %.0f s (%.1f MB) at %s%n",
          articles.length, (System.nanoTime() - start) / 1e9, index.sizeInBytes() / 1e6, dir);
    }
  }

  /**
   * A hash of the CRCs of every vnsearch class and resource (except the benchmarks') in the jar
   * this runs from, or {@code null} when not running from a jar (then nothing is cached).
   */
  static String codeFingerprint() {
    Path jar;
    try {
      jar = Path.of(ArticleIndex.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException | RuntimeException e) {
      return null;
    }
    if (!Files.isRegularFile(jar)) {
      return null;
    }
    long hash = 17;
    try (JarFile file = new JarFile(jar.toFile())) {
      Enumeration<JarEntry> entries = file.entries();
      while (entries.hasMoreElements()) {
        JarEntry e = entries.nextElement();
        String name = e.getName();
        if (name.startsWith("io/github/vnsearch/")
            && !name.startsWith("io/github/vnsearch/benchmarks/")) {
          hash = NewsSample.mix(hash, name.hashCode() * 31L + e.getCrc());
        }
      }
    } catch (IOException e) {
      return null;
    }
    return Long.toHexString(hash);
  }
}
