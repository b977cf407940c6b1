package io.github.vnsearch.core.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.vnsearch.core.article.Article;
import io.github.vnsearch.core.index.ArticleIndex;
import io.github.vnsearch.core.index.ArticleSchema;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An application's filter (here: the articles a reader may see) narrows searches and facets. */
class TestSearchFilter {

  @TempDir static Path dir;
  static ArticleIndex index;
  static ArticleSearcher searcher;

  /** The reader may see every article but {@code sa-pa}. */
  static final Query MAY_READ =
      new TermInSetQuery(
          ArticleSchema.ID,
          List.of("ha-noi", "tp-hcm", "my-dinh", "gia-vang").stream().map(BytesRef::new).toList());

  private static void put(String id, String title, LocalDate date, String category, String body)
      throws Exception {
    index.put(Article.builder(id, body).title(title).date(date).category(category).build());
  }

  @BeforeAll
  static void build() throws Exception {
    index = ArticleIndex.open(dir);
    put(
        "ha-noi",
        "Hà Nội chuyển lạnh",
        LocalDate.of(2024, 12, 1),
        "Thời tiết",
        "Không khí lạnh tràn về Hà Nội, nhiệt độ giảm mạnh về đêm.");
    put(
        "sa-pa",
        "Sa Pa có tuyết",
        LocalDate.of(2024, 12, 15),
        "Thời tiết",
        "Đợt không khí lạnh mạnh khiến Sa Pa có tuyết rơi, du khách đổ về ngắm tuyết.");
    put(
        "tp-hcm",
        "TP.HCM mưa trái mùa",
        LocalDate.of(2025, 1, 5),
        "Thời tiết",
        "TP.HCM có mưa trái mùa trong khi miền Bắc rét đậm vì không khí lạnh.");
    put(
        "my-dinh",
        "Đội tuyển tập luyện trong giá lạnh",
        LocalDate.of(2025, 1, 10),
        "Thể thao",
        "Các cầu thủ tập luyện dưới trời lạnh trên sân Mỹ Đình.");
    put(
        "gia-vang",
        "Giá vàng tăng",
        LocalDate.of(2025, 1, 12),
        "Kinh doanh",
        "Giá vàng trong nước tăng mạnh phiên đầu tuần.");
    index.commit();
    searcher = new ArticleSearcher(index);
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  private static SearchResult search(SearchRequest.Builder request) throws Exception {
    return searcher.search(request.build());
  }

  private static Map<String, Float> scores(SearchResult result) {
    Map<String, Float> scores = new HashMap<>();
    result.hits().forEach(h -> scores.put(h.id(), h.score()));
    return scores;
  }

  private static Map<String, Long> counts(List<FacetValue> facet) {
    return facet.stream().collect(Collectors.toMap(FacetValue::path, FacetValue::count));
  }

  @Test
  void onlyFilteredArticlesMatchWithUnchangedScores() throws Exception {
    SearchResult all = search(SearchRequest.builder("lạnh"));
    SearchResult mine = search(SearchRequest.builder("lạnh").filter(MAY_READ));
    assertEquals(Set.of("ha-noi", "sa-pa", "tp-hcm", "my-dinh"), scores(all).keySet());
    assertEquals(3, mine.total());
    Map<String, Float> expected = new HashMap<>(scores(all));
    expected.remove("sa-pa");
    assertEquals(expected, scores(mine));
    assertNull(SearchRequest.builder("lạnh").build().filter());
  }

  @Test
  void facetsCountTheFilteredHits() throws Exception {
    SearchResult all = search(SearchRequest.builder("lạnh"));
    assertEquals(Map.of("2024", 2L, "2025", 2L), counts(all.dateFacet()));
    assertEquals(Map.of("Thời tiết", 3L, "Thể thao", 1L), counts(all.categoryFacet()));

    SearchResult mine = search(SearchRequest.builder("lạnh").filter(MAY_READ));
    assertEquals(Map.of("2024", 1L, "2025", 2L), counts(mine.dateFacet()));
    assertEquals(Map.of("Thời tiết", 2L, "Thể thao", 1L), counts(mine.categoryFacet()));

    // with drill-downs and a date range: the sideways counts see the filter too
    SearchResult drilled =
        search(
            SearchRequest.builder("lạnh")
                .filter(MAY_READ)
                .category("Thời tiết")
                .datePath("2024")
                .from(LocalDate.of(2024, 12, 1)));
    assertEquals(List.of("ha-noi"), drilled.hits().stream().map(Hit::id).toList());
    assertEquals(Map.of("2024/12", 1L), counts(drilled.dateFacet()));
    assertEquals(Map.of("Thời tiết", 1L), counts(drilled.categoryFacet()));
  }

  @Test
  void theRelaxedQueryRunsWhenNoFilteredArticleHasEveryWord() throws Exception {
    // only sa-pa has both "tuyết" and "lạnh"; among the others, those with one of them rank
    assertEquals(List.of("sa-pa"), ids(search(SearchRequest.builder("tuyết lạnh"))));
    assertEquals(
        Set.of("ha-noi", "tp-hcm", "my-dinh"),
        Set.copyOf(ids(search(SearchRequest.builder("tuyết lạnh").filter(MAY_READ)))));
  }

  @Test
  void pagesStayInsideTheFilter() throws Exception {
    List<String> seen = new ArrayList<>();
    String token = null;
    do {
      SearchResult page =
          search(SearchRequest.builder("lạnh").filter(MAY_READ).pageSize(1).searchAfter(token));
      seen.addAll(ids(page));
      token = page.next();
    } while (token != null);
    assertEquals(ids(search(SearchRequest.builder("lạnh").filter(MAY_READ))), seen);
  }

  private static List<String> ids(SearchResult result) {
    return result.hits().stream().map(Hit::id).toList();
  }
}
