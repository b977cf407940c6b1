package io.github.vnsearch.core.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vnsearch.core.article.Article;
import io.github.vnsearch.core.index.ArticleIndex;
import io.github.vnsearch.core.index.ArticleSchema;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Queries whose words are not all in one article are relaxed to any-word matching. */
class TestQueryRelaxation {

  private static ArticleIndex index;
  private static ArticleIndex.Snapshot snapshot;
  private static final VietnameseQueryParser PARSER = new VietnameseQueryParser();

  @BeforeAll
  static void build() throws Exception {
    index = ArticleIndex.open(new ByteBuffersDirectory(), "test", false);
    put("bong-da", "Đội tuyển Việt Nam thắng 3-0 trên sân Mỹ Đình trước hàng vạn khán giả.");
    put("thoi-tiet", "Không khí lạnh tràn về, nhiệt độ ở Hà Nội giảm mạnh trong đêm.");
    put("hoa-binh", "Phái đoàn hai nước gặp nhau tại Hà Nội để đàm phán hòa bình.");
    put("gia-gao", "Giá gạo xuất khẩu tăng nhờ nhu cầu từ Philippines và Indonesia.");
    index.commit();
    snapshot = index.acquire();
  }

  private static void put(String id, String body) throws Exception {
    index.put(new Article(id, null, null, null, null, null, body));
  }

  @AfterAll
  static void close() throws Exception {
    snapshot.close();
    index.close();
  }

  private static List<String> ids(String text) throws Exception {
    IndexSearcher searcher = snapshot.searcher();
    List<String> ids = new ArrayList<>();
    for (ScoreDoc hit :
        searcher.search(PARSER.parse(text, searcher.getIndexReader()), 10).scoreDocs) {
      ids.add(searcher.storedFields().document(hit.doc).get(ArticleSchema.ID));
    }
    return ids;
  }

  @Test
  void questionIsAnsweredThoughNoArticleHasAllItsWords() throws Exception {
    // No article has "năm ngoái" or "nào": all-words matching would find nothing.
    List<String> hits = ids("Đội tuyển nào đã thắng trên sân Mỹ Đình năm ngoái?");
    assertEquals("bong-da", hits.get(0), hits.toString());
    assertEquals(
        "gia-gao", ids("gia gao xuat khau sang Thai Lan").get(0), "unaccented, one word missing");
  }

  @Test
  void queryWhoseWordsAreAllInAnArticleStaysStrict() throws Exception {
    assertEquals(List.of("thoi-tiet"), ids("Hà Nội lạnh"));
    assertEquals(List.of("hoa-binh"), ids("Hà Nội đàm phán"));
  }

  @Test
  void phrasesAndRequiredWordsKeepTheirMeaningWhenRelaxed() throws Exception {
    assertTrue(ids("\"hòa bình đàm phán\" Hà Nội").isEmpty());
    assertEquals(List.of("thoi-tiet"), ids("+lạnh Hà Nội mùa đông"));
    assertTrue(ids("Hà Nội -lạnh -đàm -phán mùa đông").isEmpty());
  }

  @Test
  void withoutAReaderTheQueryStaysStrict() throws Exception {
    IndexSearcher searcher = snapshot.searcher();
    assertEquals(0, searcher.count(PARSER.parse("Đội tuyển nào đã thắng năm ngoái?")));
    assertEquals(1, searcher.count(PARSER.parse("Đội tuyển thắng")));
  }
}
