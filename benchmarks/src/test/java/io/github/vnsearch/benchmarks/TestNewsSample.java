package io.github.vnsearch.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seeded corpus sample: fixed, nested, sized as asked, cached faithfully. */
class TestNewsSample {

  private static final String[] TOPICS = {"Thể thao", "Kinh doanh", "Sức khỏe", "Văn hóa"};

  /** Writes a small corpus in the VNTC format with text of our own. */
  private static Path corpus(Path dir, int articles) throws IOException {
    Path file = dir.resolve("news.jsonl.gz");
    try (Writer out =
        new OutputStreamWriter(
            new GZIPOutputStream(Files.newOutputStream(file)), StandardCharsets.UTF_8)) {
      for (int i = 0; i < articles; i++) {
        String title = i % 5 == 0 ? "null" : "\"Tin số " + i + ": giá xăng giảm\"";
        String body = "Sáng nay, giá xăng trong nước giảm lần thứ " + i + ". ".repeat(1 + i % 7);
        out.write(
            "{\"id\": \"t-"
                + i
                + "\", \"title\": "
                + title
                + ", \"date\": null, \"category\": \""
                + TOPICS[i % TOPICS.length]
                + "\", \"source\": \"Báo thử\", \"body\": \""
                + body
                + "\"}\n");
      }
    }
    return file;
  }

  @Test
  void sampleIsFixedNestedAndReachesTheRequestedSize(@TempDir Path dir) throws IOException {
    Path corpus = corpus(dir, 400);
    List<NewsArticle> small = NewsSample.select(corpus, Long.MAX_VALUE, 3_000);
    List<NewsArticle> big = NewsSample.select(corpus, Long.MAX_VALUE, 12_000);
    long bytes = NewsSample.textBytes(small);
    assertTrue(bytes >= 3_000, "sample too small: " + bytes);
    assertTrue(bytes - small.get(small.size() - 1).textBytes() < 3_000, "sample not minimal");
    assertEquals(ids(small), ids(NewsSample.select(corpus, Long.MAX_VALUE, 3_000)));
    // a bigger sample of the same seed starts with the smaller one
    assertEquals(ids(small), ids(big.subList(0, small.size())));
    // a counted sample of the same size is the same articles; none is the file's first lines
    assertEquals(ids(small), ids(NewsSample.select(corpus, small.size(), Long.MAX_VALUE)));
    List<String> firstLines =
        java.util.stream.IntStream.range(0, small.size()).mapToObj(i -> "t-" + i).toList();
    assertNotEquals(
        new java.util.HashSet<>(firstLines), new java.util.HashSet<>(ids(small)), "not sampled");
    assertTrue(big.stream().map(NewsArticle::category).distinct().count() == TOPICS.length);

    Path file = dir.resolve("sample.bin");
    SampleFile.write(file, big);
    assertEquals(big, SampleFile.read(file));
    assertNull(SampleFile.read(dir.resolve("absent.bin")));
  }

  @Test
  void parsesFieldsAndCountsUtf8Bytes(@TempDir Path dir) throws IOException {
    List<NewsArticle> all = NewsSample.select(corpus(dir, 12), 100, Long.MAX_VALUE);
    assertEquals(12, all.size());
    NewsArticle untitled = all.stream().filter(a -> a.id().equals("t-10")).findFirst().get();
    assertNull(untitled.title());
    assertEquals("Sức khỏe", untitled.category());
    assertEquals(untitled.body(), untitled.text());
    NewsArticle titled = all.stream().filter(a -> a.id().equals("t-1")).findFirst().get();
    assertEquals("Tin số 1: giá xăng giảm\n" + titled.body(), titled.text());
    assertEquals(
        (titled.title() + titled.body()).getBytes(StandardCharsets.UTF_8).length,
        titled.textBytes());
  }

  @Test
  void countedSampleHasExactlyTheRequestedArticles(@TempDir Path dir) throws IOException {
    List<NewsArticle> sample = NewsSample.select(corpus(dir, 300), 50, Long.MAX_VALUE);
    assertEquals(50, sample.size());
    assertEquals(50, ids(sample).stream().distinct().count());
  }

  @Test
  void badLineIsReportedWithFileAndLine(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.jsonl.gz");
    try (Writer out =
        new OutputStreamWriter(
            new GZIPOutputStream(Files.newOutputStream(file)), StandardCharsets.UTF_8)) {
      out.write("{\"id\": \"a\", \"body\": \"Hà Nội\"}\n{\"id\": \"b\", \"body\": \n");
    }
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> NewsSample.select(file, 10, Long.MAX_VALUE));
    assertTrue(e.getMessage().startsWith(file + ":2: "), e.getMessage());
  }

  @Test
  void missingCorpusIsReportedWithItsPath(@TempDir Path dir) {
    String saved = System.getProperty(NewsSample.SHARED_DIR_PROPERTY);
    System.setProperty(NewsSample.SHARED_DIR_PROPERTY, dir.toString());
    try {
      IllegalStateException e = assertThrows(IllegalStateException.class, NewsSample::corpusFile);
      assertTrue(
          e.getMessage().contains(dir.resolve(NewsSample.CORPUS).toString()), e.getMessage());
      assertTrue(e.getMessage().contains("-Dvnsearch.shared.dir"), e.getMessage());
    } finally {
      if (saved == null) {
        System.clearProperty(NewsSample.SHARED_DIR_PROPERTY);
      } else {
        System.setProperty(NewsSample.SHARED_DIR_PROPERTY, saved);
      }
    }
  }

  private static List<String> ids(List<NewsArticle> articles) {
    return articles.stream().map(NewsArticle::id).toList();
  }
}
