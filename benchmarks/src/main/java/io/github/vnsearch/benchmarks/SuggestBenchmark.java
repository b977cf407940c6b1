package io.github.vnsearch.benchmarks;

import io.github.vnsearch.core.index.ArticleIndex;
import io.github.vnsearch.core.suggest.ArticleSuggester;
import io.github.vnsearch.core.suggest.Suggestion;
import io.github.vnsearch.eval.TypingSimulation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
 * Suggestion latency per keystroke through core's {@link ArticleSuggester} on the index of {@link
 * QueryBenchmark} ({@link QueryIndex}): each operation completes the next prefix (top 10) of a
 * typist spelling a list of news words and names keystroke by keystroke, with marks ({@code
 * accented}), without ({@code unaccented}) or as Telex keys shown as typed ({@code telex}, whose
 * prefixes are half-typed letters such as {@code nguyee}). Setup reports how long the suggester
 * takes to build for the index and to open once stored.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Threads(1)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class SuggestBenchmark {

  /** What is typed, word after word. */
  static final List<String> TYPED =
      List.of(
          "Hà Nội",
          "Nguyễn Tấn Dũng",
          "đàm phán hòa bình",
          "thành phố Hồ Chí Minh",
          "bóng đá",
          "chứng khoán",
          "giáo dục",
          "xuất khẩu gạo",
          "bão lũ miền Trung",
          "thị trường bất động sản",
          "Việt Nam",
          "cảnh sát giao thông",
          "học sinh",
          "giá vàng",
          "World Cup");

  /** How the words are typed: accented, unaccented or telex. */
  @Param({"accented", "unaccented", "telex"})
  public String typist;

  /** Articles in the index: all of VNTC by default. */
  @Param("80712")
  public int docs;

  private ArticleIndex index;
  private ArticleSuggester suggester;
  private String[] prefixes;
  private int next;

  /** Opens the index, times building and opening the suggester, and lists the prefixes. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    index = QueryIndex.open(docs);
    Path dir = Path.of(index.location());
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.toList()) {
        if (f.getFileName().toString().startsWith("vnsearch-suggest-")) {
          Files.delete(f);
        }
      }
    }
    long start = System.nanoTime();
    ArticleSuggester.open(index).close();
    long built = System.nanoTime();
    suggester = ArticleSuggester.open(index);
    long opened = System.nanoTime();
    System.out.printf(
        "%nsuggester for %,d articles: built and stored in %.2f s, opened from its file in %.3f s,"
            + " %,d completions%n",
        docs, (built - start) / 1e9, (opened - built) / 1e9, suggester.size());
    List<String> all = new ArrayList<>();
    for (String text : TYPED) {
      String keys = keys(text, typist);
      for (int k = 1; k <= keys.length(); k++) {
        all.add(keys.substring(0, k));
      }
    }
    prefixes = all.toArray(new String[0]);
    for (String p : List.of(keys("Nguyễn", typist), keys("Hà N", typist))) {
      System.out.println(p + " → " + suggester.suggest(p, 3));
    }
  }

  /** What {@code typist} ("accented", "unaccented" or "telex") types for {@code text}. */
  static String keys(String text, String typist) {
    return TypingSimulation.keys(
        text, TypingSimulation.Typist.valueOf(typist.toUpperCase(Locale.ROOT)));
  }

  /** One keystroke: the top 10 completions of the next prefix. */
  @Benchmark
  public List<Suggestion> keystroke() throws IOException {
    String prefix = prefixes[next];
    next = next + 1 == prefixes.length ? 0 : next + 1;
    return suggester.suggest(prefix, 10);
  }

  /** Closes the suggester and the index. */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    suggester.close();
    index.close();
  }
}
