package io.github.vnsearch.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestJsonlReader {

  @TempDir Path dir;

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void readsPassagesWithAndWithoutTitle() throws IOException {
    Path file =
        write(
            "p.jsonl",
            """
            {"id": "p1", "title": "Giá gạo", "text": "Giá gạo xuất khẩu giảm."}

            {"id": 7, "text": "Hà Nội mưa lớn suốt đêm."}
            """);
    List<Passage> passages = JsonlReader.readPassages(file);
    assertEquals(
        List.of(
            new Passage("p1", "Giá gạo", "Giá gạo xuất khẩu giảm."),
            new Passage("7", "", "Hà Nội mưa lớn suốt đêm.")),
        passages);
  }

  @Test
  void readsGzippedQueriesAndIgnoresExtraFields() throws IOException {
    Path file = dir.resolve("q.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(
          "{\"id\": \"q1\", \"text\": \"giá gạo ra sao?\", \"relevant\": [\"p1\", \"p9\"], \"answers\": [\"giảm\"]}\n"
              .getBytes(StandardCharsets.UTF_8));
    }
    List<JudgedQuery> queries = JsonlReader.readQueries(file, Set.of("p1"));
    assertEquals(List.of(new JudgedQuery("q1", "giá gạo ra sao?", Set.of("p1", "p9"))), queries);
  }

  @Test
  void brokenJsonIsReportedWithFileAndLine() throws IOException {
    Path file =
        write("p.jsonl", "{\"id\": \"p1\", \"text\": \"Một câu.\"}\n{\"id\": \"p2\", \"text\": \n");
    EvalInputException e =
        assertThrows(EvalInputException.class, () -> JsonlReader.readPassages(file));
    assertTrue(e.getMessage().startsWith(file + ":2: not valid JSON"), e.getMessage());
  }

  @Test
  void missingTextAndDuplicateIdsAreReported() throws IOException {
    Path noText = write("a.jsonl", "{\"id\": \"p1\", \"body\": \"Một câu.\"}\n");
    assertEquals(
        noText + ":1: \"text\" must be a string",
        assertThrows(EvalInputException.class, () -> JsonlReader.readPassages(noText))
            .getMessage());
    Path duplicate =
        write(
            "b.jsonl",
            "{\"id\": \"p1\", \"text\": \"Câu một.\"}\n{\"id\": \"p1\", \"text\": \"Câu hai.\"}\n");
    assertEquals(
        duplicate + ":2: duplicate passage id 'p1'",
        assertThrows(EvalInputException.class, () -> JsonlReader.readPassages(duplicate))
            .getMessage());
  }

  @Test
  void queriesMustNameAKnownPassage() throws IOException {
    Path empty = write("q1.jsonl", "{\"id\": \"q1\", \"text\": \"mưa\", \"relevant\": []}\n");
    assertTrue(
        assertThrows(EvalInputException.class, () -> JsonlReader.readQueries(empty, Set.of("p1")))
            .getMessage()
            .startsWith(empty + ":1: \"relevant\" must be a non-empty array"));
    Path unknown =
        write("q2.jsonl", "{\"id\": \"q1\", \"text\": \"mưa\", \"relevant\": [\"p2\"]}\n");
    assertTrue(
        assertThrows(EvalInputException.class, () -> JsonlReader.readQueries(unknown, Set.of("p1")))
            .getMessage()
            .startsWith(unknown + ":1: query 'q1': no relevant id names a passage"));
  }

  @Test
  void invalidUtf8IsReportedWithItsLine() throws IOException {
    Path file = dir.resolve("bad.jsonl");
    byte[] good = "{\"id\": \"p1\", \"text\": \"Đà Nẵng\"}\n".getBytes(StandardCharsets.UTF_8);
    byte[] bad = {'{', '"', 'i', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'};
    byte[] all = new byte[good.length + bad.length];
    System.arraycopy(good, 0, all, 0, good.length);
    System.arraycopy(bad, 0, all, good.length, bad.length);
    Files.write(file, all);
    assertEquals(
        file + ":2: not valid UTF-8 (bad byte at offset 3)",
        assertThrows(EvalInputException.class, () -> JsonlReader.readPassages(file)).getMessage());
  }

  @Test
  void missingFileIsNamed() {
    Path file = dir.resolve("nowhere.jsonl");
    assertEquals(
        file + ": no such file",
        assertThrows(EvalInputException.class, () -> JsonlReader.readPassages(file)).getMessage());
  }
}
