package io.github.vnsearch.analysis.vi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.vnsearch.analysis.vi.dict.DictionaryKeys;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestWordCostTrainer {

  @Test
  void spellsASyllableKeyBack() {
    for (String syllable : List.of("hòa", "đàm", "phán", "thủy", "ngã", "việt", "ban")) {
      String key = DictionaryKeys.key(syllable);
      assertEquals(key, DictionaryKeys.key(WordCostTrainer.spelling(key)), syllable);
    }
    // the tone mark goes last, where the key has it, not on the vowel: the same key all the same
    assertEquals("pha\u0144", WordCostTrainer.spelling(DictionaryKeys.key("phán")));
  }

  @Test
  void countsTheWordsOfTheCorpusAsTheTokenizerSegmentsIt(@TempDir Path dir) throws IOException {
    Path words = dir.resolve("words.txt");
    Files.writeString(words, "đàm phán\nhòa bình\nnối lại\nhai bên\nnhất trí\n");
    Path corpus = dir.resolve("news.jsonl");
    Files.writeString(
        corpus,
        """
        {"title": "Nối lại đàm phán", "body": "Hai bên nhất trí nối lại đàm phán hòa bình."}
        {"title": "Đàm phán hòa bình", "body": null}
        {"title": "Không đọc", "body": "Dòng này vượt quá giới hạn: đàm phán."}
        """,
        StandardCharsets.UTF_8);
    Path counts = dir.resolve("counts.tsv");

    WordCostTrainer.main(
        new String[] {words.toString(), corpus.toString(), "2", "2", counts.toString()});

    Map<String, Long> byKey = new TreeMap<>();
    for (String line : Files.readAllLines(counts, StandardCharsets.UTF_8)) {
      String[] parts = line.split("\t");
      byKey.put(parts[0], Long.parseLong(parts[1]));
    }
    assertEquals(3, byKey.get(DictionaryKeys.key("đàm phán")));
    assertEquals(2, byKey.get(DictionaryKeys.key("hòa bình")));
    assertEquals(2, byKey.get(DictionaryKeys.key("nối lại")));
    assertEquals(1, byKey.get(DictionaryKeys.key("nhất trí")));
  }
}
