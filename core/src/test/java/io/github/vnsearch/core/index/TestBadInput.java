package io.github.vnsearch.core.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vnsearch.core.article.IngestReport;
import io.github.vnsearch.core.search.ArticleSearcher;
import io.github.vnsearch.core.search.SearchRequest;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder mixing good articles with broken files: the good ones are indexed, the rest reported.
 */
class TestBadInput {

  @TempDir Path dir;

  private static final String GOOD_TEXT =
      " date 2024-03-08 Sáng nay, hàng nghìn người dân Hà Nội đổ về Hồ Gươm để xem"
          + " pháo hoa mừng ngày Quốc tế Phụ nữ.\n\n"
          + "Ban tổ chức cho biết lễ hội sẽ kéo dài đến hết chủ nhật.\n";

  private static final String GOOD_WITH_TITLE =
      "Giá lúa gạo đồng bằng sông Cửu Long tăng mạnh\n\n"
          + "12/01/2024 07:30 GMT+7\n\n"
          + "Giá lúa tại nhiều tỉnh miền Tây đã tăng thêm 500 đồng mỗi ký trong tuần qua.\n";

  private static String json(String id, String title, String date, String body) {
    return "{\"id\": \""
        + id
        + "\", \"title\": \""
        + title
        + "\", \"date\": \""
        + date
        + "\", \"category\": \"Kinh doanh\", \"source\": \"Thử nghiệm\", \"body\": \""
        + body
        + "\"}\n";
  }

  @Test
  void goodArticlesAreIndexedBadOnesReportedWithPathAndLine() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("le-hoi.txt"), GOOD_TEXT);
    Files.writeString(in.resolve("gia-lua.txt"), GOOD_WITH_TITLE);
    Files.write(in.resolve("empty.txt"), new byte[0]);
    Files.writeString(in.resolve("blank.txt"), "  \n\n ");
    // Latin-1 bytes on line 3: "Đà Nẵng" saved in a legacy code page is not UTF-8.
    ByteArrayOutputStream latin1 = new ByteArrayOutputStream();
    latin1.write("Tin thời tiết\n\nTrời nắng nóng\n".getBytes(StandardCharsets.UTF_8));
    latin1.write("Nhi\u1EC7t \u0111\u1ED9 cao: ".getBytes(StandardCharsets.UTF_8));
    latin1.write(new byte[] {(byte) 0xE9, (byte) 0x20, (byte) 0x41});
    latin1.write("\n".getBytes(StandardCharsets.UTF_8));
    Files.write(in.resolve("latin1.txt"), latin1.toByteArray());
    String jsonl =
        json("kt-1", "Xuất khẩu cà phê đạt kỷ lục", "2024-02-01", "Cà phê Việt Nam được giá.")
            + "\n"
            + json("kt-2", "Ngân hàng giảm lãi suất", "2024-02-02", "Lãi suất cho vay giảm.")
            + "{\"id\": \"kt-3\", \"title\": \"Giá vàng hôm nay\", \"body\": \"Giá vàng tă";
    Files.writeString(in.resolve("kinh-te.jsonl"), jsonl);
    Files.writeString(
        in.resolve("bad-date.jsonl"),
        json("kt-4", "Thị trường chứng khoán", "2024-13-45", "VN-Index tăng điểm."));
    // A gzip file cut in the middle: the lines before the cut are kept.
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(gz)) {
      for (int i = 0; i < 200; i++) {
        out.write(
            json("gz-" + i, "Bản tin số " + i, "2024-04-01", "Nội dung bản tin thứ " + i + ".")
                .getBytes(StandardCharsets.UTF_8));
      }
    }
    byte[] full = gz.toByteArray();
    Files.write(in.resolve("cut.jsonl.gz"), Arrays.copyOf(full, full.length * 2 / 3));
    Files.writeString(in.resolve("notes.md"), "not an article, not matched by the pattern");

    try (ArticleIndex index = ArticleIndex.open(dir.resolve("index"))) {
      IngestReport report =
          new Ingester(index).ingest(List.of(in, dir.resolve("does-not-exist.txt")));
      List<String> problems = report.skipped().stream().map(Object::toString).toList();
      assertTrue(
          problems.contains(dir.resolve("does-not-exist.txt") + ": no such file or directory"),
          problems.toString());
      assertTrue(problems.contains(in.resolve("empty.txt") + ": empty file"), problems.toString());
      assertTrue(problems.contains(in.resolve("blank.txt") + ": empty file"), problems.toString());
      assertTrue(
          problems.stream()
              .anyMatch(p -> p.startsWith(in.resolve("latin1.txt") + ":4: not valid UTF-8")),
          problems.toString());
      assertTrue(
          problems.stream()
              .anyMatch(p -> p.startsWith(in.resolve("kinh-te.jsonl") + ":4: not a valid JSON")),
          problems.toString());
      assertTrue(
          problems.stream()
              .anyMatch(p -> p.startsWith(in.resolve("bad-date.jsonl") + ":1: invalid \"date\"")),
          problems.toString());
      long gzGood = report.indexed() - 4; // le-hoi, gia-lua, kt-1, kt-2
      assertTrue(gzGood > 0 && gzGood < 200, "lines before the cut: " + gzGood);
      assertTrue(
          problems.stream()
              .anyMatch(
                  p ->
                      p.startsWith(in.resolve("cut.jsonl.gz") + ":")
                          && p.contains("ends abruptly")),
          problems.toString());
      assertEquals(7, report.skipped().size(), problems.toString());
      assertEquals(0, report.updated());

      ArticleSearcher searcher = new ArticleSearcher(index);
      assertEquals(report.indexed(), searcher.search(SearchRequest.builder("").build()).total());
      assertEquals(1, searcher.search(SearchRequest.builder("pháo hoa").build()).total());
      assertEquals(
          1, searcher.search(SearchRequest.builder("lúa").datePath("2024/01/12").build()).total());
    }
  }
}
