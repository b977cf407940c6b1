package io.github.vnsearch.core.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.vnsearch.core.SharedData;
import io.github.vnsearch.core.article.IngestReport;
import io.github.vnsearch.core.index.ArticleIndex;
import io.github.vnsearch.core.index.Ingester;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Indexes {@code unc-dantri.jsonl.gz} (2,653 dated articles) and checks facets, date ranges and
 * paging against counts the test computes itself by reading the file.
 */
class TestDatedCorpus {

  @TempDir static Path dir;
  static ArticleIndex index;
  static ArticleSearcher searcher;
  static IngestReport report;
  static final List<LocalDate> dates = new ArrayList<>();
  static final Map<String, Long> categories = new TreeMap<>();

  @BeforeAll
  static void indexCorpus() throws Exception {
    Path file = SharedData.path("data/news/unc-dantri.jsonl.gz");
    ObjectMapper json = new ObjectMapper();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        JsonNode node = json.readTree(line);
        dates.add(LocalDate.parse(node.get("date").asText()));
        categories.merge(node.get("category").asText(), 1L, Long::sum);
      }
    }
    index = ArticleIndex.open(dir.resolve("index"));
    report = new Ingester(index).threads(2).ingest(List.of(file));
    searcher = new ArticleSearcher(index);
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  private static long countBetween(LocalDate from, LocalDate to) {
    return dates.stream().filter(d -> !d.isBefore(from) && !d.isAfter(to)).count();
  }

  @Test
  void everyArticleIsIndexed() {
    assertEquals(2653, dates.size());
    assertEquals(2653, report.indexed());
    assertTrue(report.skipped().isEmpty(), report.skipped().toString());
  }

  @Test
  void yearMonthAndDayFacets() throws Exception {
    Map<String, Long> years = new TreeMap<>();
    Map<String, Long> months2021 = new TreeMap<>();
    Map<String, Long> daysApril2021 = new TreeMap<>();
    for (LocalDate d : dates) {
      years.merge(Integer.toString(d.getYear()), 1L, Long::sum);
      if (d.getYear() == 2021) {
        months2021.merge(String.format("%02d", d.getMonthValue()), 1L, Long::sum);
        if (d.getMonthValue() == 4) {
          daysApril2021.merge(String.format("%02d", d.getDayOfMonth()), 1L, Long::sum);
        }
      }
    }
    assertEquals(years, asMap(searcher.search(SearchRequest.builder("").build()).dateFacet()));
    SearchResult y2021 = searcher.search(SearchRequest.builder("").datePath("2021").build());
    assertEquals(months2021, asMap(y2021.dateFacet()));
    assertEquals(months2021.values().stream().mapToLong(Long::longValue).sum(), y2021.total());
    SearchResult april =
        searcher.search(SearchRequest.builder("").datePath("2021/4").pageSize(5).build());
    assertEquals(daysApril2021, asMap(april.dateFacet()));
    assertEquals(months2021.get("04"), april.total());
  }

  @Test
  void categoryFacetIsDrillSideways() throws Exception {
    SearchResult all = searcher.search(SearchRequest.builder("").build());
    assertEquals(categories, asMap(all.categoryFacet()));
    SearchResult sport = searcher.search(SearchRequest.builder("").category("Thể thao").build());
    assertEquals(categories.get("Thể thao"), sport.total());
    assertEquals(categories, asMap(sport.categoryFacet()), "other categories still counted");
  }

  @Test
  void dateRangesAreInclusiveDays() throws Exception {
    LocalDate[][] ranges = {
      {LocalDate.of(2021, 4, 1), LocalDate.of(2021, 4, 15)},
      {LocalDate.of(2020, 10, 31), LocalDate.of(2020, 11, 1)},
      {LocalDate.of(2021, 4, 20), LocalDate.of(2021, 4, 20)},
      {LocalDate.of(2019, 1, 1), LocalDate.of(2020, 12, 31)},
    };
    for (LocalDate[] r : ranges) {
      SearchResult res = searcher.search(SearchRequest.builder("").from(r[0]).to(r[1]).build());
      assertEquals(countBetween(r[0], r[1]), res.total(), r[0] + ".." + r[1]);
    }
    SearchResult open =
        searcher.search(SearchRequest.builder("").from(LocalDate.of(2021, 5, 1)).build());
    assertEquals(countBetween(LocalDate.of(2021, 5, 1), LocalDate.MAX), open.total());
  }

  @Test
  void pagingByDateVisitsEveryArticleOnceNewestFirst() throws Exception {
    LocalDate from = LocalDate.of(2021, 3, 1);
    LocalDate to = LocalDate.of(2021, 4, 10);
    long expected = countBetween(from, to);
    Set<String> ids = new HashSet<>();
    LocalDate previous = LocalDate.MAX;
    String token = null;
    int pages = 0;
    do {
      SearchResult page =
          searcher.search(
              SearchRequest.builder("")
                  .from(from)
                  .to(to)
                  .sort(SearchRequest.Sort.DATE)
                  .pageSize(97)
                  .highlight(false)
                  .searchAfter(token)
                  .build());
      assertEquals(expected, page.total());
      for (Hit h : page.hits()) {
        assertTrue(ids.add(h.id()), "seen twice: " + h.id());
        assertFalse(h.date().isAfter(previous));
        assertTrue(Float.isFinite(h.score()), "scores are finite (JSON-safe) when sorted by date");
        previous = h.date();
      }
      token = page.next();
      pages++;
    } while (token != null);
    assertEquals(expected, ids.size());
    assertEquals((expected + 96) / 97, pages);
  }

  @Test
  void pagingByRelevanceMatchesOneBigPage() throws Exception {
    SearchRequest.Builder q = SearchRequest.builder("bóng đá").highlight(false);
    SearchResult big = searcher.search(q.pageSize(1000).build());
    assertTrue(big.total() > 30 && big.total() < 1000, "total " + big.total());
    List<String> paged = new ArrayList<>();
    String token = null;
    do {
      SearchResult page = searcher.search(q.pageSize(10).searchAfter(token).build());
      page.hits().forEach(h -> paged.add(h.id()));
      token = page.next();
    } while (token != null);
    assertEquals(big.hits().stream().map(Hit::id).toList(), paged);
    assertNull(searcher.search(q.pageSize(1000).searchAfter(null).build()).next());
  }

  private static Map<String, Long> asMap(List<FacetValue> values) {
    Map<String, Long> m = new TreeMap<>();
    values.forEach(v -> m.put(v.label(), v.count()));
    return m;
  }
}
