package io.github.vnsearch.core.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vnsearch.core.SharedData;
import io.github.vnsearch.core.article.IngestReport;
import io.github.vnsearch.core.index.ArticleIndex;
import io.github.vnsearch.core.index.Ingester;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Indexes the five seed articles of {@code ../shared/seeds} and searches them. */
class TestSeedArticles {

  @TempDir static Path dir;
  static ArticleIndex index;
  static ArticleSearcher searcher;
  static IngestReport report;

  @BeforeAll
  static void indexSeeds() throws Exception {
    index = ArticleIndex.open(dir.resolve("index"));
    report = new Ingester(index).ingest(List.of(SharedData.path("seeds")));
    searcher = new ArticleSearcher(index);
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  private static SearchResult search(String q) throws Exception {
    return searcher.search(SearchRequest.builder(q).build());
  }

  /** The seed file name (e.g. {@code 001}) of a hit id, which is the file's path. */
  private static String seed(Hit hit) {
    String name = Path.of(hit.id()).getFileName().toString();
    return name.substring(0, 3);
  }

  @Test
  void allFiveAreIndexedWithTheirDates() throws Exception {
    assertEquals(5, report.indexed());
    assertEquals(0, report.updated());
    assertTrue(report.skipped().isEmpty(), report.skipped().toString());
    SearchResult all = searcher.search(SearchRequest.builder("").pageSize(10).build());
    assertEquals(5, all.total());
    Map<String, LocalDate> dates = new HashMap<>();
    for (Hit h : all.hits()) {
      dates.put(seed(h), h.date());
    }
    assertEquals(LocalDate.of(2025, 8, 18), dates.get("000"));
    assertEquals(LocalDate.of(2023, 7, 31), dates.get("001"));
    assertNull(dates.get("002"));
    assertTrue(dates.containsKey("002"));
    assertEquals(LocalDate.of(2025, 12, 21), dates.get("003"));
    assertEquals(LocalDate.of(2025, 12, 15), dates.get("004"));
  }

  @Test
  void titlesAreHeadlinesOrTheLeadSentence() throws Exception {
    SearchResult all = searcher.search(SearchRequest.builder("").pageSize(10).build());
    for (Hit h : all.hits()) {
      switch (seed(h)) {
        case "001" ->
            assertEquals(
                "Ukraine chuẩn bị đàm phán với Mỹ về đảm bảo an ninh trước khi gia nhập NATO",
                h.title());
        case "004" ->
            assertEquals("Ông Zelensky nói Ukraine sẵn sàng từ bỏ nỗ lực gia nhập NATO", h.title());
        default -> assertFalse(h.title().isBlank());
      }
    }
  }

  @Test
  void reindexingUpdatesInsteadOfDuplicating() throws Exception {
    IngestReport again = new Ingester(index).ingest(List.of(SharedData.path("seeds")));
    assertEquals(0, again.indexed());
    assertEquals(5, again.updated());
    assertEquals(5, search("").total());
  }

  @Test
  void negotiationsFindTheArticleAboutNegotiations() throws Exception {
    SearchResult r = search("đàm phán");
    assertEquals("001", seed(r.hits().get(0)));
    // every article mentions negotiations except 000 (Alaska summit quotes)
    assertEquals(4, r.total());
  }

  @Test
  void unaccentedQueryFindsTheSameArticles() throws Exception {
    SearchResult exact = search("đàm phán");
    SearchResult folded = search("dam phan");
    SearchResult upper = search("DAM PHAN");
    assertEquals("001", seed(folded.hits().get(0)));
    // the same four articles: 000 has đảm bảo and phần, never đàm phán, and is not among them
    assertEquals(4, exact.total());
    assertEquals(seeds(exact), seeds(folded));
    assertEquals(seeds(exact), seeds(upper));
    assertFalse(seeds(folded).contains("000"));
  }

  private static java.util.Set<String> seeds(SearchResult r) {
    java.util.Set<String> out = new java.util.TreeSet<>();
    for (Hit h : r.hits()) {
      out.add(seed(h));
    }
    return out;
  }

  @Test
  void quotedPhrase() throws Exception {
    SearchResult r = search("\"đảm bảo an ninh\"");
    assertEquals("001", seed(r.hits().get(0)));
    for (Hit h : r.hits()) {
      assertFalse(seed(h).equals("002"), "002 never says đảm bảo an ninh");
    }
  }

  @Test
  void personName() throws Exception {
    SearchResult r = search("Witkoff");
    assertEquals(3, r.total());
    for (Hit h : r.hits()) {
      assertTrue(List.of("000", "003", "004").contains(seed(h)), seed(h));
    }
  }

  @Test
  void article5() throws Exception {
    SearchResult r = search("Điều 5");
    assertEquals("000", seed(r.hits().get(0)));
  }

  @Test
  void yearFacetCountsUndatedArticles() throws Exception {
    SearchResult r = search("");
    assertEquals(
        List.of(
            new FacetValue("2023", "2023", 1),
            new FacetValue("2025", "2025", 3),
            new FacetValue("no date", "no date", 1)),
        r.dateFacet());
  }

  @Test
  void monthDrillDownKeepsSidewaysCounts() throws Exception {
    SearchResult r = searcher.search(SearchRequest.builder("").datePath("2025").build());
    assertEquals(3, r.total());
    assertEquals(
        List.of(new FacetValue("08", "2025/08", 1), new FacetValue("12", "2025/12", 2)),
        r.dateFacet());
    SearchResult dec = searcher.search(SearchRequest.builder("").datePath("2025/12").build());
    assertEquals(2, dec.total());
    assertEquals(
        List.of(new FacetValue("15", "2025/12/15", 1), new FacetValue("21", "2025/12/21", 1)),
        dec.dateFacet());
    SearchResult undated = searcher.search(SearchRequest.builder("").datePath("no date").build());
    assertEquals(1, undated.total());
    assertEquals("002", seed(undated.hits().get(0)));
    // a leaf shows its siblings, drill-sideways: the other years keep their counts
    assertEquals(3, undated.dateFacet().size());
  }

  private static final Pattern MARK = Pattern.compile("\\[([^\\]]+)\\]");

  @Test
  void unaccentedQueryHighlightsOnlyWhatMatchedAsAUnit() throws Exception {
    int marks = 0;
    for (Hit h : search("dam phan hoa binh").hits()) {
      for (String snippet : h.snippets()) {
        Matcher m = MARK.matcher(snippet);
        while (m.find()) {
          marks++;
          String marked =
              io.github.vnsearch.analysis.vi.VietnameseFoldingFilter.fold(m.group(1).toLowerCase());
          // adjacent units may share one mark: "[đàm phán hòa bình]"
          String rest = marked.replace("dam phan", "").replace("hoa binh", "");
          assertTrue(rest.isBlank(), "stray mark in: " + snippet);
        }
      }
    }
    assertTrue(marks > 0);
  }

  @Test
  void highlightsMarkWholeWords() throws Exception {
    for (String q : List.of("đàm phán", "dam phan", "\"đảm bảo an ninh\"", "Witkoff")) {
      SearchResult r = search(q);
      int marks = 0;
      for (Hit h : r.hits()) {
        for (String snippet : h.snippets()) {
          Matcher m = MARK.matcher(snippet);
          while (m.find()) {
            marks++;
            assertWordBoundary(snippet, m.start() - 1, q);
            assertWordBoundary(snippet, m.end(), q);
          }
        }
      }
      assertTrue(marks > 0, "no highlight for " + q);
    }
    String top = search("đàm phán").hits().get(0).snippets().get(0);
    assertTrue(top.toLowerCase().contains("[đàm phán]"), top);
    String phrase = search("\"đảm bảo an ninh\"").hits().get(0).snippets().get(0);
    assertTrue(phrase.toLowerCase().contains("[đảm bảo an ninh]"), phrase);
  }

  private static void assertWordBoundary(String s, int i, String q) {
    if (i >= 0 && i < s.length()) {
      assertFalse(Character.isLetterOrDigit(s.charAt(i)), q + ": mark inside a word: " + s);
    }
  }
}
