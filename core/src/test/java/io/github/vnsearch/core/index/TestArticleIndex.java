package io.github.vnsearch.core.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vnsearch.core.article.Article;
import io.github.vnsearch.core.search.ArticleSearcher;
import io.github.vnsearch.core.search.Hit;
import io.github.vnsearch.core.search.SearchRequest;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestArticleIndex {

  @TempDir Path dir;

  private static Article news(int i, String body) {
    return Article.builder("bai-" + i, body)
        .title("Tin số " + i)
        .date(LocalDate.of(2024, 6, 1 + i % 28))
        .build();
  }

  private static long count(ArticleIndex index, String q) throws Exception {
    return new ArticleSearcher(index).search(SearchRequest.builder(q).build()).total();
  }

  @Test
  void changesAreVisibleAfterRefreshAndDurableAfterCommit() throws Exception {
    try (ArticleIndex index = ArticleIndex.open(dir)) {
      index.put(news(1, "Mưa lớn ở miền Trung gây ngập lụt."));
      assertEquals(0, count(index, "ngập lụt"));
      index.refresh();
      assertEquals(1, count(index, "ngập lụt"));
      index.put(news(1, "Nắng nóng kéo dài ở miền Bắc."));
      index.refresh();
      assertEquals(0, count(index, "ngập lụt"));
      assertEquals(1, count(index, "nắng nóng"));
      index.put(news(2, "Giá rau xanh tăng vì nắng nóng."));
      index.commit();
      index.delete("bai-2");
      index.delete("bai-99");
      index.refresh();
      assertEquals(1, count(index, "nắng nóng"));
      index.rollback(); // the delete is discarded
    }
    try (ArticleIndex index = ArticleIndex.openReadOnly(dir)) {
      assertEquals(2, count(index, "nắng nóng"));
      assertTrue(index.isReadOnly());
      assertThrows(IllegalStateException.class, () -> index.put(news(3, "Bão số 3.")));
      IndexStats stats = index.stats();
      assertEquals(2, stats.documents());
      assertEquals(LocalDate.of(2024, 6, 2), stats.firstDate());
      assertEquals(LocalDate.of(2024, 6, 3), stats.lastDate());
      assertEquals(ArticleSchema.VERSION, stats.schemaVersion());
      assertTrue(stats.sizeInBytes() > 0);
    }
  }

  @Test
  void getReturnsTheStoredArticleAsOfTheLatestRefresh() throws Exception {
    Article full =
        Article.builder(
                "vne-4711", "Giá lúa tăng mạnh ở Đồng bằng sông Cửu Long.\nNông dân phấn khởi.")
            .title("Giá lúa tăng")
            .date(LocalDate.of(2024, 12, 31))
            .source("VnExpress")
            .url("https://vnexpress.net/gia-lua-tang-4711.html")
            .category("Kinh doanh")
            .build();
    Article bare = Article.builder("ghi-chu", "Ghi chú không có tiêu đề.").build();
    Article newer = Article.builder("vne-4711", "Giá lúa giảm nhẹ.").title("Giá lúa giảm").build();
    try (ArticleIndex index = ArticleIndex.open(dir)) {
      index.put(full);
      index.put(bare);
      assertTrue(index.get("vne-4711").isEmpty(), "not refreshed yet");
      index.refresh();
      assertEquals(full, index.get("vne-4711").orElseThrow());
      assertEquals(bare, index.get("ghi-chu").orElseThrow());
      assertTrue(index.get("vne-4712").isEmpty());

      index.put(newer);
      index.delete("ghi-chu");
      assertEquals(full, index.get("vne-4711").orElseThrow(), "the refreshed view is unchanged");
      assertEquals(bare, index.get("ghi-chu").orElseThrow());
      index.commit();
      assertEquals(newer, index.get("vne-4711").orElseThrow());
      assertTrue(index.get("ghi-chu").isEmpty());
    }
    try (ArticleIndex readOnly = ArticleIndex.openReadOnly(dir)) {
      assertEquals(newer, readOnly.get("vne-4711").orElseThrow());
    }
  }

  @Test
  void hitsCarryTheStoredFields() throws Exception {
    try (ArticleIndex index = ArticleIndex.open(dir)) {
      index.put(
          Article.builder("tt-1", "Bão số 3 đổ bộ vào Quảng Ninh, gây mưa lớn.")
              .title("Bão số 3 đổ bộ")
              .date(LocalDate.of(2024, 9, 7))
              .source("Tuổi Trẻ")
              .url("https://tuoitre.vn/bao-so-3.htm")
              .category("Thời sự")
              .build());
      index.put(Article.builder("tt-2", "Mưa bão kéo dài nhiều ngày.").build());
      index.refresh();
      List<Hit> hits =
          new ArticleSearcher(index).search(SearchRequest.builder("bão").build()).hits();
      Hit full = hits.stream().filter(h -> h.id().equals("tt-1")).findFirst().orElseThrow();
      assertEquals("Bão số 3 đổ bộ", full.title());
      assertEquals(LocalDate.of(2024, 9, 7), full.date());
      assertEquals("Tuổi Trẻ", full.source());
      assertEquals("https://tuoitre.vn/bao-so-3.htm", full.url());
      assertEquals("Thời sự", full.category());
      Hit bare = hits.stream().filter(h -> h.id().equals("tt-2")).findFirst().orElseThrow();
      assertEquals("Mưa bão kéo dài nhiều ngày.", bare.title()); // the first sentence
      assertNull(bare.date());
      assertNull(bare.source());
      assertNull(bare.url());
      assertNull(bare.category());
    }
  }

  @Test
  void readOnlyOpenOfMissingIndexFailsClearly() {
    IndexNotFoundException e =
        assertThrows(
            IndexNotFoundException.class, () -> ArticleIndex.openReadOnly(dir.resolve("nope")));
    assertTrue(e.getMessage().startsWith("no index at "), e.getMessage());
  }

  @Test
  void emptyIndexAnswersWithNoHits() throws Exception {
    try (ArticleIndex index = ArticleIndex.open(dir)) {
      var r = new ArticleSearcher(index).search(SearchRequest.builder("Hà Nội").build());
      assertEquals(0, r.total());
      assertTrue(r.dateFacet().isEmpty());
      assertNull(r.next());
      assertNull(index.stats().firstDate());
      IllegalArgumentException bad =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  new ArticleSearcher(index)
                      .search(
                          SearchRequest.builder("Hà Nội").searchAfter("không-phải-token").build()));
      assertEquals("invalid page token: không-phải-token", bad.getMessage());
    }
    try (ArticleIndex index = ArticleIndex.openReadOnly(dir)) {
      assertEquals(0, index.stats().documents());
    }
  }

  @Test
  void incompatibleSchemaIsRefusedWithOneLine() throws Exception {
    try (ArticleIndex index = ArticleIndex.open(dir)) {
      index.put(news(1, "Lễ hội hoa anh đào."));
      index.commit();
    }
    // Simulate an index written by another schema version.
    try (var d = FSDirectory.open(dir);
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig())) {
      w.setLiveCommitData(
          Map.of(
                  ArticleSchema.USER_DATA_VERSION, "0",
                  ArticleSchema.USER_DATA_ANALYSIS, "old")
              .entrySet());
      w.commit();
    }
    IncompatibleIndexException e =
        assertThrows(IncompatibleIndexException.class, () -> ArticleIndex.open(dir));
    assertTrue(e.getMessage().contains("schema version 0"), e.getMessage());
    assertFalse(e.getMessage().contains("\n"));
    assertThrows(IncompatibleIndexException.class, () -> ArticleIndex.openReadOnly(dir));

    // Same schema version, but analyzed with another dictionary.
    String settings = ArticleSchema.analyzerSettings();
    String checksum =
        io.github.vnsearch.analysis.vi.dict.TokenInfoDictionary.getInstance().checksum();
    assertTrue(settings.contains(checksum), settings);
    try (var d = FSDirectory.open(dir);
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig())) {
      w.setLiveCommitData(
          Map.of(
                  ArticleSchema.USER_DATA_VERSION, Integer.toString(ArticleSchema.VERSION),
                  ArticleSchema.USER_DATA_ANALYSIS, settings.replace(checksum, "0badf00d"))
              .entrySet());
      w.commit();
    }
    e = assertThrows(IncompatibleIndexException.class, () -> ArticleIndex.open(dir));
    assertTrue(e.getMessage().contains("0badf00d"), e.getMessage());

    Path foreign = dir.resolve("foreign");
    try (var d = FSDirectory.open(foreign);
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig())) {
      w.commit();
    }
    e = assertThrows(IncompatibleIndexException.class, () -> ArticleIndex.open(foreign));
    assertTrue(e.getMessage().contains("not built by vnsearch"), e.getMessage());
  }

  @Test
  void searchesRunWhileAnotherThreadIndexes() throws Exception {
    try (ArticleIndex index = ArticleIndex.open(dir)) {
      ExecutorService pool = Executors.newFixedThreadPool(3);
      AtomicBoolean done = new AtomicBoolean();
      Future<?> writer =
          pool.submit(
              () -> {
                for (int i = 0; i < 300; i++) {
                  index.put(news(i, "Đội bóng địa phương thắng trận thứ " + i + "."));
                  if (i % 50 == 0) {
                    index.refresh();
                  }
                }
                index.commit();
                done.set(true);
                return null;
              });
      List<Future<Long>> readers =
          List.of(
              pool.submit(
                  () -> {
                    long last = 0;
                    while (!done.get()) {
                      long n = count(index, "đội bóng");
                      assertTrue(n >= last, "counts never go back");
                      last = n;
                    }
                    return last;
                  }),
              pool.submit(
                  () -> {
                    long seen = 0;
                    while (!done.get()) {
                      seen += count(index, "thắng trận");
                    }
                    return seen;
                  }));
      writer.get(2, TimeUnit.MINUTES);
      for (Future<Long> r : readers) {
        r.get(1, TimeUnit.MINUTES);
      }
      pool.shutdown();
      assertEquals(300, count(index, "đội bóng"));
    }
  }

  @Test
  void facetStateIsCachedPerReaderGeneration() throws Exception {
    try (ArticleIndex index = ArticleIndex.open(dir)) {
      index.put(news(1, "Hội chợ sách mở cửa."));
      index.refresh();
      Object first;
      try (ArticleIndex.Snapshot a = index.acquire();
          ArticleIndex.Snapshot b = index.acquire()) {
        first = a.facetsState();
        assertSame(first, b.facetsState());
      }
      index.put(news(2, "Hội chợ sách đóng cửa."));
      index.refresh();
      try (ArticleIndex.Snapshot c = index.acquire()) {
        assertFalse(first == c.facetsState(), "new reader, new state");
      }
    }
  }
}
