package io.github.vnsearch.core.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vnsearch.core.article.IngestReport;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestIngester {

  @TempDir Path dir;

  @Test
  void progressIsReportedAndThreadsIndexEverything() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in/2024"));
    for (int i = 0; i < 5; i++) {
      Files.writeString(
          in.resolve("tin-" + i + ".txt"),
          " date 2024-02-1" + i + " Chợ hoa Tết ở phố Hàng Lược đông vui, ngày thứ " + i + ".\n");
    }
    try (OutputStream out =
        new GZIPOutputStream(Files.newOutputStream(in.resolve("tin.jsonl.gz")))) {
      for (int i = 0; i < 1200; i++) {
        out.write(
            ("{\"id\":\"j"
                    + i
                    + "\",\"date\":\"2024-03-01\",\"body\":\"Giá vé tàu Tết số "
                    + i
                    + " tăng nhẹ.\"}\n")
                .getBytes(StandardCharsets.UTF_8));
      }
    }
    Files.writeString(in.resolve("skip.md"), "không khớp mẫu");
    List<IngestProgress> events = new ArrayList<>();
    try (ArticleIndex index = ArticleIndex.open(dir.resolve("index"))) {
      IngestReport report =
          new Ingester(index)
              .threads(3)
              .pattern("**/*.{txt,jsonl.gz}")
              .progress(events::add)
              .ingest(List.of(dir.resolve("in")));
      assertEquals(1205, report.indexed());
      assertTrue(report.complete());
      assertEquals(1205, index.stats().documents());

      IngestProgress last = events.getLast();
      assertEquals(6, last.filesTotal());
      assertEquals(6, last.filesDone());
      assertEquals(1205, last.articles());
      assertEquals(last.bytesTotal(), last.bytesRead());
      assertEquals(1.0, last.fraction());
      for (int i = 1; i < events.size(); i++) {
        assertTrue(events.get(i).bytesRead() >= events.get(i - 1).bytesRead());
        assertTrue(events.get(i).filesDone() >= events.get(i - 1).filesDone());
      }
      assertTrue(events.size() >= 6, "one event per file at least");

      IngestReport again = new Ingester(index).threads(2).ingest(List.of(in.resolve("tin-0.txt")));
      assertEquals(0, again.indexed());
      assertEquals(1, again.updated());
    }
  }
}
