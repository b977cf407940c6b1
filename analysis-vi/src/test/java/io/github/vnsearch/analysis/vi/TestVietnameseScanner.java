package io.github.vnsearch.analysis.vi;

import io.github.vnsearch.analysis.vi.dict.TokenInfoDictionary;
import org.apache.lucene.tests.util.LuceneTestCase;
import org.apache.lucene.tests.util.TestUtil;

public class TestVietnameseScanner extends LuceneTestCase {

  private static final String[] GLUE = {
    " ",
    ", ",
    ".",
    ",",
    "-",
    "/",
    ":",
    "@",
    "_",
    "+",
    "%",
    "#",
    "\n",
    "http://",
    "www.",
    "ht",
    "ww",
    "1",
    "2.5",
    "é",
    "\uD801\uDC00",
    "\u0301",
    "Đ"
  };

  /** The shortcut for plain runs of letters cuts and describes pieces as the general path does. */
  public void testShortcutFindsWhatTheGeneralPathFinds() {
    VietnameseScanner fast = new VietnameseScanner(TokenInfoDictionary.getInstance(), true, null);
    VietnameseScanner slow = new VietnameseScanner(TokenInfoDictionary.getInstance(), false, null);
    String[] fixed = {
      "Hà Nội, ngày 15/8: học sinh đi học.",
      "hoc.vn a@b.c Hà+Nội 30% www.vnexpress.net http://x.y htx wwa ab-cd ab:cd U.S. TP.HCM",
      "Witkoff và NATO họp ở Ả Rập Xê Út; ĐẠI HỘI lần thứ XIV"
    };
    for (String text : fixed) {
      assertSamePieces(text, fast, slow);
    }
    for (int i = 0; i < 1000 * RANDOM_MULTIPLIER; i++) {
      StringBuilder text = new StringBuilder();
      int parts = 1 + random().nextInt(12);
      for (int p = 0; p < parts; p++) {
        switch (random().nextInt(3)) {
          case 0 -> text.append(RandomVietnamese.text(random(), 1 + random().nextInt(3)));
          case 1 -> text.append(GLUE[random().nextInt(GLUE.length)]);
          default -> text.append(TestUtil.randomRealisticUnicodeString(random(), 0, 6));
        }
      }
      assertSamePieces(text.toString(), fast, slow);
    }
  }

  private static void assertSamePieces(
      String text, VietnameseScanner fast, VietnameseScanner slow) {
    char[] chars = text.toCharArray();
    fast.scan(chars, 0, chars.length);
    slow.scan(chars, 0, chars.length);
    assertEquals(text, slow.count, fast.count);
    for (int p = 0; p < slow.count; p++) {
      String where = text + " / piece " + p + " " + slow.text(p);
      assertEquals(where, slow.start[p], fast.start[p]);
      assertEquals(where, slow.end[p], fast.end[p]);
      assertEquals(where, slow.kind[p], fast.kind[p]);
      assertEquals(where, slow.capitalized[p], fast.capitalized[p]);
      assertEquals(where, slow.breakBefore[p], fast.breakBefore[p]);
      assertEquals(where, slow.syllableId[p], fast.syllableId[p]);
      assertEquals(where, slow.spelled[p], fast.spelled[p]);
    }
  }
}
