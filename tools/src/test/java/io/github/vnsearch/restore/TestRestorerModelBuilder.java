package io.github.vnsearch.restore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vnsearch.tools.Checksums;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A model built from a few sentences is read by the restorer and restores what it saw. */
class TestRestorerModelBuilder {

  /** Sentences of a small corpus, with how many articles repeat each. */
  private static final List<String> SENTENCES =
      List.of(
          "3 Bạn có thể giúp tôi không?",
          "3 Hai bên nhất trí nối lại đàm phán hòa bình.",
          "2 Cái bàn gỗ trong phòng khách đã cũ.",
          "2 Chợ bán rau tươi mỗi sáng.",
          "1 Vòng đàm phán mới sẽ diễn ra vào tháng tới.",
          "1 Ban tổ chức cho biết sân đã chật kín.",
          "1 The meeting ended late on Monday and nobody came back.");

  @Test
  void skipsTextTypedWithoutDiacritics() {
    assertFalse(NgramCounts.isAccentedVietnamese("ban co the giup toi khong"));
    assertFalse(NgramCounts.isAccentedVietnamese("The meeting ended late on Monday."));
    assertTrue(NgramCounts.isAccentedVietnamese("Bạn có thể giúp tôi không?"));
    assertTrue(NgramCounts.isAccentedVietnamese("anh em ta"));
  }

  @Test
  void buildsAModelTheRestorerReads(@TempDir Path dir) throws IOException {
    StringBuilder corpus = new StringBuilder();
    int id = 0;
    for (String sentence : SENTENCES) {
      int repeats = sentence.charAt(0) - '0';
      for (int i = 0; i < repeats; i++) {
        corpus
            .append("{\"id\": \"")
            .append(id++)
            .append("\", \"title\": null, \"body\": \"")
            .append(sentence.substring(2))
            .append("\"}\n");
      }
    }
    Path news = dir.resolve("news.jsonl");
    Files.writeString(news, corpus);
    Path headwords = dir.resolve("words.txt");
    Files.writeString(headwords, "đàm phán\nhòa bình\nbàn ghế\n");
    Path out = dir.resolve(RestorerModel.RESOURCE);

    RestorerModelBuilder.main(
        new String[] {
          "--corpus",
          news.toString(),
          "--dictionary",
          headwords.toString(),
          "--out",
          out.toString(),
          "--min-unigram",
          "1",
          "--min-bigram",
          "1",
          "--min-trigram",
          "1"
        });

    String checksum =
        Files.readString(
            out.resolveSibling(RestorerModel.RESOURCE + ".sha256"), StandardCharsets.US_ASCII);
    assertEquals(Checksums.sha256(Files.readAllBytes(out)) + "\n", checksum);
    RestorerModel model;
    try (InputStream in = Files.newInputStream(out)) {
      model = RestorerModel.read(in);
    }
    assertTrue(model.trigramCount() > 0);
    DiacriticRestorer restorer = new DiacriticRestorer(model);
    assertEquals("Bạn có thể giúp tôi không?", restorer.restore("Ban co the giup toi khong?"));
    assertEquals("nối lại đàm phán hòa bình", restorer.restore("noi lai dam phan hoa binh"));
    assertEquals("cái bàn gỗ", restorer.restore("cai ban go"));
    // From the headwords alone: "ghế" never occurs in the corpus.
    assertEquals("bàn ghế", restorer.restore("ban ghe"));
  }
}
