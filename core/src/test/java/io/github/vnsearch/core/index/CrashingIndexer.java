package io.github.vnsearch.core.index;

import io.github.vnsearch.core.article.Article;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Child-process main for {@link TestCrashSafety}: indexes generated articles forever, committing
 * every {@code N} and printing {@code COMMITTED <count>} after each commit, until it is killed.
 */
public final class CrashingIndexer {

  private static final String[] PLACES = {"Hà Nội", "Huế", "Đà Nẵng", "Cần Thơ", "Hải Phòng"};

  private CrashingIndexer() {}

  /** {@code args[0]}: index directory; {@code args[1]}: articles per commit. */
  public static void main(String[] args) throws Exception {
    int every = Integer.parseInt(args[1]);
    ArticleIndex index = ArticleIndex.open(Path.of(args[0]));
    for (int i = 0; ; i++) {
      String place = PLACES[i % PLACES.length];
      index.put(
          Article.builder(
                  "tin-" + i,
                  "Sáng nay trời "
                      + place
                      + " có mưa rào rải rác, nhiệt độ thấp nhất "
                      + (15 + i % 10)
                      + " độ. Người dân ra đường nên mang theo áo mưa.")
              .title("Bản tin thời tiết " + place + " số " + i)
              .date(LocalDate.of(2024, 1, 1).plusDays(i % 365))
              .source("Thử nghiệm")
              .category("Thời tiết")
              .build());
      if ((i + 1) % every == 0) {
        index.commit();
        System.out.println("COMMITTED " + (i + 1));
        System.out.flush();
      }
    }
  }
}
