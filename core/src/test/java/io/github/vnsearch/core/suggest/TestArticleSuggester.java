package io.github.vnsearch.core.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vnsearch.core.article.Article;
import io.github.vnsearch.core.index.ArticleIndex;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Suggestions over a few news articles, typed with and without diacritics and in Telex. */
class TestArticleSuggester {

  @TempDir static Path dir;
  static ArticleIndex index;
  static ArticleSuggester suggester;

  static final List<Article> ARTICLES =
      List.of(
          article(
              "a1",
              "Các bên nối lại đàm phán hòa bình tại Geneva",
              "Đại diện các bên đã đồng ý quay lại bàn đàm phán hòa bình vào cuối tháng. Vòng đàm"
                  + " phán mới tập trung vào lệnh ngừng bắn và trao đổi tù binh.",
              "2023-03-14",
              "Thế giới"),
          article(
              "a2",
              "Đàm phán thương mại bước vào vòng mới",
              "Các nhà đàm phán của hai nước gặp nhau tại Hà Nội để bàn về thuế quan. Đàm phán"
                  + " hòa bình và thương mại là hai ưu tiên của ngành ngoại giao.",
              "2025-06-02",
              "Kinh tế"),
          article(
              "a3",
              "Giáo sư Nguyễn Văn An nhận giải thưởng khoa học",
              "Giáo sư Nguyễn Văn An của Đại học Quốc gia Hà Nội được trao giải cho công trình về"
                  + " điện mặt trời. Ông cảm ơn đồng nghiệp và bạn bè đã giúp đỡ.",
              "2025-01-10",
              "Khoa học"),
          article(
              "a4",
              "Hà Nội mở thêm tuyến xe buýt điện",
              "Từ tháng tới, người dân Hà Nội có thêm ba tuyến xe buýt điện. Sở Giao thông Hà Nội"
                  + " cho biết giá vé không đổi.",
              "2024-11-20",
              "Xã hội"),
          article(
              "a5",
              "Chợ đêm bán hàng Tết đông khách",
              "Các tiểu thương bán hàng đến khuya. Nhiều người bán hàng cho biết sức mua tăng so"
                  + " với năm ngoái.",
              "2025-01-25",
              "Kinh tế"),
          article(
              "a6",
              "Bạn bè quốc tế đón Tết cùng người Việt",
              "Nhiều bạn bè quốc tế tham gia gói bánh chưng và xem múa lân.",
              "2025-01-28",
              "Xã hội"),
          article(
              "a7",
              "Sinh viên Nguyễn Thị Bình giành học bổng",
              "Nguyễn Thị Bình cùng bạn bè trong lớp chuẩn bị hồ sơ suốt ba tháng.",
              "2024-09-05",
              "Giáo dục"));

  static Article article(String id, String title, String body, String date, String category) {
    return Article.builder(id, body)
        .title(title)
        .date(LocalDate.parse(date))
        .category(category)
        .build();
  }

  @BeforeAll
  static void build() throws Exception {
    index = ArticleIndex.open(dir.resolve("index"));
    for (Article a : ARTICLES) {
      index.put(a);
    }
    index.commit();
    suggester = ArticleSuggester.open(index);
  }

  @AfterAll
  static void close() throws Exception {
    suggester.close();
    index.close();
  }

  static List<String> texts(String prefix) throws Exception {
    return suggester.suggest(prefix, 5).stream().map(Suggestion::text).toList();
  }

  static String first(String prefix) throws Exception {
    List<String> texts = texts(prefix);
    assertFalse(texts.isEmpty(), "no suggestion for " + prefix);
    return texts.get(0);
  }

  @Test
  void completesTheWordThenThePhrase() throws Exception {
    for (String typed : List.of("đàm p", "Đàm p", "dam p", "DAM PH", "đàm ph")) {
      List<Suggestion> s = suggester.suggest(typed, 5);
      assertEquals("đàm phán", s.get(0).text(), typed + ": " + s);
      assertEquals(Suggestion.Kind.WORD, s.get(0).kind());
      assertTrue(
          s.stream()
              .anyMatch(
                  x -> x.text().equals("đàm phán hòa bình") && x.kind() == Suggestion.Kind.PHRASE),
          typed + ": " + s);
    }
  }

