package io.github.vnsearch.analysis.vi;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import org.apache.lucene.tests.util.LuceneTestCase;

public class TestVietnameseSegmenter extends LuceneTestCase {

  public void testSegmentsOneLine() {
    VietnameseSegmenter segmenter = new VietnameseSegmenter();
    assertEquals(
        "Hai bên đàm_phán ở Hà_Nội , lúc 09:49 ( TP.HCM ) .",
        segmenter.segment("Hai bên đàm phán ở Hà Nội, lúc 09:49 (TP.HCM)."));
    assertEquals("", segmenter.segment("   "));
  }

  public void testAbbreviationKeepsItsPeriod() {
    VietnameseSegmenter segmenter = new VietnameseSegmenter();
    assertEquals(
        "Ông H. làm_việc ở Q. 1 , TP. HCM , với ThS. Lan .",
        segmenter.segment("Ông H. làm việc ở Q. 1, TP. HCM, với ThS. Lan."));
    // A syllable ending a sentence is no abbreviation; nor is a period that a letter follows.
    assertEquals("Tôi đi . TP.HCM .", segmenter.segment("Tôi đi. TP.HCM."));
  }

  public void testKeepsEveryNonSpaceCharacter() {
    VietnameseSegmenter segmenter = new VietnameseSegmenter();
    String line = "“Đặc phái viên” nói: giá 1.000 đồng/kg — rẻ!!! ☺ @@ #tin_tức";
    String segmented = segmenter.segment(line);
    assertEquals(line.replaceAll("[\\s_]", ""), segmented.replace(" ", "").replace("_", ""));
  }

  public void testStreamsLineByLine() throws IOException {
    StringWriter out = new StringWriter();
    new VietnameseSegmenter()
        .segment(
            new BufferedReader(new StringReader("Đàm phán thương mại\n\nthủ đô Hà Nội\n")), out);
    assertEquals("Đàm_phán thương_mại\n\nthủ_đô Hà_Nội\n", out.toString());
  }
}
