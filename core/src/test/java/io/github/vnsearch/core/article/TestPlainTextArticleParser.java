package io.github.vnsearch.core.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The plain-text layouts and page furniture, on articles written for the test. */
class TestPlainTextArticleParser {

  @Test
  void dateHeaderGluedToTheFirstParagraph() {
    Article a =
        PlainTextArticleParser.parse(
            "x",
            " date 2024-09-02 Sáng 2/9, hàng vạn người dân đã xem diễu binh tại Quảng trường Ba"
                + " Đình, kỷ niệm Quốc khánh.\n\nBuổi lễ kết thúc lúc 10 giờ.");
    assertEquals(LocalDate.of(2024, 9, 2), a.date());
    assertNull(a.title());
    assertEquals(
        "Sáng 2/9, hàng vạn người dân đã xem diễu binh tại Quảng trường Ba Đình, kỷ niệm Quốc"
            + " khánh.\nBuổi lễ kết thúc lúc 10 giờ.",
        a.body());
  }

  @Test
  void headlineThenDateLine() {
    Article a =
        PlainTextArticleParser.parse(
            "x",
            "Miền Tây vào mùa nước nổi\n\n15/10/2023 08:15 GMT+7\n\n"
                + "Nước lũ đầu nguồn sông Cửu Long đã về, người dân bắt đầu mùa đánh bắt cá linh.\n");
    assertEquals("Miền Tây vào mùa nước nổi", a.title());
    assertEquals(LocalDate.of(2023, 10, 15), a.date());
    assertEquals(
        "Nước lũ đầu nguồn sông Cửu Long đã về, người dân bắt đầu mùa đánh bắt cá linh.", a.body());
  }

  @Test
  void datelineAndSectionBeforeTheHeadline() {
    Article a =
        PlainTextArticleParser.parse(
            "x",
            " date 2022-01-20 Đà Nẵng\n\nDu lịch\n\nBiển Mỹ Khê đón những vị khách đầu năm\n\n"
                + "Từ sáng sớm, nhiều du khách đã tắm biển và chụp ảnh bình minh.\n");
    assertEquals("Biển Mỹ Khê đón những vị khách đầu năm", a.title());
    assertEquals(LocalDate.of(2022, 1, 20), a.date());
    assertEquals("Từ sáng sớm, nhiều du khách đã tắm biển và chụp ảnh bình minh.", a.body());
  }

  @Test
  void noDateNoHeadline() {
    Article a =
        PlainTextArticleParser.parse(
            "x",
            "Theo các chuyên gia, giá cà phê sẽ còn biến động trong quý tới.\n"
                + "Nông dân Tây Nguyên đang thu hoạch vụ mới.");
    assertNull(a.date());
    assertNull(a.title());
    assertEquals(2, a.body().split("\n").length);
  }

  @Test
  void furnitureIsStrippedSentencesAreKept() {
    String text =
        "Lễ hội pháo hoa quốc tế khai mạc\n\n"
            + "Tối qua, lễ hội pháo hoa quốc tế đã khai mạc bên sông Hàn.\n"
            + "![]() |\n"
            + "Pháo hoa rực sáng trên sông Hàn. Ảnh: Nguyễn Văn A |\n"
            + "phao-hoa-2024.jpg\n"
            + "Lễ hội pháo hoa quốc tế khai mạc - Ảnh 1.\n"
            + "Khán giả đứng kín hai bờ sông\n"
            + "TTXVN\n"
            + "Các đội đến từ Pháp, Ý và Việt Nam sẽ thi đấu trong sáu đêm.\n"
            + "#Pháo hoa #Đà Nẵng #Du lịch\n"
            + ">>> Mời bạn đọc xem thêm video lễ khai mạc\n"
            + "Nguồn video: VTV\n"
            + "Xem chi tiết\n"
            + "Top\n"
            + "Bạn không thể gửi bình luận liên tục. Xin hãy đợi\n"
            + "60 giây nữa.\n";
    Article a = PlainTextArticleParser.parse("x", text);
    assertEquals("Lễ hội pháo hoa quốc tế khai mạc", a.title());
    assertEquals(
        "Tối qua, lễ hội pháo hoa quốc tế đã khai mạc bên sông Hàn.\n"
            + "Các đội đến từ Pháp, Ý và Việt Nam sẽ thi đấu trong sáu đêm.",
        a.body());
  }

  @Test
  void sentencesThatMentionPhotosAreNotCaptions() {
    String text =
        "Triển lãm ảnh thời chiến\n\n"
            + "Bảo tàng trưng bày 200 bức ảnh, trong đó nhiều bức chưa từng công bố. Ảnh được"
            + " các phóng viên chiến trường chụp từ năm 1965 đến năm 1975 và được gia đình họ"
            + " lưu giữ cẩn thận suốt nhiều thập kỷ qua, nay mới được hiến tặng cho bảo tàng"
            + " để công chúng có dịp chiêm ngưỡng.\n";
    Article a = PlainTextArticleParser.parse("x", text);
    assertEquals(1, a.body().split("\n").length);
    assertEquals(text.split("\n\n")[1].strip(), a.body());
  }

  @Test
  void onlyFurnitureMeansNoArticle() {
    assertNull(PlainTextArticleParser.parse("x", "![]() |\nXem chi tiết\n"));
    assertNull(PlainTextArticleParser.parse("x", "   \n\n"));
  }

  @Test
  void dateLines() {
    assertEquals(
        LocalDate.of(2023, 7, 31), PlainTextArticleParser.dateLine("31/07/2023 09:49 GMT+7"));
    assertEquals(
        LocalDate.of(2021, 3, 5), PlainTextArticleParser.dateLine("Thứ sáu, 5/3/2021 - 14:20"));
    assertEquals(LocalDate.of(2020, 12, 1), PlainTextArticleParser.dateLine("2020-12-01"));
    assertNull(PlainTextArticleParser.dateLine("Ngày 31/07/2023 trời mưa."));
    assertThrows(DateTimeException.class, () -> PlainTextArticleParser.dateLine("31/02/2023"));
    assertThrows(DateTimeException.class, () -> PlainTextArticleParser.dateLine("2025-13-45"));
  }

  @Test
  void aDateThatDoesNotExistIsReportedWithItsLine() {
    InvalidArticleException line =
        assertThrows(
            InvalidArticleException.class,
            () ->
                PlainTextArticleParser.parse(
                    "x",
                    "Giá xăng giảm lần thứ ba liên tiếp\n\n31/02/2024 09:49 GMT+7\n\n"
                        + "Từ 15 giờ chiều nay, giá xăng RON 95 giảm 300 đồng mỗi lít.\n"));
    assertEquals(3, line.line());
    assertEquals("invalid date '31/02/2024 09:49 GMT+7' (no such day)", line.getMessage());

    InvalidArticleException header =
        assertThrows(
            InvalidArticleException.class,
            () ->
                PlainTextArticleParser.parse(
                    "x", "date 2025-13-45 Mưa lớn kéo dài ở Huế, nhiều tuyến phố ngập sâu.\n"));
    assertEquals(1, header.line());
    assertEquals("invalid date 'date 2025-13-45' (no such day)", header.getMessage());
  }
}
