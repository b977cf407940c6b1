package io.github.vnsearch.core.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.vnsearch.analysis.vi.TwinTextFields;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** What the index keeps of an article's start for suggestions, written and read back. */
class TestLeadText {

  /** Decodes into {@code title}, then one line per part: words, {@code /} before a new run. */
  private static List<String> decoded(String title, String body) throws IOException {
    BytesRef value =
        LeadText.encode(
            title,
            title == null ? null : new TwinTextFields(title),
            body,
            new TwinTextFields(body));
    List<String> out = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    LeadText.decode(
        value,
        new LeadText.Visitor() {
          @Override
          public void title(String t) {
            out.add(t);
          }

          @Override
          public void part(boolean headline) {
            if (!headline) {
              out.add(line.toString());
              line.setLength(0);
            }
          }

          @Override
          public void word(String cased, boolean runStart, boolean sentenceStart) {
            if (line.length() > 0) {
              line.append(sentenceStart ? " // " : runStart ? " / " : " ");
            }
            line.append(cased);
          }
        });
    out.add(line.toString());
    return out;
  }

  @Test
  void wordsWithTheirCapitalsAndBreaks() throws IOException {
    List<String> lead =
        decoded(
            "  Hà Nội   đàm phán  hòa bình ",
            "Ông Nguyễn Văn An cho biết: hai bên, cùng với WTO, sẽ nối lại đàm phán năm 2026.");
    assertEquals("Hà Nội đàm phán hòa bình", lead.get(0));
    assertEquals("Hà_Nội đàm_phán hòa_bình", lead.get(1));
    assertEquals(
        "Ông Nguyễn_Văn_An cho biết // hai bên / cùng với WTO / sẽ nối lại đàm_phán năm",
        lead.get(2));
  }

  @Test
  void decomposedTextKeepsItsCapitals() throws IOException {
    String body = Normalizer.normalize("Người dân HÀ NỘI đón Tết.", Normalizer.Form.NFD);
    assertEquals("Người dân HÀ_NỘI đón Tết", decoded(null, body).get(2));
  }

  @Test
  void onlyTheStartOfALongBodyIsKept() throws IOException {
    String sentence = "Giá vàng trong nước tăng mạnh. ";
    String body = sentence.repeat(40);
    String words = decoded("Giá vàng", body).get(2);
    int end = LeadText.leadEnd(body);
    assertEquals(true, end >= LeadText.LEAD_CHARS && end < 2 * LeadText.LEAD_CHARS);
    int sentences = words.split(" // ").length;
    assertEquals(body.substring(0, end).split("\\.").length, sentences, words);
  }
}
