package io.github.vnsearch.core.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** JSON Lines: streaming with a per-line cap, and the types of the fields. */
class TestJsonLinesReader {

  /** Collects what the reader finds. */
  private static final class Collected implements ArticleSink {
    final List<Article> articles = new ArrayList<>();
    final List<String> skipped = new ArrayList<>();

    @Override
    public void article(Article article) {
      articles.add(article);
    }

    @Override
    public void skipped(IngestReport.Skipped s) {
      skipped.add(s.toString());
    }
  }

  private static Collected read(String jsonl, int maxLineBytes) throws IOException {
    Collected c = new Collected();
    JsonLinesReader.read(
        new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)),
        "tin.jsonl",
        "/data/tin.jsonl",
        c,
        maxLineBytes);
    return c;
  }

  private static String line(String id, String body) {
    return "{\"id\": \"" + id + "\", \"title\": \"Tin ngắn\", \"body\": \"" + body + "\"}\n";
  }

  @Test
  void aLineOverTheCapIsReportedAndTheNextLinesAreRead() throws IOException {
    String longBody = "Người dân đổ về quảng trường xem pháo hoa. ".repeat(200); // ~9 KB
    Collected c =
        read(
            line("a1", "Giá vàng tăng mạnh trong phiên sáng nay.")
                + line("a2", longBody)
                + line("a3", "Hà Nội có mưa rào và dông vào chiều tối."),
            4096);
    assertEquals(List.of("a1", "a3"), c.articles.stream().map(Article::id).toList());
    assertEquals(List.of("tin.jsonl:2: too large: more than 4096 bytes in one line"), c.skipped);
  }

  @Test
  void aFileWithoutLineBreaksIsReadInBoundedMemory() throws IOException {
    // 256 MB in one line, produced as it is read (the jar's test runs a 1 GB one under -Xmx64m)
    long size = 256L << 20;
    InputStream endless =
        new InputStream() {
          long left = size;

          @Override
          public int read() {
            return left-- > 0 ? 'a' : -1;
          }

          @Override
          public int read(byte[] b, int off, int len) {
            if (left <= 0) {
              return -1;
            }
            int n = (int) Math.min(len, left);
            java.util.Arrays.fill(b, off, off + n, (byte) 'a');
            left -= n;
            return n;
          }
        };
    Collected c = new Collected();
    JsonLinesReader.read(endless, "lien.jsonl", "/data/lien.jsonl", c);
    assertEquals(List.of("lien.jsonl:1: too large: more than 32 MB in one line"), c.skipped);
    assertTrue(c.articles.isEmpty());
  }

  @Test
  void fieldsOfTheWrongTypeAreReportedNotIndexedAsText() throws IOException {
    Collected c =
        read(
            "{\"id\": \"b1\", \"body\": 123}\n"
                + "{\"id\": \"b2\", \"title\": [\"Thời sự\"], \"body\": \"Tin thời sự buổi tối.\"}\n"
                + "{\"id\": {\"so\": 3}, \"body\": \"Bản tin thời tiết.\"}\n"
                + "{\"id\": \"b4\", \"date\": 20240301, \"body\": \"Tin kinh tế.\"}\n"
                + "{\"id\": \"b5\", \"category\": true, \"body\": \"Tin thể thao.\"}\n"
                + "{\"id\": 42, \"title\": null, \"body\": \"Số hiệu bài viết là một số nguyên.\"}\n",
            1 << 20);
    assertEquals(
        List.of(
            "tin.jsonl:1: \"body\" must be text, not a number",
            "tin.jsonl:2: \"title\" must be text, not an array",
            "tin.jsonl:3: \"id\" must be text or an integer, not an object",
            "tin.jsonl:4: \"date\" must be text, not a number",
            "tin.jsonl:5: \"category\" must be text, not a boolean"),
        c.skipped);
    assertEquals(1, c.articles.size());
    assertEquals("42", c.articles.get(0).id());
    assertNull(c.articles.get(0).title());
  }

  @Test
  void knownFieldsAreReadUnknownOnesSkippedWhateverTheyHold() throws IOException {
    Collected c =
        read(
            "\uFEFF{\"id\": \"c1\", \"html\": {\"div\": [1, {\"p\": \"<p>bỏ qua</p>\"}]},"
                + " \"title\": \"Lúa mùa được giá\", \"date\": \"2024-10-05T08:00:00+07:00\","
                + " \"url\": \"https://vi.example/lua\", \"category\": \"Kinh tế\","
                + " \"source\": \"Báo Mẫu\", \"body\": \"Nông dân phấn khởi vì lúa được giá.\"}\n"
                + "\n   \n"
                + "{\"id\": \"c2\", \"body\": \"Tin một.\"} {\"id\": \"c3\"}\n",
            1 << 20);
    assertEquals(1, c.articles.size(), c.skipped::toString);
    Article a = c.articles.get(0);
    assertEquals("c1", a.id());
    assertEquals("Lúa mùa được giá", a.title());
    assertEquals(LocalDate.of(2024, 10, 5), a.date());
    assertEquals("https://vi.example/lua", a.url());
    assertEquals("Kinh tế", a.category());
    assertEquals("Báo Mẫu", a.source());
    assertEquals("Nông dân phấn khởi vì lúa được giá.", a.body());
    assertEquals(List.of("tin.jsonl:4: not a valid JSON object (more text after it)"), c.skipped);
  }
}
