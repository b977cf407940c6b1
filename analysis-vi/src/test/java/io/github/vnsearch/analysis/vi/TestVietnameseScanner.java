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

  private static final String[] CONNECTED = {
    "a", "b", "A", "Ab", "ab", "abcdefg", "ă", "Đ", "hoà", "1", "12", "2024", "x", "ht", "ww",
    ".", ".", ".", "/", "/", ",", ":", "-", "\u2011", "@", "_", "+", "%", "x.com", "www.",
    "http://", " ", "\u0301", "\uD801\uDC00", "#", "a@b.vn"
  };

  /**
   * In a long run of groups joined by connectors that makes no known form, each piece after the
   * first is cut as a scan starting at that piece would cut it, though the scanner does not read
   * the run again for each piece.
   */
  public void testPiecesOfConnectedRunsAreCutAsAScanFromThemWould() {
    VietnameseScanner whole = new VietnameseScanner(TokenInfoDictionary.getInstance(), true, null);
    VietnameseScanner fresh = new VietnameseScanner(TokenInfoDictionary.getInstance(), true, null);
    String[] fixed = {
      "a/b/a/b/a/b/a/b",
      "1/2/3/4/5/6",
      "Ab.cd.ab.cd.ef",
      "ab.ab.ab.a",
      "a-b.a-b.a-b@x.com",
      "a-b.a-b.ă-b.a-b@x.com",
      "1.2/3.4/5%",
      "1,5%/2",
      "A.B.Ab.C.D",
      "a:b:c:1:2:3",
      "a_b_a_b@c.de",
      "x.y.Z.w.com.vn",
      "ht/ht/http://a.b",
      "1/2/3",
      "12:30:45:10",
      "a.b.c.d.",
      "A.B.c.d.e.fg"
    };
    for (String text : fixed) {
      assertCutAsFromEachPiece(text, whole, fresh);
    }
    for (int i = 0; i < 2000 * RANDOM_MULTIPLIER; i++) {
      StringBuilder text = new StringBuilder();
      int parts = 1 + random().nextInt(40);
      for (int p = 0; p < parts; p++) {
        text.append(CONNECTED[random().nextInt(CONNECTED.length)]);
      }
      assertCutAsFromEachPiece(text.toString(), whole, fresh);
    }
  }

  private static void assertCutAsFromEachPiece(
      String text, VietnameseScanner whole, VietnameseScanner fresh) {
    char[] chars = text.toCharArray();
    whole.scan(chars, 0, chars.length);
    for (int p = 0; p < whole.count; p++) {
      fresh.scan(chars, whole.start[p], chars.length);
      String where = text + " / piece " + p + " " + whole.text(p);
      assertTrue(where, fresh.count > 0);
      assertEquals(where, whole.start[p], fresh.start[0]);
      assertEquals(where, whole.end[p], fresh.end[0]);
      assertEquals(where, whole.kind[p], fresh.kind[0]);
      assertEquals(where, whole.capitalized[p], fresh.capitalized[0]);
      assertEquals(where, whole.syllableId[p], fresh.syllableId[0]);
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
