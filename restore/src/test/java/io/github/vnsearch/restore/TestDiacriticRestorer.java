package io.github.vnsearch.restore;

import io.github.vnsearch.analysis.vi.VietnameseFoldingFilter;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.tests.util.LuceneTestCase;
import org.apache.lucene.tests.util.TestUtil;

public class TestDiacriticRestorer extends LuceneTestCase {

  private static final DiacriticRestorer RESTORER = DiacriticRestorer.getDefault();

  private static void assertRestores(String expected, String typed) {
    assertEquals(typed, expected, RESTORER.restore(typed));
  }

  public void testRestoresUnaccentedQueries() {
    assertRestores("đàm phán hòa bình", "dam phan hoa binh");
    assertRestores("tổng thống mỹ", "tong thong my");
    assertRestores("bộ trưởng bộ ngoại giao", "bo truong bo ngoai giao");
    assertRestores("giá xăng dầu tăng mạnh", "gia xang dau tang manh");
    assertRestores("học sinh trung học phổ thông", "hoc sinh trung hoc pho thong");
    assertRestores("thị trường chứng khoán", "thi truong chung khoan");
  }

  public void testRestoresSentencesKeepingCaseAndPunctuation() {
    assertRestores(
        "Tổng thống Mỹ đã gặp ông Witkoff tại Washington.",
        "Tong thong My da gap ong Witkoff tai Washington.");
    assertRestores(
        "Hội nghị NATO năm 2024, theo các chuyên gia: rất quan trọng!",
        "Hoi nghi NATO nam 2024, theo cac chuyen gia: rat quan trong!");
    assertRestores("TỔNG THỐNG MỸ", "TONG THONG MY");
    assertRestores("  đội tuyển   bóng đá\tViệt Nam\n", "  doi tuyen   bong da\tViet Nam\n");
  }

  public void testKeepsWordsTheUserAccented() {
    // "thông" is not the likeliest reading of "thong" after "tong", but it was typed that way.
    String restored = RESTORER.restore("tong thông my");
    assertEquals("thông", restored.split(" ")[1]);
    assertEquals("tong thông my".length(), restored.length());
    assertRestores("Hà Nội mùa thu", "Hà Nội mua thu");
    assertRestores("bàn chân", "bàn chan");
  }

  public void testKeepsWhatIsNotVietnamese() {
    assertRestores("", "");
    assertRestores("12/8/2024 3,5% 1.000", "12/8/2024 3,5% 1.000");
    assertRestores("Zelensky Witkoff", "Zelensky Witkoff");
    assertRestores("Москва 東京 ß", "Москва 東京 ß");
    assertRestores("email: abc@example.com", "email: abc@example.com");
  }

  public void testTopKIsOrderedAndConsistentWithRestore() {
    String typed = "ban co the giup toi khong";
    List<Restoration> top = RESTORER.restoreTopK(typed, 5);
    assertEquals(5, top.size());
    assertEquals(RESTORER.restore(typed), top.get(0).text());
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < top.size(); i++) {
      Restoration r = top.get(i);
      assertTrue(r.text(), seen.add(r.text()));
      assertEquals(typed, VietnameseFoldingFilter.fold(r.text()));
      assertTrue(r.score() <= 0);
      if (i > 0) {
        assertTrue(top.get(i - 1).score() >= r.score());
      }
    }
    assertEquals("bạn có thể giúp tôi không", top.get(0).text());
  }

  public void testTopKOfTextWithFewReadings() {
    List<Restoration> top = RESTORER.restoreTopK("Witkoff 2024", 3);
    assertEquals(1, top.size());
    assertEquals("Witkoff 2024", top.get(0).text());
    expectThrows(IllegalArgumentException.class, () -> RESTORER.restoreTopK("ban", 0));
  }

  public void testMostlyUnaccented() {
    assertTrue(RESTORER.isMostlyUnaccented("dam phan hoa binh"));
    assertTrue(RESTORER.isMostlyUnaccented("Putin tong thong Nga"));
    assertTrue(RESTORER.isMostlyUnaccented("đàm phan hoa binh"));
    assertFalse(RESTORER.isMostlyUnaccented("đàm phán hòa bình"));
    assertFalse(RESTORER.isMostlyUnaccented("anh ấy đi học"));
    assertFalse(RESTORER.isMostlyUnaccented("2024 Witkoff"));
    assertFalse(RESTORER.isMostlyUnaccented(""));
  }

  /** Arbitrary input: same length, and every changed char is a restored form of the typed one. */
  public void testRandomTextNeverBreaks() {
    Random random = random();
    int iterations = atLeast(500);
    for (int i = 0; i < iterations; i++) {
      String text =
          switch (random.nextInt(3)) {
            case 0 -> TestUtil.randomUnicodeString(random, 40);
            case 1 -> TestUtil.randomRealisticUnicodeString(random, 60);
            default -> randomUnaccentedText(random, 1 + random.nextInt(30));
          };
      assertRestoredFrom(text, RESTORER.restore(text));
      for (Restoration r : RESTORER.restoreTopK(text, 1 + random.nextInt(4))) {
        assertRestoredFrom(text, r.text());
      }
      RESTORER.isMostlyUnaccented(text);
    }
  }

  public void testLongText() {
    String text = randomUnaccentedText(random(), 5_000);
    assertRestoredFrom(text, RESTORER.restore(text));
    assertRestoredFrom(text, RESTORER.restoreTopK(text, 3).get(2).text());
  }

  private static String randomUnaccentedText(Random random, int syllables) {
    String[] pieces = {
      "ban", "nha", "Trang", "viet", "NAM", "duong", "nguoi", "khong", "mot", "hai", "ba", "quoc",
      "gia", "hoa", "binh", "thu", "do", "xyz", "Witkoff", "2024", "đường", "Hà", "phố"
    };
    String[] separators = {" ", " ", " ", ", ", ". ", "\n", "  ", "-", "(", ")", "?"};
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < syllables; i++) {
      sb.append(pieces[random.nextInt(pieces.length)]);
      sb.append(separators[random.nextInt(separators.length)]);
    }
    return sb.toString();
  }

  private static void assertRestoredFrom(String typed, String restored) {
    assertEquals(typed.length(), restored.length());
    for (int i = 0; i < typed.length(); i++) {
      char t = typed.charAt(i);
      char r = restored.charAt(i);
      if (t != r) {
        assertTrue(typed + " -> " + restored, t < 0x80 && VietnameseFoldingFilter.fold(r) == t);
      }
    }
  }
}
