package io.github.vnsearch.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TestRetrievalEvaluator {

  private static final List<Passage> PASSAGES =
      List.of(
          new Passage(
              "xe-buyt",
              "Xe buýt điện",
              "Hà Nội mở thêm tuyến xe buýt điện nối trung tâm với sân bay Nội Bài."),
          new Passage(
              "gao", "", "Giá gạo xuất khẩu giảm mạnh trong tháng mười vì nguồn cung dồi dào."),
          new Passage(
              "bong-da",
              "",
              "Đội tuyển bóng đá nữ giành huy chương vàng tại đại hội thể thao khu vực."),
          new Passage("bao", "", "Bão số ba gây mưa lớn ở miền Trung, nhiều nhà dân bị ngập sâu."));

  private static final List<JudgedQuery> QUERIES =
      List.of(
          new JudgedQuery("q-xe", "xe buýt điện ra sân bay", Set.of("xe-buyt")),
          new JudgedQuery("q-gao", "giá gạo giảm", Set.of("gao")),
          new JudgedQuery("q-bao", "bão gây ngập ở miền Trung", Set.of("bao")),
          new JudgedQuery("q-none", "chứng khoán", Set.of("gao")));

  private final RetrievalEvaluator evaluator = new RetrievalEvaluator(PASSAGES, QUERIES);

  @Test
  void accentedQueriesFindTheirPassages() throws IOException {
    ConfigurationResult result = evaluator.evaluate(Configurations.create("standard"), false);
    assertEquals("standard", result.configuration());
    assertEquals(1, result.ranks().get("q-xe"));
    assertEquals(1, result.ranks().get("q-gao"));
    assertEquals(1, result.ranks().get("q-bao"));
    assertNull(result.ranks().get("q-none"));
    assertTrue(result.ranks().containsKey("q-none"));
    assertEquals(0.75, result.mrr10(), 1e-12);
    assertEquals(0.75, result.recall1(), 1e-12);
    assertEquals(0.75, result.recall100(), 1e-12);
    assertEquals(0.75, result.ndcg10(), 1e-12);
  }

  @Test
  void strippedQueriesNeedFolding() throws IOException {
    // "gia gao giam" shares no term with the accented passage unless the index folds accents.
    ConfigurationResult standard = evaluator.evaluate(Configurations.create("standard"), true);
    assertNull(standard.ranks().get("q-gao"));
    ConfigurationResult icu = evaluator.evaluate(Configurations.create("icu-folding"), true);
    assertEquals(1, icu.ranks().get("q-gao"));
    assertEquals(1, icu.ranks().get("q-bao"));
  }

  @Test
  void vietnameseConfigurationsFindAccentedQueries() throws IOException {
    for (String name : List.of("vi-words", "vi-mixed", "vnsearch")) {
      ConfigurationResult result = evaluator.evaluate(Configurations.create(name), false);
      assertEquals(name, result.configuration());
      assertEquals(1, result.ranks().get("q-gao"), name);
      assertEquals(1, result.ranks().get("q-bao"), name);
      assertNull(result.ranks().get("q-none"), name);
    }
  }

  @Test
  void vnsearchFindsStrippedQueriesThroughItsFoldedFields() throws IOException {
    ConfigurationResult result = evaluator.evaluate(Configurations.create("vnsearch"), true);
    assertEquals(1, result.ranks().get("q-gao"));
    assertEquals(1, result.ranks().get("q-bao"));
  }

  @Test
  void stripDiacriticsRemovesEveryMark() {
    assertEquals(
        "Doi thu Panthers da thua bao nhieu diem?",
        RetrievalEvaluator.stripDiacritics("Đội thủ Panthers đã thua bao nhiêu điểm?"));
    // Decomposed (NFD) input is stripped too.
    assertEquals(
        "Nguyen Thi Hoa",
        RetrievalEvaluator.stripDiacritics(
            java.text.Normalizer.normalize("Nguyễn Thị Hoa", java.text.Normalizer.Form.NFD)));
  }

  @Test
  void jsonReportHasTheDocumentedShape() throws IOException {
    EvaluationReport report =
        evaluator.evaluate(Configurations.create(List.of("standard", "icu-folding")), false);
    JsonNode json = new ObjectMapper().readTree(ReportFormat.json(report));
    assertEquals(4, json.get("queries").asInt());
    assertEquals(List.of("queries", "results"), iterable(json.fieldNames()));
    JsonNode standard = json.get("results").get("standard");
    assertEquals(
        List.of("MRR@10", "Recall@1", "Recall@10", "Recall@100", "nDCG@10", "ranks"),
        iterable(standard.fieldNames()));
    assertEquals(0.75, standard.get("MRR@10").asDouble(), 1e-12);
    assertEquals(1, standard.get("ranks").get("q-gao").asInt());
    assertTrue(standard.get("ranks").get("q-none").isNull());
    assertTrue(json.get("results").has("icu-folding"));
  }

  @Test
  void tableNamesEveryConfiguration() throws IOException {
    EvaluationReport report =
        evaluator.evaluate(Configurations.create(List.of("standard", "icu-folding")), true);
    String table = ReportFormat.table(report);
    assertTrue(table.startsWith("4 queries over 4 passages, diacritics stripped"), table);
    assertTrue(table.contains("MRR@10"), table);
    assertTrue(table.lines().anyMatch(l -> l.startsWith("icu-folding ")), table);
  }

  @Test
  void unknownConfigurationListsTheKnownOnes() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Configurations.create("bm42"));
    assertTrue(e.getMessage().contains("standard"), e.getMessage());
  }

  private static List<String> iterable(java.util.Iterator<String> it) {
    List<String> list = new java.util.ArrayList<>();
    it.forEachRemaining(list::add);
    return list;
  }
}
