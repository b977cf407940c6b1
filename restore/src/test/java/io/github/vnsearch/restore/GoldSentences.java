package io.github.vnsearch.restore;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.tests.util.LuceneTestCase;

/**
 * The gold sentences of a segmented UD Vietnamese VTB split in the shared data directory ({@code
 * data/gold/*.seg.txt}: one sentence per line, words separated by a space, the syllables of a word
 * joined by {@code _}), as plain text: {@code _} turned into spaces, blank lines skipped.
 */
final class GoldSentences {

  private GoldSentences() {}

  /**
   * Reads {@code data/gold/<fileName>} under the directory named by the system property {@code
   * vnsearch.shared.dir}; skips the calling test when the property is unset, fails it when the file
   * is missing.
   */
  static List<String> read(String fileName) throws IOException {
    String shared = System.getProperty("vnsearch.shared.dir");
    LuceneTestCase.assumeTrue("vnsearch.shared.dir is not set", shared != null);
    Path gold = Path.of(shared, "data", "gold", fileName);
    LuceneTestCase.assertTrue("missing " + gold, Files.isRegularFile(gold));
    List<String> sentences = new ArrayList<>();
    try (BufferedReader lines = Files.newBufferedReader(gold, StandardCharsets.UTF_8)) {
      String line;
      while ((line = lines.readLine()) != null) {
        if (!line.isBlank()) {
          sentences.add(line.replace('_', ' '));
        }
      }
    }
    return sentences;
  }
}
