package io.github.vnsearch.core.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vnsearch.core.article.Article;
import io.github.vnsearch.core.article.IngestReport;
import io.github.vnsearch.core.search.ArticleSearcher;
import io.github.vnsearch.core.search.SearchRequest;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a user puts and closes is kept; what is rolled back is not; memory does not creep. */
class TestIndexLifecycle {

  @TempDir Path dir;

  private static Article news(int i, String body) {
    return Article.builder("tin-" + i, body)
        .title("Tin số " + i)
        .date(LocalDate.of(2025, 3, 1))
        .build();
  }

  private static long count(ArticleIndex index, String q) throws Exception {
    return new ArticleSearcher(index).search(SearchRequest.builder(q).build()).total();
  }

  @Test
  void closeCommitsWhatWasPut() throws Exception {
    try (ArticleIndex index = ArticleIndex.open(dir)) {
      index.put(news(1, "Hà Nội mưa to suốt đêm."));
      index.put(news(2, "Hà Nội nắng đẹp sau mưa."));
      index.refresh();
    } // no commit: close commits, as IndexWriter.close() does
    try (ArticleIndex index = ArticleIndex.openReadOnly(dir)) {
      assertEquals(2, index.stats().documents());
      assertEquals(2, count(index, "hà nội"));
    }
  }

  @Test
  void rollbackDiscardsWhatWasNotCommitted() throws Exception {
    ArticleIndex index = ArticleIndex.open(dir);
    index.put(news(1, "Giá vàng tăng mạnh."));
    index.commit();
    index.put(news(2, "Giá vàng giảm nhẹ."));
    index.delete("tin-1");
    index.rollback();
    index.close(); // closing after a rollback does nothing
    try (ArticleIndex reopened = ArticleIndex.openReadOnly(dir)) {
      assertEquals(1, reopened.stats().documents());
      assertEquals(1, count(reopened, "tăng mạnh"));
    }
  }

  @Test
  void articlesFromCodeAreCountedAsNewOrReplaced() throws Exception {
    try (ArticleIndex index = ArticleIndex.open(dir)) {
      IngestReport first =
          new Ingester(index)
              .threads(2)
              .ingestArticles(
                  List.of(
                      news(1, "Đội tuyển thắng trận mở màn."),
                      news(2, "Đội tuyển hòa trận thứ hai."),
                      news(1, "Đội tuyển thắng trận mở màn 2-0."))); // the same id again
      assertEquals(2, first.indexed());
      assertEquals(1, first.updated());
      assertTrue(first.complete());
      IngestReport second =
          new Ingester(index)
              .ingestArticles(
                  List.of(news(2, "Đội tuyển thua trận thứ hai."), news(3, "Đội tuyển nghỉ.")));
      assertEquals(1, second.indexed());
      assertEquals(1, second.updated());
      assertEquals(3, index.stats().documents());
      assertEquals(1, count(index, "thua trận"));
      assertEquals(1, count(index, "thắng trận"));
    }
  }

  @Test
  void memoryStaysFlatOverManyPutsAndDeletes() throws Exception {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long atStart = 0;
    try (ArticleIndex index = ArticleIndex.open(dir)) {
      for (int i = 0; i < 100_000; i++) {
        index.put(news(i, "Bản tin thời tiết số " + i + ": trời nắng, gió nhẹ."));
        index.delete("tin-" + i);
        if ((i + 1) % 10_000 == 0) {
          index.commit();
          if (i + 1 == 20_000) {
            atStart = usedAfterGc(memory);
          }
        }
      }
      long atEnd = usedAfterGc(memory);
      assertEquals(0, index.stats().documents());
      // 80,000 more ids kept per article would take several MB; nothing per article may stay
      assertTrue(
          atEnd - atStart < 2 << 20,
          "heap grew by " + (atEnd - atStart) / 1024 + " KB over 80,000 put/delete cycles");
    }
  }

  private static long usedAfterGc(MemoryMXBean memory) {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      System.gc();
      used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
    }
    return used;
  }
}
