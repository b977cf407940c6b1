package io.github.vnsearch.analysis.vi.dict;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.apache.lucene.tests.util.LuceneTestCase;

public class TestTokenInfoDictionary extends LuceneTestCase {

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = TokenInfoDictionary.class.getResourceAsStream(name)) {
      assertNotNull("missing resource " + name, in);
      return in.readAllBytes();
    }
  }

  /** The committed binary must be the one its committed checksum describes. */
  public void testResourceMatchesCommittedChecksum() throws Exception {
    String expected =
        new String(resource(TokenInfoDictionary.RESOURCE + ".sha256"), StandardCharsets.US_ASCII)
            .strip();
    assertEquals(
        "regenerate with analysis-vi/scripts/build-dictionary.sh",
        expected,
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256")
                    .digest(resource(TokenInfoDictionary.RESOURCE))));
  }

  public void testLoadsOnceWithManyWordsInLittleHeap() {
    TokenInfoDictionary dictionary = TokenInfoDictionary.getInstance();
    assertSame(dictionary, TokenInfoDictionary.getInstance());
    assertTrue("entries: " + dictionary.entries(), dictionary.entries() > 30_000);
    assertTrue("syllables: " + dictionary.syllables(), dictionary.syllables() > 5_000);
    assertTrue("heap: " + dictionary.ramBytesUsed(), dictionary.ramBytesUsed() < 32L << 20);
    assertTrue(dictionary.checksum(), dictionary.checksum().matches("[0-9a-f]{8}"));
  }

  public void testCommonWordsAreCheaperThanRareOnes() throws IOException {
    TokenInfoDictionary dictionary = TokenInfoDictionary.getInstance();
    int common = cost(dictionary, "đàm phán");
    int rare = cost(dictionary, "ăn bớt");
    assertTrue(common + " vs " + rare, common > 0 && common < rare);
    assertEquals(-1, cost(dictionary, "đàm phán thương"));
    assertEquals(cost(dictionary, "hòa bình"), cost(dictionary, "Hoà Bình"));
  }

  /** The lookup trie holds exactly the FST's words, with the same costs. */
  public void testTrieAgreesWithFst() throws IOException {
    TokenInfoDictionary dictionary = TokenInfoDictionary.getInstance();
    org.apache.lucene.util.fst.IntsRefFSTEnum<Long> words =
        new org.apache.lucene.util.fst.IntsRefFSTEnum<>(dictionary.getFST());
    int count = 0;
    for (var w = words.next(); w != null; w = words.next()) {
      int node = 0;
      for (int i = 0; i < w.input.length; i++) {
        node = dictionary.nextNode(node, w.input.ints[w.input.offset + i]);
        assertTrue("word " + count + " lost in the trie", node > 0);
      }
      assertEquals(w.output.intValue(), dictionary.wordCost(node));
      count++;
    }
    assertEquals(dictionary.entries(), count);
    // prefixes that are not words, and continuations that are not in the dictionary
    int dam = syllable(dictionary, DictionaryKeys.key("đàm"));
    int phan = syllable(dictionary, DictionaryKeys.key("phán"));
    int thuong = syllable(dictionary, DictionaryKeys.key("thương"));
    int node = dictionary.nextNode(dictionary.nextNode(0, dam), phan);
    assertEquals(cost(dictionary, "đàm phán"), dictionary.wordCost(node));
    assertEquals(-1, dictionary.nextNode(node, thuong));
    Random random = random();
    for (int i = 0; i < 10_000; i++) {
      int a = random.nextInt(dictionary.syllables());
      int b = random.nextInt(dictionary.syllables());
      int first = dictionary.nextNode(0, a);
      int second = first < 0 ? -1 : dictionary.nextNode(first, b);
      int expected = -1;
      Long fst =
          org.apache.lucene.util.fst.Util.get(
              dictionary.getFST(), new org.apache.lucene.util.IntsRef(new int[] {a, b}, 0, 2));
      if (fst != null) {
        expected = fst.intValue();
      }
      assertEquals(expected, second < 0 ? -1 : dictionary.wordCost(second));
    }
  }

  private static int syllable(WordDictionary dictionary, String key) {
    int id = dictionary.syllableId(key.toCharArray(), 0, key.length());
    assertTrue(key, id >= 0);
    return id;
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
