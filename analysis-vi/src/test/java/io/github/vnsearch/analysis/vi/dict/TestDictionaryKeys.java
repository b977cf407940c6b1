package io.github.vnsearch.analysis.vi.dict;

import java.text.Normalizer;
import org.apache.lucene.tests.util.LuceneTestCase;

public class TestDictionaryKeys extends LuceneTestCase {

  public void testToneBecomesADigitWhereverItSits() {
    assertEquals("hoa1 binh1", DictionaryKeys.key("hòa bình"));
    assertEquals("hoa1 binh1", DictionaryKeys.key("Hoà Bình"));
    assertEquals("thuy3", DictionaryKeys.key("thủy"));
    assertEquals("thuy3", DictionaryKeys.key("THUỶ"));
    assertEquals("quy2", DictionaryKeys.key("qúy"));
    assertEquals("quy2", DictionaryKeys.key("quý"));
    assertEquals("đam1 phan2", DictionaryKeys.key("Đàm_phán"));
  }

  public void testDecomposedTextHasTheSameKey() {
    for (String word : new String[] {"người Việt", "thương mại điện tử", "Ả Rập Xê Út"}) {
      assertEquals(
          DictionaryKeys.key(word),
          DictionaryKeys.key(Normalizer.normalize(word, Normalizer.Form.NFD)));
    }
  }

  public void testVowelMarksAreKept() {
    assertEquals("ăn", DictionaryKeys.key("ăn"));
    assertEquals("ân", DictionaryKeys.key("ân"));
    assertEquals("ươn", DictionaryKeys.key("ươn"));
    assertNull(DictionaryKeys.key("  _ "));
  }
}
