package io.github.vnsearch.core.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.vnsearch.core.article.Article;
import io.github.vnsearch.core.index.ArticleIndex;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unaccented queries are also searched with their diacritics restored. */
class TestQueryRestoration {

  @TempDir Path dir;

  private static Article article(String id, String body) {
    return new Article(id, null, LocalDate.of(2024, 5, 2), null, null, null, body);
  }

  private static SearchResult search(ArticleIndex index, String q, boolean restore)
      throws Exception {
    return new ArticleSearcher(index)
        .search(SearchRequest.builder(q).restoreDiacritics(restore).build());
  }

  @Test
  void restoredWordsRankFirstAndNothingIsLost() throws Exception {
    try (ArticleIndex index = ArticleIndex.open(dir)) {
      index.put(article("ky-su", "Kỹ sư Tống Thông, anh Tống Thông nói, làm ở công ty xây dựng."));
      index.put(article("chinh-tri", "Tổng thống Pháp sẽ thăm Hà Nội vào tuần tới theo lời mời."));
      index.put(article("the-thao", "Đội tuyển bóng đá thắng trận mở màn tại sân Mỹ Đình."));
      index.refresh();

      SearchResult restored = search(index, "tong thong", true);
      assertEquals("tổng thống", restored.restoredQuery());
      assertEquals(2, restored.total());
      assertEquals("chinh-tri", restored.hits().get(0).id());

      SearchResult typed = search(index, "tong thong", false);
      assertNull(typed.restoredQuery());
      assertEquals(2, typed.total());
      // As typed, the article repeating the folded words wins: restoration is what changes it.
      assertEquals("ky-su", typed.hits().get(0).id());
    }
  }

  @Test
  void accentedQueriesAreSearchedAsTyped() throws Exception {
    try (ArticleIndex index = ArticleIndex.open(dir)) {
      index.put(article("chinh-tri", "Tổng thống Pháp sẽ thăm Hà Nội vào tuần tới theo lời mời."));
      index.refresh();
      assertNull(search(index, "tổng thống", true).restoredQuery());
      assertNull(search(index, "", true).restoredQuery());
      assertNull(search(index, "2024", true).restoredQuery());
    }
  }
}
