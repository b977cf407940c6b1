package io.github.vnsearch.analysis.vi.dict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vnsearch.tools.Checksums;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.util.IntsRefBuilder;
import org.apache.lucene.util.fst.Util;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dictionary built from word lists and counts holds the listed words with their costs. */
class TestDictionaryBuilder {

  @Test
  void wordsAreLettersInSingleSpacedSyllables() {
    assertTrue(DictionaryBuilder.isWord("đàm phán"));
    assertTrue(DictionaryBuilder.isWord("Hà Nội"));
    assertFalse(DictionaryBuilder.isWord("Covid-19"));
    assertFalse(DictionaryBuilder.isWord("hòa  bình"));
    assertFalse(DictionaryBuilder.isWord(" hòa bình"));
    assertFalse(DictionaryBuilder.isWord(""));
  }

  @Test
  void buildsTheListedWordsAndFrequentSyllables(@TempDir Path dir) throws IOException {
    Path counts = dir.resolve("counts.tsv");
    Files.writeString(
        counts,
        DictionaryKeys.key("đàm phán")
            + "\t30\n"
            + DictionaryKeys.key("hòa bình")
            + "\t20\n"
            + DictionaryKeys.key("bán")
            + "\t5\n"
            + DictionaryKeys.key("ghế")
            + "\t1\n");
    Path words = dir.resolve("words.txt");
    Files.writeString(words, "đàm phán\nhòa bình\nbàn ghế\nCovid-19\n");

    DictionaryBuilder.main(new String[] {counts.toString(), dir.toString(), words.toString()});

    Path out = dir.resolve(TokenInfoDictionary.RESOURCE);
    assertEquals(
        Checksums.sha256(Files.readAllBytes(out)) + "\n",
        Files.readString(
            dir.resolve(TokenInfoDictionary.RESOURCE + ".sha256"), StandardCharsets.US_ASCII));
    WordDictionary.Parts parts;
    try (InputStream in = Files.newInputStream(out)) {
      parts = FstIO.read(in).parts();
    }
    // the three listed words and "bán", counted often enough; not "ghế", counted once
    assertEquals(4, parts.entries());
    assertEquals(DictionaryBuilder.cost(30, 56), cost(parts, "đàm phán"));
    assertEquals(DictionaryBuilder.cost(5, 56), cost(parts, "bán"));
    assertEquals(DictionaryBuilder.cost(0, 56), cost(parts, "bàn ghế"));
    assertTrue(cost(parts, "đàm phán") < cost(parts, "hòa bình"));
    assertNull(cost(parts, "ghế"));
  }

  private static Integer cost(WordDictionary.Parts parts, String word) throws IOException {
    IntsRefBuilder ids = new IntsRefBuilder();
    for (String syllable : DictionaryKeys.key(word).split(" ")) {
      int id = parts.syllables().id(syllable.toCharArray(), 0, syllable.length());
      if (id < 0) {
        return null;
      }
      ids.append(id);
    }
    Long cost = Util.get(parts.fst(), ids.get());
    return cost == null ? null : cost.intValue();
  }
}
