package io.github.vnsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalRetrievalCommandTest {

  @TempDir Path dir;
  private Path passages;
  private Path queries;

  @BeforeEach
  void writeCollection() throws IOException {
    passages = dir.resolve("passages.jsonl");
    Files.writeString(
        passages,
        """
        {"id": "gao", "title": "Giá gạo", "text": "Giá gạo xuất khẩu giảm mạnh vì nguồn cung dồi dào."}
        {"id": "bao", "text": "Bão số ba gây mưa lớn ở miền Trung, nhiều nhà dân bị ngập sâu."}
        {"id": "metro", "text": "Tuyến metro số một chạy thử từ Bến Thành đến Suối Tiên."}
        """,
        StandardCharsets.UTF_8);
    queries = dir.resolve("queries.jsonl");
    Files.writeString(
        queries,
        """
        {"id": "q1", "text": "giá gạo xuất khẩu", "relevant": ["gao"]}
        {"id": "q2", "text": "mưa bão miền Trung", "relevant": ["bao"]}
        {"id": "q3", "text": "chứng khoán", "relevant": ["metro"]}
        """,
        StandardCharsets.UTF_8);
  }

  private Cli.Result run(String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "eval-retrieval",
                "--passages",
                passages.toString(),
                "--queries",
                queries.toString()));
    args.addAll(List.of(extra));
    return Cli.run(args.toArray(String[]::new));
  }

  @Test
  void jsonHasTheDocumentedShape() throws IOException {
    Cli.Result r = run("--analyzer", "standard", "--analyzer", "vnsearch", "--json");
    assertEquals(0, r.code(), r::toString);
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertEquals(List.of("queries", "results"), IndexCommandTest.fieldNames(json));
    assertEquals(3, json.get("queries").asInt());
    assertEquals(List.of("standard", "vnsearch"), IndexCommandTest.fieldNames(json.get("results")));
    for (JsonNode result : json.get("results")) {
      assertEquals(
          List.of("MRR@10", "Recall@1", "Recall@10", "Recall@100", "nDCG@10", "ranks"),
          IndexCommandTest.fieldNames(result));
      assertEquals(1, result.get("ranks").get("q1").asInt());
      assertEquals(1, result.get("ranks").get("q2").asInt());
      assertTrue(result.get("ranks").get("q3").isNull(), result::toString);
      // Two of three queries found at rank 1.
      assertEquals(2.0 / 3, result.get("MRR@10").asDouble(), 1e-9);
    }
  }

  @Test
  void tableListsEveryConfigurationByDefault() {
    Cli.Result r = run("--strip-query-diacritics");
    assertEquals(0, r.code(), r::toString);
    assertTrue(r.out().startsWith("3 queries over 3 passages, diacritics stripped"), r::toString);
    for (String name : List.of("standard", "icu-folding", "vi-words", "vi-mixed", "vnsearch")) {
      assertTrue(r.out().lines().anyMatch(l -> l.startsWith(name + " ")), name + "\n" + r);
    }
  }

  @Test
  void unknownAnalyzerIsAUsageError() {
    Cli.Result r = run("--analyzer", "english");
    assertEquals(ExitCode.USAGE, r.code(), r::toString);
    assertTrue(r.err().contains("unknown configuration 'english'"), r::toString);
    assertTrue(r.err().contains("vnsearch"), r::toString);
  }

  @Test
  void badLineIsReportedWithFileAndLine() throws IOException {
    Files.writeString(
        queries,
        "{\"id\": \"q1\", \"text\": \"giá gạo\", \"relevant\": [\"gao\"]}\n{\"id\": \"q2\"\n",
        StandardCharsets.UTF_8);
    Cli.Result r = run("--analyzer", "standard");
    assertEquals(ExitCode.USAGE, r.code(), r::toString);
    assertTrue(r.err().contains(queries + ":2: not valid JSON"), r::toString);
  }

  @Test
  void missingFileIsAUsageError() {
    passages = dir.resolve("nowhere.jsonl");
    Cli.Result r = run();
    assertEquals(ExitCode.USAGE, r.code(), r::toString);
    assertTrue(r.err().contains("nowhere.jsonl: no such file"), r::toString);
  }
}
