package io.github.vnsearch.analysis.vi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vnsearch.analysis.vi.dict.DictionaryKeys;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestWordDiscovery {

  private static final String[] BEFORE = {"vết", "chỗ", "tay", "chân", "mắt", "răng", "lưng"};
  private static final String[] AFTER = {"rồi", "nhiều", "lâu", "nặng", "mãi", "hôm qua", "thêm"};

  /**
   * A corpus where {@code mưng mủ} and {@code viêm ruột thừa} follow and precede many different
   * syllables ({@code viêm ruột} is always followed by {@code thừa}), {@code ubnd xã} is not
   * Vietnamese syllables and {@code Hà Đông} is written with capitals.
   */
  private static Path corpus(Path dir) throws IOException {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < BEFORE.length; i++) {
      for (int j = 0; j < AFTER.length; j++) {
        String before = BEFORE[i];
        String after = AFTER[j];
        lines.add(
            "{\"title\": \"Tin %d\", \"body\": \"Ông nói %s mưng mủ %s. Ở Hà Đông, %s viêm ruột thừa %s; ubnd xã %s họp.\"}"
                .formatted(i * 10 + j, before, after, before, after, after));
      }
    }
    Path corpus = dir.resolve("news.jsonl");
    Files.write(corpus, lines, StandardCharsets.UTF_8);
    return corpus;
  }

  private static Map<String, WordDiscovery.Candidate> discover(Path dir, Set<String> known)
      throws IOException {
    Map<String, WordDiscovery.Candidate> byWord = new TreeMap<>();
    for (WordDiscovery.Candidate c :
        WordDiscovery.discover(
            corpus(dir), 1000, known, new WordDiscovery.Thresholds(10, 1000, 0.5, 1.0, 0.8, 0.5))) {
      byWord.put(c.word(), c);
    }
    return byWord;
  }

  @Test
  void findsCohesiveSequencesWithVariedNeighbours(@TempDir Path dir) throws IOException {
    Map<String, WordDiscovery.Candidate> found = discover(dir, Set.of());
    WordDiscovery.Candidate c = found.get("mưng mủ");
    assertEquals(49, c.count());
    assertEquals(Math.log(7), c.leftEntropy(), 1e-9); // seven syllables, seven times each
    assertEquals(Math.log(7), c.rightEntropy(), 1e-9);
    assertEquals(1.0, c.lowerCase());
    assertTrue(found.containsKey("viêm ruột thừa"));
    // always followed by "thừa": a piece of a longer word
    assertFalse(found.containsKey("viêm ruột"));
    // not Vietnamese syllables; a name written with capitals
    assertFalse(found.containsKey("ubnd xã"));
    assertFalse(found.containsKey("hà đông"));
  }

  @Test
  void skipsKnownWordsAndThoseOutsideTheFrequencyBand(@TempDir Path dir) throws IOException {
    Map<String, WordDiscovery.Candidate> found =
        discover(dir, Set.of(DictionaryKeys.key("mưng mủ")));
    assertFalse(found.containsKey("mưng mủ"));
    assertTrue(found.containsKey("viêm ruột thừa"));
    List<WordDiscovery.Candidate> none =
        WordDiscovery.discover(
            corpus(dir), 1000, Set.of(), new WordDiscovery.Thresholds(10, 40, 0.5, 1.0, 0.8, 0.5));
    assertTrue(none.stream().noneMatch(c -> c.word().equals("mưng mủ")), "seen 49 times");
  }
}