  @Test
  void everyStateOfTypingNguyen() throws Exception {
    for (String typed : List.of("nguy", "nguye", "Nguyê", "nguyen", "nguyeen", "Nguyễ", "NGUYEN")) {
      assertTrue(first(typed).startsWith("Nguyễn"), typed + ": " + texts(typed));
    }
  }

  @Test
  void unaccentedSyllablesOfAName() throws Exception {
    for (String typed : List.of("ha no", "ha noi", "Hà N", "hà nộ")) {
      assertEquals("Hà Nội", first(typed), typed + ": " + texts(typed));
    }
  }

  @Test
  void marksTypedPreferCompletionsThatAgree() throws Exception {
    // bạn bè is in three articles, bán hàng in one: unaccented, the heavier comes first
    assertEquals("bạn bè", first("ban"));
    assertEquals("bán hàng", first("bán"));
    assertEquals("bán hàng", first("bans")); // Telex: s is the acute tone
    assertEquals("bạn bè", first("bạn"));
    assertEquals("bạn bè", first("banj"));
  }

  @Test
  void telexLettersAndTones() throws Exception {
    assertEquals("đàm phán", first("ddamf p"));
    assertEquals("điện", first("ddieenj"));
  }

  @Test
  void aSpaceAfterAWordAsksForTheNextWord() throws Exception {
    List<String> texts = texts("đàm ");
    assertFalse(texts.isEmpty());
    for (String t : texts) {
      assertTrue(t.startsWith("đàm ") || t.startsWith("Đàm "), texts.toString());
    }
  }

  @Test
  void completesTheLastWordsWhenTheWholeInputMatchesNothing() throws Exception {
    assertEquals("tin mới đàm phán", first("tin mới đàm p"));
    assertEquals("Hà Nội đàm phán", first("ha noi dam p"));
  }

  @Test
  void headlinesAreCompletedToo() throws Exception {
    List<Suggestion> s = suggester.suggest("cho dem", 5);
    assertEquals("Chợ đêm bán hàng Tết đông khách", s.get(0).text());
    assertEquals(Suggestion.Kind.TITLE, s.get(0).kind());
    assertEquals(1, s.get(0).weight());
  }

  @Test
  void weightsCountArticles() throws Exception {
    Suggestion hanoi = suggester.suggest("hà nội", 1).get(0);
    assertEquals("Hà Nội", hanoi.text());
    // three articles in their bodies, one in its headline
    assertEquals(4, hanoi.weight());
  }

  @Test
  void filtersByDateAndCategory() throws Exception {
    // đàm phán: in 2023 and 2025; bán hàng only in 2025, category Kinh tế
    assertEquals("đàm phán", suggester.suggest("dam", 1, SuggestFilter.date("2023")).get(0).text());
    assertFalse(
        suggester.suggest("ban", 10, SuggestFilter.date("2023")).stream()
            .anyMatch(x -> x.text().startsWith("bán hàng")));
    assertTrue(
        suggester.suggest("ban", 10).stream().anyMatch(x -> x.text().startsWith("bán hàng")));
    assertEquals(
        "bán hàng",
        suggester.suggest("ban", 1, SuggestFilter.date("2025").category("Kinh tế")).get(0).text());
    assertEquals(
        "bạn bè", suggester.suggest("ban", 1, SuggestFilter.date("2025", "01")).get(0).text());
    assertTrue(suggester.suggest("nguyen", 5, SuggestFilter.date("2023")).isEmpty());
  }

  @Test
  void nothingTypedNothingSuggested() throws Exception {
    assertTrue(suggester.suggest("", 5).isEmpty());
    assertTrue(suggester.suggest("  ,. ", 5).isEmpty());
    assertTrue(suggester.suggest("xyzw", 5).isEmpty());
  }

  @Test
  void storedWithTheCommittedIndex() throws Exception {
    try (Stream<Path> files = Files.list(dir.resolve("index"))) {
      assertEquals(
          1, files.filter(p -> p.getFileName().toString().startsWith(StoredTable.PREFIX)).count());
    }
  }
}
