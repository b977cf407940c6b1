package io.github.vnsearch.benchmarks;

import io.github.vnsearch.restore.DiacriticRestorer;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Latency of {@link DiacriticRestorer} on six-word queries typed without diacritics (written by the
 * team, cycled so that no single lattice stays hot): {@code restore} gives the best reading, {@code
 * restoreTop5} the five best with scores. The model is loaded in setup, not measured.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Threads(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class RestorerBenchmark {

  private static final List<String> QUERIES =
      List.of(
          "dam phan hoa binh tai geneva",
          "gia xang dau tang manh nhat",
          "doi tuyen viet nam thang dam",
          "bo y te canh bao dich benh",
          "thi truong chung khoan giam diem",
          "hoc sinh thi tot nghiep pho thong",
          "tong thong my gap thu tuong",
          "mua lon gay ngap lut mien trung");

  private DiacriticRestorer restorer;
  private int next;

  /** Loads the model and checks that it restores. */
  @Setup
  public void setUp() {
    restorer = DiacriticRestorer.getDefault();
    if (!restorer.restore("dam phan").equals("đàm phán")) {
      throw new IllegalStateException("restorer model not working");
    }
  }

  private String nextQuery() {
    String q = QUERIES.get(next);
    next = (next + 1) % QUERIES.size();
    return q;
  }

  /** The best restoration of one query. */
  @Benchmark
  public String restore() {
    return restorer.restore(nextQuery());
  }

  /** The five best restorations of one query, with scores. */
  @Benchmark
  public Object restoreTop5() {
    return restorer.restoreTopK(nextQuery(), 5);
  }
}
