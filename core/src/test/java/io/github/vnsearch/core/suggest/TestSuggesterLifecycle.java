package io.github.vnsearch.core.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vnsearch.core.index.ArticleIndex;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Suggestions follow the index as articles come and go, and are stored with its commits. */
class TestSuggesterLifecycle {

  @TempDir Path dir;

  private static boolean suggests(ArticleSuggester s, String prefix, String text) throws Exception {
    return s.suggest(prefix, 10).stream().anyMatch(x -> x.text().equals(text));
  }

  private List<String> storedTables() throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith(StoredTable.PREFIX))
          .toList();
    }
  }

  @Test
  void followsPutsAndDeletesOnRefresh() throws Exception {
    try (ArticleIndex index = ArticleIndex.open(dir);
        ArticleSuggester suggester = ArticleSuggester.open(index)) {
      assertTrue(suggester.suggest("ha", 5).isEmpty());
      index.put(TestArticleSuggester.ARTICLES.get(3)); // Hà Nội mở thêm tuyến xe buýt điện
      assertTrue(suggester.suggest("ha", 5).isEmpty(), "not refreshed yet");
      index.refresh();
      assertTrue(suggests(suggester, "ha no", "Hà Nội"));
      index.delete(TestArticleSuggester.ARTICLES.get(3).id());
      index.refresh();
      assertFalse(suggests(suggester, "ha no", "Hà Nội"));
      assertTrue(suggester.suggest("xe buyt", 5).isEmpty());
    }
  }

  @Test
  void storedOnCommitAndReadOnReopen() throws Exception {
    List<Suggestion> before;
    try (ArticleIndex index = ArticleIndex.open(dir);
        ArticleSuggester suggester = ArticleSuggester.open(index)) {
      for (var a : TestArticleSuggester.ARTICLES) {
        index.put(a);
      }
      index.commit();
      before = suggester.suggest("ng", 5);
      assertEquals(1, storedTables().size(), storedTables().toString());
    }
    String stored = storedTables().get(0);
    try (ArticleIndex index = ArticleIndex.openReadOnly(dir);
        ArticleSuggester suggester = ArticleSuggester.open(index)) {
      assertEquals(before, suggester.suggest("ng", 5));
      assertEquals(List.of(stored), storedTables());
    }
    // a new commit replaces the table of the old one
    try (ArticleIndex index = ArticleIndex.open(dir);
        ArticleSuggester suggester = ArticleSuggester.open(index)) {
      index.delete(TestArticleSuggester.ARTICLES.get(2).id());
      index.commit();
      assertEquals(1, storedTables().size());
      assertFalse(storedTables().contains(stored));
      assertFalse(suggests(suggester, "nguyen", "Nguyễn Văn An"));
    }
  }

  @Test
  void aDamagedStoredTableIsRebuilt() throws Exception {
    try (ArticleIndex index = ArticleIndex.open(dir)) {
      for (var a : TestArticleSuggester.ARTICLES) {
        index.put(a);
      }
      index.commit();
      ArticleSuggester.open(index).close();
    }
    Path table = dir.resolve(storedTables().get(0));
    byte[] bytes = Files.readAllBytes(table);
    bytes[bytes.length / 2] ^= 0x55;
    Files.write(table, bytes);
    try (ArticleIndex index = ArticleIndex.openReadOnly(dir);
        ArticleSuggester suggester = ArticleSuggester.open(index)) {
      assertTrue(suggests(suggester, "ha no", "Hà Nội"));
    }
  }
}
