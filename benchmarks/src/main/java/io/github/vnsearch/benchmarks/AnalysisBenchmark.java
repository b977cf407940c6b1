package io.github.vnsearch.benchmarks;

import io.github.vnsearch.eval.Analyzers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
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
 * Single-threaded analysis throughput on the same sample of Vietnamese news, one article per
 * operation, modelled on Lucene's {@code KoreanTokenizerBenchmark}. Besides articles/s, the {@link
 * Counters} report UTF-8 bytes/s and tokens/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Threads(1)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class AnalysisBenchmark {

  /** The analyzer under test: see {@link Analyzers}. */
  @Param({
    Analyzers.VI_WORDS,
    Analyzers.VI_TOKENIZER,
    Analyzers.VI_MIXED,
    Analyzers.VI_FOLDING,
    Analyzers.STANDARD,
    Analyzers.ICU_FOLDING,
    Analyzers.WHITESPACE_LOWERCASE
  })
  public String analyzer;

  private Analyzer chain;
  private String[] texts;
  private int[] bytes;
  private int next;

  /** Per-iteration totals, reported by JMH as rates (per second). */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Counters {
    /** UTF-8 bytes of text analyzed. */
    public long bytes;

    /** Tokens produced. */
    public long tokens;

    /** Clears the totals before each iteration. */
    @Setup(Level.Iteration)
    public void clear() {
      bytes = 0;
      tokens = 0;
    }
  }

  /** Loads the text sample and creates the analyzer. */
  @Setup(Level.Trial)
  public void setUp() {
    List<NewsArticle> sample = NewsSample.ofBytes(Profile.current().analysisBytes());
    texts = new String[sample.size()];
    bytes = new int[sample.size()];
    for (int i = 0; i < texts.length; i++) {
      texts[i] = sample.get(i).text();
      bytes[i] = texts[i].getBytes(StandardCharsets.UTF_8).length;
    }
    chain = Analyzers.create(analyzer);
  }

  /** Closes the analyzer. */
  @TearDown(Level.Trial)
  public void tearDown() {
    chain.close();
  }

  /** Analyzes the next article of the sample and counts its tokens. */
  @Benchmark
  public int analyze(Counters counters) throws IOException {
    int i = next;
    next = i + 1 == texts.length ? 0 : i + 1;
    int tokenCount = 0;
    try (TokenStream stream = chain.tokenStream("body", texts[i])) {
      stream.reset();
      while (stream.incrementToken()) {
        tokenCount++;
      }
      stream.end();
    }
    counters.bytes += bytes[i];
    counters.tokens += tokenCount;
    return tokenCount;
  }
}
