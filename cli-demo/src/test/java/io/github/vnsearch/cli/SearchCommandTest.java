package io.github.vnsearch.cli;

import static io.github.vnsearch.cli.IndexCommandTest.fieldNames;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path tmp;
  static SampleIndex sample;

  @BeforeAll
  static void indexSample() throws IOException {
    sample = SampleIndex.build(tmp);
  }

  private static Cli.Result search(String... args) {
    List<String> all = new ArrayList<>(List.of("search", "--index", sample.index.toString()));
    all.addAll(List.of(args));
    return Cli.run(all.toArray(String[]::new));
  }

  private static JsonNode searchJson(String... args) throws IOException {
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--json");
    Cli.Result r = search(all.toArray(String[]::new));
    assertEquals(0, r.code(), r::toString);
    return JSON.readTree(r.out());
  }

  private static List<String> files(JsonNode result) {
    List<String> names = new ArrayList<>();
    for (JsonNode hit : result.get("hits")) {
      names.add(Path.of(hit.get("id").asText()).getFileName().toString());
    }
    return names;
  }

  @Test
  void jsonHasTheDocumentedShape() throws IOException {
    JsonNode r = searchJson("đàm phán hòa bình");
    assertEquals(
        List.of("query", "restoredQuery", "total", "hits", "facets", "next"), fieldNames(r));
    assertEquals("đàm phán hòa bình", r.get("query").asText());
    assertTrue(r.get("restoredQuery").isNull(), "an accented query is searched as typed");
    assertTrue(r.get("total").asLong() >= 1);
    JsonNode hit = r.get("hits").get(0);
    assertEquals(
        List.of("id", "title", "date", "source", "url", "category", "score", "snippets"),
        fieldNames(hit));
    assertTrue(hit.get("score").isNumber());
    assertTrue(hit.get("date").asText().matches("\\d{4}-\\d{2}-\\d{2}"), hit::toString);
    assertTrue(hit.get("snippets").get(0).asText().contains("["), hit::toString);
    assertEquals(List.of("date", "category"), fieldNames(r.get("facets")));
    for (JsonNode bucket : r.get("facets").get("date")) {
      assertEquals(List.of("label", "path", "count"), fieldNames(bucket));
    }
    assertTrue(r.get("next").isNull(), "everything fits on one page");
  }

  @Test
  void queryWithoutDiacriticsFindsThePeaceTalksIncludingOldSpelling() throws IOException {
    List<String> plain = files(searchJson("dam phan hoa binh"));
    List<String> accented = files(searchJson("đàm phán hòa bình"));
    assertTrue(plain.contains("01-dam-phan-geneva.txt"), plain::toString);
    // 03 writes "hoà bình" with the old tone placement and must still be found.
    assertTrue(plain.contains("03-thuong-dinh-hoa-binh.txt"), plain::toString);
    assertTrue(accented.contains("03-thuong-dinh-hoa-binh.txt"), accented::toString);
    assertFalse(plain.contains("17-sot-xuat-huyet.txt"), plain::toString);
  }

  @Test
  void unaccentedQueryIsAlsoSearchedWithRestoredDiacritics() throws IOException {
    JsonNode r = searchJson("dam phan hoa binh");
    assertEquals("đàm phán hòa bình", r.get("restoredQuery").asText());
    assertEquals("01-dam-phan-geneva.txt", files(r).get(0), r::toString);
    JsonNode typed = searchJson("dam phan hoa binh", "--no-restore");
    assertTrue(typed.get("restoredQuery").isNull(), typed::toString);
    // restored, the four syllables are two words that must both match side by side; as typed,
    // they are four loose syllables of which any one will do (a query of more than two words)
    assertEquals(4, r.get("total").asInt(), r::toString);
    assertTrue(typed.get("total").asInt() > r.get("total").asInt(), typed::toString);
    Cli.Result text = search("dam phan hoa binh");
    assertTrue(
        text.out()
            .contains("Showing results for: đàm phán hòa bình (searched as: dam phan hoa binh)"),
        text::toString);
    assertFalse(search("dam phan hoa binh", "--no-restore").out().contains("Showing results for"));
  }

  @Test
  void terminalOutputHasRanksDatesBracketedMatchesAndAYearChart() {
    Cli.Result r = search("trí tuệ nhân tạo");
    assertEquals(0, r.code(), r::toString);
    assertTrue(r.out().contains(" 1. "), r::toString);
    assertTrue(
        r.out().contains("[trí tuệ nhân tạo]") || r.out().contains("[trí tuệ]"), r::toString);
    assertTrue(r.out().contains("2024-10-22 · score "), r::toString);
    assertTrue(r.out().contains("By year\n"), r::toString);
    assertFalse(r.out().contains("\u001b["), "no ANSI codes when not on a terminal");
  }

  @Test
  void everythingCountsPerYearMatchTheFiles() throws IOException {
    JsonNode r = searchJson();
    Map<String, Long> expected = SampleIndex.yearsOf(sample.articles);
    long total = expected.values().stream().mapToLong(Long::longValue).sum();
    assertEquals(total, r.get("total").asLong());
    assertEquals(expected.size(), r.get("facets").get("date").size(), r::toString);
    for (JsonNode bucket : r.get("facets").get("date")) {
      assertEquals(
          expected.get(bucket.get("label").asText()), bucket.get("count").asLong(), r::toString);
    }
  }

  @Test
  void dateDrillDownCountsMonthsThenDays() throws IOException {
    JsonNode months = searchJson("--date", "2025");
    assertEquals(SampleIndex.yearsOf(sample.articles).get("2025"), months.get("total").asLong());
    Set<String> paths = new HashSet<>();
    for (JsonNode bucket : months.get("facets").get("date")) {
      paths.add(bucket.get("path").asText());
    }
    assertTrue(paths.contains("2025/12"), paths::toString);
    JsonNode days = searchJson("--date", "2025/12");
    for (JsonNode hit : days.get("hits")) {
      assertTrue(hit.get("date").asText().startsWith("2025-12-"), hit::toString);
    }
    for (JsonNode bucket : days.get("facets").get("date")) {
      assertTrue(bucket.get("path").asText().startsWith("2025/12/"), bucket::toString);
    }
    Cli.Result text = search("--date", "2025/12");
    assertTrue(text.out().contains("By day of 2025/12\n"), text::toString);
  }

  @Test
  void fromAndToTakeWholePeriods() throws IOException {
    JsonNode r = searchJson("--from", "2023-12", "--to", "2024", "--limit", "100");
    for (JsonNode hit : r.get("hits")) {
      String date = hit.get("date").asText();
      assertTrue(date.compareTo("2023-12-01") >= 0 && date.compareTo("2024-12-31") <= 0, date);
    }
    // 11-xuat-khau-gao-ky-luc is dated 2023-12-28: inside "from 2023-12".
    assertTrue(files(r).contains("11-xuat-khau-gao-ky-luc.txt"), r::toString);
    assertEquals(SampleIndex.yearsOf(sample.articles).get("2024") + 1, r.get("total").asLong());
  }

  @Test
  void pagingWalksThroughEveryHitOnce() throws IOException {
    Set<String> seen = new HashSet<>();
    JsonNode page = searchJson("--limit", "4", "--sort", "date");
    long total = page.get("total").asLong();
    int pages = 1;
    while (true) {
      for (String f : files(page)) {
        assertTrue(seen.add(f), "seen twice: " + f);
      }
      if (page.get("next").isNull()) {
        break;
      }
      page =
          searchJson("--limit", "4", "--sort", "date", "--page-after", page.get("next").asText());
      pages++;
    }
    assertEquals(total, seen.size());
    assertEquals((total + 3) / 4, pages);
  }

  @Test
  void sortByDateIsNewestFirst() throws IOException {
    JsonNode r = searchJson("--sort", "date", "--limit", "30");
    String previous = "9999-99-99";
    for (JsonNode hit : r.get("hits")) {
      String date = hit.get("date").isNull() ? "0000" : hit.get("date").asText();
      assertTrue(date.compareTo(previous) <= 0, r::toString);
      previous = date;
    }
  }

  @Test
  void malformedQueriesAreAnsweredNotCrashed() {
    for (String q : new String[] {"\"hòa bình", "-", "+", "OR", "title:", "((", "\"\""}) {
      Cli.Result r = search(q);
      assertEquals(0, r.code(), () -> q + "\n" + r);
      assertTrue(r.err().isEmpty(), () -> q + "\n" + r);
    }
  }

  @Test
  void badDatesAreUsageErrorsNamingTheFormat() {
    Cli.Result r = search("bão", "--from", "2025-13");
    assertEquals(ExitCode.USAGE, r.code(), r::toString);
    assertTrue(r.err().contains("2025-12-15"), r::toString);
    assertFalse(r.err().contains("\tat "), r::toString);
    Cli.Result empty = search("bão", "--from", "2025", "--to", "2024");
    assertEquals(ExitCode.USAGE, empty.code(), empty::toString);
    assertTrue(empty.err().contains("2025-01-01 is after 2024-12-31"), empty::toString);
    Cli.Result drill = search("bão", "--date", "2025/13");
    assertEquals(ExitCode.USAGE, drill.code(), drill::toString);
  }

  @Test
  void badPageTokenIsAUsageError() {
    Cli.Result r = search("bão", "--page-after", "khong-phai-token");
    assertEquals(ExitCode.USAGE, r.code(), r::toString);
    assertEquals(1, r.err().lines().count(), r::toString);
  }

  @Test
  void missingIndexSaysHowToBuildOne() {
    Path missing = tmp.resolve("khong-co-chi-muc");
    Cli.Result r = Cli.run("search", "bão", "--index", missing.toString());
    assertEquals(ExitCode.INDEX, r.code(), r::toString);
    assertEquals(1, r.err().lines().count(), r::toString);
    assertTrue(r.err().contains("no index at " + missing), r::toString);
    assertTrue(r.err().contains("vnsearch index"), r::toString);
  }

  @Test
  void statsShowsCountsRangeAndSchema() throws IOException {
    Cli.Result r = Cli.run("stats", "--index", sample.index.toString(), "--json");
    assertEquals(0, r.code(), r::toString);
    JsonNode s = JSON.readTree(r.out());
    Map<String, Long> years = SampleIndex.yearsOf(sample.articles);
    assertEquals(
        years.values().stream().mapToLong(Long::longValue).sum(), s.get("documents").asLong());
    assertEquals("2022-03-08", s.get("firstDate").asText());
    assertEquals("2025-12-20", s.get("lastDate").asText());
    assertTrue(s.get("sizeBytes").asLong() > 0);
    assertNotNull(s.get("schemaVersion"));
    Cli.Result text = Cli.run("stats", "--index", sample.index.toString());
    assertTrue(text.out().contains("2022-03-08 to 2025-12-20"), text::toString);
  }
}
