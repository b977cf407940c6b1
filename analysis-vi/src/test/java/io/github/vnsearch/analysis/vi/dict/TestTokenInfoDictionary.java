package io.github.vnsearch.analysis.vi.dict;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.lucene.tests.util.LuceneTestCase;

public class TestTokenInfoDictionary extends LuceneTestCase {

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = TokenInfoDictionary.class.getResourceAsStream(name)) {
      assertNotNull("missing resource " + name, in);
      return in.readAllBytes();
    }
  }

  /** The committed binary must be the one its committed checksum describes. */
  public void testResourceMatchesCommittedChecksum() throws IOException {
    String expected =
        new String(resource(TokenInfoDictionary.RESOURCE + ".sha256"), StandardCharsets.US_ASCII)
            .strip();
    assertEquals(
        "regenerate with analysis-vi/scripts/build-dictionary.sh",
        expected,
        DictionaryBuilder.sha256(resource(TokenInfoDictionary.RESOURCE)));
  }

  public void testLoadsOnceWithManyWordsInLittleHeap() {
    TokenInfoDictionary dictionary = TokenInfoDictionary.getInstance();
    assertSame(dictionary, TokenInfoDictionary.getInstance());
    assertTrue("entries: " + dictionary.entries(), dictionary.entries() > 30_000);
    assertTrue("syllables: " + dictionary.syllables(), dictionary.syllables() > 5_000);
    assertTrue("heap: " + dictionary.ramBytesUsed(), dictionary.ramBytesUsed() < 32L << 20);
  }

  public void testCommonWordsAreCheaperThanRareOnes() throws IOException {
    TokenInfoDictionary dictionary = TokenInfoDictionary.getInstance();
    int common = cost(dictionary, "đàm phán");
    int rare = cost(dictionary, "ăn bớt");
    assertTrue(common + " vs " + rare, common > 0 && common < rare);
    assertEquals(-1, cost(dictionary, "đàm phán thương"));
    assertEquals(cost(dictionary, "hòa bình"), cost(dictionary, "Hoà Bình"));
  }

  /** Returns the cost of a word, or -1 when it is not in the dictionary. */
  static int cost(WordDictionary dictionary, String word) throws IOException {
    String key = DictionaryKeys.key(word);
    org.apache.lucene.util.IntsRefBuilder ids = new org.apache.lucene.util.IntsRefBuilder();
    for (String syllable : key.split(" ")) {
      int id = dictionary.syllableId(syllable.toCharArray(), 0, syllable.length());
      if (id < 0) {
        return -1;
      }
      ids.append(id);
    }
    Long cost = org.apache.lucene.util.fst.Util.get(dictionary.getFST(), ids.get());
    return cost == null ? -1 : cost.intValue();
  }
}
