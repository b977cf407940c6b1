package io.github.vnsearch.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestNewsCorpus {

  private static final String CORPUS =
      """
      {"id": "a", "title": "Nối lại đàm phán hòa bình", "date": null, "body": "Hai bên nhất trí.\\nVòng mới vào tháng tới."}

      {"id": "b", "title": null, "tags": ["thể thao"], "body": "Đội tuyển Việt Nam thắng trận giao hữu."}
      {"id": "c", "body": "Hàng nghìn cổ động viên đã có mặt.", "title": "Sân chật kín"}
      """;

  private static List<String> read(Path file, long maxLines) throws IOException {
    List<String> articles = new ArrayList<>();
    NewsCorpus.read(
        file, maxLines, (line, title, body) -> articles.add(line + " " + title + " | " + body));
    return articles;
  }

  private static Path gzip(Path dir, byte[] bytes) throws IOException {
    Path file = dir.resolve("news.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(bytes);
    }
    return file;
  }

  @Test
  void readsTitleAndBodyOfEveryLine(@TempDir Path dir) throws IOException {
    Path file = gzip(dir, CORPUS.getBytes(StandardCharsets.UTF_8));
    assertEquals(
        List.of(
            "1 Nối lại đàm phán hòa bình | Hai bên nhất trí.\nVòng mới vào tháng tới.",
            "3 null | Đội tuyển Việt Nam thắng trận giao hữu.",
            "4 Sân chật kín | Hàng nghìn cổ động viên đã có mặt."),
        read(file, Long.MAX_VALUE));
  }

  @Test
  void blankLinesCountTowardsTheLimit(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("news.jsonl");
    Files.writeString(file, CORPUS);
    assertEquals(1, read(file, 2).size());
    assertEquals(2, read(file, 3).size());
  }

  @Test
  void aBrokenLineStopsTheBuild(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("news.jsonl");
    Files.writeString(file, CORPUS + "{\"title\": \"Tin cuối\", \"body\": \n");
    IOException e = assertThrows(IOException.class, () -> read(file, Long.MAX_VALUE));
    assertTrue(e.getMessage().startsWith(file + ":5: invalid JSON"), e.getMessage());

    byte[] latin1 = "{\"title\": \"Hà Nội\"}\n".getBytes(StandardCharsets.ISO_8859_1);
    Path bad = gzip(dir, latin1);
    e = assertThrows(IOException.class, () -> read(bad, Long.MAX_VALUE));
    assertTrue(e.getMessage().startsWith(bad + ":1: "), e.getMessage());
  }
}
