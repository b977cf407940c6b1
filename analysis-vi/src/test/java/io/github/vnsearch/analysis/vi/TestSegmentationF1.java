package io.github.vnsearch.analysis.vi;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.tests.util.LuceneTestCase;

/**
 * Word segmentation F1 on the UD Vietnamese VTB train split, read from the shared data directory.
 * The input is each gold line with {@code _} turned into spaces; a predicted word is correct when
 * its syllable span equals a gold word's.
 */
public class TestSegmentationF1 extends LuceneTestCase {

  static final double MIN_F1 = 0.96;

  public void testF1OnUdVtbTrain() throws IOException {
    String shared = System.getProperty("vnsearch.shared.dir");
    Path gold = shared == null ? null : Path.of(shared, "data", "gold", "ud-vtb-train.seg.txt");
    assumeTrue(
        "shared data not found (system property vnsearch.shared.dir = " + shared + ")",
        gold != null && Files.isRegularFile(gold));
    VietnameseSegmenter segmenter = new VietnameseSegmenter();
    long correct = 0;
    long predicted = 0;
    long expected = 0;
    try (BufferedReader lines = Files.newBufferedReader(gold, StandardCharsets.UTF_8)) {
      String line;
      while ((line = lines.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        Set<Long> goldSpans = spans(line);
        Set<Long> ourSpans = spans(segmenter.segment(line.replace('_', ' ')));
        expected += goldSpans.size();
        predicted += ourSpans.size();
        for (long span : ourSpans) {
          if (goldSpans.contains(span)) {
            correct++;
          }
        }
      }
    }
    double precision = correct / (double) predicted;
    double recall = correct / (double) expected;
    double f1 = 2 * precision * recall / (precision + recall);
    System.out.printf(
        java.util.Locale.ROOT,
        "segmentation on %s: precision %.4f, recall %.4f, F1 %.4f%n",
        gold.getFileName(),
        precision,
        recall,
        f1);
    assertTrue("F1 " + f1 + " below " + MIN_F1, f1 >= MIN_F1);
  }

  /** Words of a segmented line as (first syllable, syllable count) pairs. */
  static Set<Long> spans(String segmented) {
    Set<Long> spans = new HashSet<>();
    long syllable = 0;
    for (String word : segmented.strip().split(" +")) {
      if (word.isEmpty()) {
        continue;
      }
      int length = 1;
      for (int i = 0; i < word.length(); i++) {
        if (word.charAt(i) == '_') {
          length++;
        }
      }
      spans.add(syllable << 16 | length);
      syllable += length;
    }
    return spans;
  }
}
