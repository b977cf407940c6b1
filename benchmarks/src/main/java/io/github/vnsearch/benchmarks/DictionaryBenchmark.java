package io.github.vnsearch.benchmarks;

import io.github.vnsearch.analysis.vi.dict.DictionaryKeys;
import io.github.vnsearch.analysis.vi.dict.TokenInfoDictionary;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.util.fst.FST;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The system dictionary ({@link TokenInfoDictionary}): how long loading it takes, how much heap it
 * holds, and how fast words are looked up.
 *
 * <ul>
 *   <li>{@code loadCold}: {@code getInstance()} through a fresh class loader each time, so the
 *       cached singleton is never reused and the dictionary and Lucene FST classes load cold, as on
 *       an application's first tokenization.
 *   <li>{@code heap}: used heap after full GCs, before and after such a load; reported per load
 *       through the {@link HeapCounters} (divide by the operation rate; the results writer does),
 *       with the dictionary's own {@code ramBytesUsed()} beside it.
 *   <li>{@code lookup}: one word lookup as the tokenizer does it (syllable numbers, then the trie
 *       from the root arc), over the 1- to 3-syllable n-grams of news text, hits and misses.
 * </ul>
 */
@State(Scope.Benchmark)
@Fork(1)
@Threads(1)
public class DictionaryBenchmark {

  private URLClassLoader loader;

  /** Creates a class loader that sees vnsearch and Lucene but has loaded nothing yet. */
  @Setup(Level.Invocation)
  public void newLoader() {
    loader = isolatedLoader();
  }

  /** Closes the loader: the dictionary it loaded becomes garbage. */
  @TearDown(Level.Invocation)
  public void closeLoader() throws IOException {
    loader.close();
  }

  /** Loads the dictionary cold. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 2)
  @Measurement(iterations = 10)
  public Object loadCold() throws ReflectiveOperationException {
    return load(loader);
  }

  /** Heap totals, reported by JMH as rates (per second). */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class HeapCounters {
    /** Used heap after a load minus before it, both after full GCs. */
    public long heapBytes;

    /** The dictionary's own estimate, {@code ramBytesUsed()}. */
    public long ramBytesUsed;

    /** Clears the totals before each iteration. */
    @Setup(Level.Iteration)
    public void clear() {
      heapBytes = 0;
      ramBytesUsed = 0;
    }
  }

  /** Measures the heap one loaded dictionary holds. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Warmup(iterations = 1, time = 1)
  @Measurement(iterations = 3, time = 1)
  public long heap(HeapCounters counters) throws ReflectiveOperationException {
    long before = usedHeapAfterGc();
    Object dictionary = load(loader);
    long estimate = (Long) dictionary.getClass().getMethod("ramBytesUsed").invoke(dictionary);
    long after = usedHeapAfterGc();
    Reference.reachabilityFence(dictionary);
    counters.heapBytes += after - before;
    counters.ramBytesUsed += estimate;
    return after - before;
  }

  /** Word keys to look up, and the state of the lookup. */
  @State(Scope.Thread)
  public static class Lookups {
    private TokenInfoDictionary dictionary;
    private char[][][] grams;
    private int next;

    /** Collects the syllable n-grams of a text sample, as dictionary keys. */
    @Setup(Level.Trial)
    public void setUp() {
      dictionary = TokenInfoDictionary.getInstance();
      List<char[][]> all = new ArrayList<>();
      for (NewsArticle article : NewsSample.ofBytes(1_000_000)) {
        addGrams(article.text(), all);
        if (all.size() >= 300_000) {
          break;
        }
      }
      grams = all.toArray(new char[0][][]);
      int hits = 0;
      for (int i = 0; i < grams.length; i++) {
        hits += lookup() >= 0 ? 1 : 0;
      }
      System.out.printf(
          "%n%,d n-grams of 1-3 syllables, %.1f%% are dictionary words%n",
          grams.length, 100.0 * hits / grams.length);
    }

    /** Looks up the next n-gram: its cost, or -1 when it is not a word. */
    long lookup() {
      char[][] gram = grams[next];
      next = next + 1 == grams.length ? 0 : next + 1;
      int node = 0;
      for (char[] syllable : gram) {
        int id = dictionary.syllableId(syllable, 0, syllable.length);
        if (id < 0 || (node = dictionary.nextNode(node, id)) < 0) {
          return -1;
        }
      }
      return dictionary.wordCost(node);
    }
  }

  /** Looks up one n-gram. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Warmup(iterations = 3, time = 2)
  @Measurement(iterations = 5, time = 2)
  public long lookup(Lookups lookups) {
    return lookups.lookup();
  }

  // ------------------------------------------------------------------ helpers

  private static URLClassLoader isolatedLoader() {
    try {
      URL jar =
          TokenInfoDictionary.class
              .getProtectionDomain()
              .getCodeSource()
              .getLocation()
              .toURI()
              .toURL();
      URL lucene = FST.class.getProtectionDomain().getCodeSource().getLocation().toURI().toURL();
      URL[] urls = jar.equals(lucene) ? new URL[] {jar} : new URL[] {jar, lucene};
      return new URLClassLoader(urls, ClassLoader.getPlatformClassLoader());
    } catch (URISyntaxException | IOException | RuntimeException e) {
      throw new IllegalStateException("cannot locate the analysis-vi classes: " + e, e);
    }
  }

  private static Object load(ClassLoader loader) throws ReflectiveOperationException {
    Class<?> c = Class.forName(TokenInfoDictionary.class.getName(), true, loader);
    if (c == TokenInfoDictionary.class) {
      throw new IllegalStateException("the class loader is not isolated");
    }
    return c.getMethod("getInstance").invoke(null);
  }

  private static long usedHeapAfterGc() {
    var memory = ManagementFactory.getMemoryMXBean();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return memory.getHeapMemoryUsage().getUsed();
  }

  /** Splits text into runs of syllables between punctuation and adds their 1- to 3-grams. */
  static void addGrams(String text, List<char[][]> out) {
    List<char[]> run = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i <= n) {
      char c = i < n ? text.charAt(i) : '.';
      if (isSyllableChar(c)) {
        int start = i;
        while (i < n && isSyllableChar(text.charAt(i))) {
          i++;
        }
        char[] src = text.substring(start, i).toCharArray();
        char[] key = new char[src.length + 1];
        int len = DictionaryKeys.normalizeSyllable(src, 0, src.length, key, 0);
        run.add(java.util.Arrays.copyOf(key, len));
        continue;
      }
      if (!Character.isWhitespace(c)) {
        for (int s = 0; s < run.size(); s++) {
          for (int len = 1; len <= 3 && s + len <= run.size(); len++) {
            out.add(run.subList(s, s + len).toArray(new char[0][]));
          }
        }
        run.clear();
      }
      i++;
    }
  }

  private static boolean isSyllableChar(char c) {
    return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }
}
