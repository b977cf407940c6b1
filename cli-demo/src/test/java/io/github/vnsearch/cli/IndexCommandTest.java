package io.github.vnsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexCommandTest {

  @TempDir Path tmp;

  @Test
  void indexesTheSampleAndReportsASummary() throws IOException {
    Path articles = Files.createDirectory(tmp.resolve("articles"));
    int files = SampleCorpus.copyTo(articles).size();
    Path index = tmp.resolve("index");
    Cli.Result r = Cli.run("index", articles.toString(), "--index", index.toString());
    assertEquals(ExitCode.OK, r.code(), r::toString);
    assertTrue(
        r.out().startsWith("Indexed " + files + " new, 0 updated, 0 skipped in "), r::toString);
    assertTrue(r.out().contains(index + ": " + files + " articles, "), r::toString);
    assertTrue(Files.isDirectory(index));
  }

  @Test
  void reindexingUpdatesInsteadOfDuplicating() throws IOException {
    Path articles = Files.createDirectory(tmp.resolve("articles"));
    int files = SampleCorpus.copyTo(articles).size();
    Path index = tmp.resolve("index");
    assertEquals(0, Cli.run("index", articles.toString(), "--index", index.toString()).code());
    Cli.Result again = Cli.run("index", articles.toString(), "--index", index.toString(), "--json");
    assertEquals(ExitCode.OK, again.code(), again::toString);
    JsonNode json = new ObjectMapper().readTree(again.out());
    assertEquals(0, json.get("indexed").asLong());
    assertEquals(files, json.get("updated").asLong());
    Cli.Result stats = Cli.run("stats", "--index", index.toString(), "--json");
    assertEquals(files, new ObjectMapper().readTree(stats.out()).get("documents").asLong());
  }

  @Test
  void badFilesAreSkippedWithTheirPathAndTheRestIsIndexed() throws IOException {
    Path dir = Files.createDirectory(tmp.resolve("mixed"));
    Files.writeString(
        dir.resolve("tot.txt"),
        "Mưa lớn ở miền Trung\n\n15/10/2024 08:00 GMT+7\n\nMưa lớn kéo dài nhiều ngày khiến"
            + " nước sông dâng cao, nhiều nhà dân bị ngập.\n",
        StandardCharsets.UTF_8);
    byte[] latin1 =
        "Hà Nội mùa thu, trời trong xanh và gió nhẹ.".getBytes(StandardCharsets.ISO_8859_1);
    Files.write(dir.resolve("latin1.txt"), latin1);
    Files.write(dir.resolve("rong.txt"), new byte[0]);
    Files.writeString(
        dir.resolve("bai.jsonl"),
        "{\"id\": \"a1\", \"title\": \"Giá gạo tăng\", \"date\": \"2024-05-02\", \"body\":"
            + " \"Giá gạo xuất khẩu tăng mạnh trong tháng này.\"}\n"
            + "{\"id\": \"a2\", \"title\": \"Bị cắt\", \"body\": \"Dòng này bị cắt giữa chừng\n",
        StandardCharsets.UTF_8);
    Path index = tmp.resolve("index");
    Cli.Result r = Cli.run("index", dir.toString(), "--index", index.toString(), "--json");
    assertEquals(ExitCode.PARTIAL, r.code(), r::toString);
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertEquals(List.of("indexed", "updated", "skipped", "seconds"), fieldNames(json));
    assertEquals(2, json.get("indexed").asLong(), r::toString); // tot.txt and line 1 of bai.jsonl
    List<String> skipped = new ArrayList<>();
    for (JsonNode s : json.get("skipped")) {
      assertEquals(List.of("path", "line", "reason"), fieldNames(s));
      skipped.add(Path.of(s.get("path").asText()).getFileName() + ":" + s.get("line").asLong());
      assertFalse(s.get("reason").asText().isBlank());
    }
    assertTrue(skipped.contains("latin1.txt:1"), skipped::toString);
    assertTrue(skipped.contains("rong.txt:0"), skipped::toString);
    assertTrue(skipped.contains("bai.jsonl:2"), skipped::toString);
    assertEquals(3, skipped.size(), skipped::toString);
  }

  @Test
  void terminalSummaryListsSkippedInputs() throws IOException {
    Path dir = Files.createDirectory(tmp.resolve("mixed"));
    Files.writeString(
        dir.resolve("tot.txt"), "Tin ngắn\n\nMột câu tin tức ngắn gọn về thời tiết.\n");
    Files.write(dir.resolve("rong.txt"), new byte[0]);
    Cli.Result r = Cli.run("index", dir.toString(), "--index", tmp.resolve("i").toString());
    assertEquals(ExitCode.PARTIAL, r.code(), r::toString);
    assertTrue(r.out().contains("1 skipped"), r::toString);
    assertTrue(r.out().contains("Skipped:\n  " + dir.resolve("rong.txt")), r::toString);
  }

  @Test
  void missingPathIsAUsageErrorAndTouchesNothing() {
    Path index = tmp.resolve("index");
    Cli.Result r =
        Cli.run("index", tmp.resolve("khong-co").toString(), "--index", index.toString());
    assertEquals(ExitCode.USAGE, r.code(), r::toString);
    assertEquals(1, r.err().lines().count(), r::toString);
    assertTrue(
        r.err().contains("no such file or directory: " + tmp.resolve("khong-co")), r::toString);
    assertFalse(Files.exists(index));
  }

  @Test
  void refusesANonEmptyFolderThatIsNotAnIndex() throws IOException {
    Path articles = Files.createDirectory(tmp.resolve("articles"));
    SampleCorpus.copyTo(articles);
    Cli.Result r = Cli.run("index", articles.toString(), "--index", articles.toString());
    assertEquals(ExitCode.USAGE, r.code(), r::toString);
    assertTrue(r.err().contains("is not empty and holds no index"), r::toString);
    try (var files = Files.list(articles)) {
      assertTrue(files.allMatch(p -> p.toString().endsWith(".txt")), "no index files written");
    }
  }

  @Test
  void threadsMustBePositive() {
    Cli.Result r =
        Cli.run("index", tmp.toString(), "--threads", "0", "--index", tmp.resolve("i").toString());
    assertEquals(ExitCode.USAGE, r.code(), r::toString);
    assertTrue(r.err().contains("--threads"), r::toString);
  }

  static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
