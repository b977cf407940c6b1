package io.github.vnsearch.benchmarks;

import io.github.vnsearch.core.index.ArticleIndex;
import io.github.vnsearch.core.search.ArticleSearcher;
import io.github.vnsearch.core.search.SearchRequest;
import io.github.vnsearch.core.search.SearchResult;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
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
 * Search latency through core's {@link ArticleSearcher}: each operation is one complete search
 * (parse, drill-sideways with {@code date} and {@code category} facet counts, top 10 with stored
 * fields, and highlighting where the query asks for it) on an index of VNTC articles built once per
 * trial ({@link QueryIndex}, cached across runs). JMH's sample mode gives mean, p50 and p99;
 * single-thread QPS is 1000 / mean ms.
 *
 * <p>VNTC has no dates: the index carries synthetic ones ({@link NewsArticle#syntheticDate()}) so
 * that the date facet has realistic cardinality (3 years, 36 months, ~1,100 days).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Threads(1)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class QueryBenchmark {

  /** The query: see {@link QuerySet}. */
  @Param({"term", "word", "phrase", "accentless", "boolean", "drilldown", "highlight"})
  public String query;

  /** Articles in the index: all of VNTC by default. */
  @Param("80712")
  public int docs;

  private ArticleIndex index;
  private ArticleSearcher searcher;
  private SearchRequest request;

  /** Opens (building if needed) the index and checks that the query finds something. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    index = QueryIndex.open(docs);
    searcher = new ArticleSearcher(index);
    QuerySet q = QuerySet.of(query);
    request =
        SearchRequest.builder(q.text())
            .datePath(q.datePath())
            .category(q.category())
            .highlight(q.highlight())
            .pageSize(10)
            .build();
    SearchResult result = searcher.search(request);
    if (result.total() == 0) {
      throw new IllegalStateException("benchmark query " + q.describe() + " matches nothing");
    }
    System.out.printf(
        "%n%s: %,d hits, date facet %s, category facet %s%s%n",
        q.describe(),
        result.total(),
        result.dateFacet().size() + " values",
        result.categoryFacet().size() + " values",
        result.restoredQuery() == null ? "" : ", restored query: " + result.restoredQuery());
  }

  /** Closes the index. */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    index.close();
  }

  /** Runs the search. */
  @Benchmark
  public SearchResult search() throws IOException {
    return searcher.search(request);
  }
}
