package io.github.vnsearch.benchmarks;

import io.github.vnsearch.eval.Analyzers;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
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
 * Analysis of text made to hit slow paths: a short pattern repeated without a space ({@code
 * a/b/a/b...}), beside news text of the same length. One operation analyzes {@value #CHARS} chars,
 * so the scores (operations/s) of all patterns compare as chars/s. Measures the fix of patterns
 * that once analyzed hundreds of times slower than news ({@code a/b} at 40 KB/s).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Threads(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class AdversarialTextBenchmark {

  /** Chars of text per operation. */
  static final int CHARS = 64 * 1024;

  /** News text for reference. */
  static final String NEWS = "news";

  /** {@link #NEWS}, or a pattern repeated to {@link #CHARS} chars. */
  @Param({NEWS, "a/b", "a.b", "1/2", "Ab.cd", "a_b"})
  public String pattern;

  /** The analyzer: see {@link Analyzers}; by default the chain of the folded index fields. */
  @Param({Analyzers.VI_FOLDING})
  public String analyzer;

  private Analyzer chain;
  private String text;

  /** Builds the text and the analyzer. */
  @Setup(Level.Trial)
  public void setUp() {
    StringBuilder sb = new StringBuilder(CHARS + 64);
    if (pattern.equals(NEWS)) {
      List<NewsArticle> sample = NewsSample.ofBytes(4L * CHARS);
      for (int i = 0; sb.length() < CHARS; i = (i + 1) % sample.size()) {
        sb.append(sample.get(i).text()).append('\n');
      }
    } else {
      while (sb.length() < CHARS) {
        sb.append(pattern);
      }
    }
    sb.setLength(CHARS);
    text = sb.toString();
    chain = Analyzers.create(analyzer);
  }

  /** Closes the analyzer. */
  @TearDown(Level.Trial)
  public void tearDown() {
    chain.close();
  }

  /** Analyzes the text and returns its token count. */
  @Benchmark
  public int analyze() throws IOException {
    int tokens = 0;
    try (TokenStream stream = chain.tokenStream("body", text)) {
      stream.reset();
      while (stream.incrementToken()) {
        tokens++;
      }
      stream.end();
    }
    return tokens;
  }
}
