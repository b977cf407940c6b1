package io.github.vnsearch.analysis.vi;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.tests.util.LuceneTestCase;

/**
 * Word segmentation F1 on the two UD Vietnamese VTB gold splits (train and dev), read from the
 * shared data directory. The input is each gold line with {@code _} turned into spaces; a predicted
 * word is correct when its character span equals a gold word's ({@link #spans}). Each split has its
 * own floor, just below its measured figure, so that a change that helps one split at the other's
 * expense fails.
 */
public class TestSegmentationF1 extends LuceneTestCase {

  /** Floor on the train split (measured: 0.9735). */
  static final double MIN_F1_TRAIN = 0.971;

  /** Floor on the dev split (measured: 0.9677). */
  static final double MIN_F1_DEV = 0.965;

  public void testF1OnUdVtbTrain() throws IOException {
    assertF1("ud-vtb-train.seg.txt", MIN_F1_TRAIN);
  }

  public void testF1OnUdVtbDev() throws IOException {
    assertF1("ud-vtb-dev.seg.txt", MIN_F1_DEV);
  }

  private static void assertF1(String file, double floor) throws IOException {
    String shared = System.getProperty("vnsearch.shared.dir");
    Path gold = shared == null ? null : Path.of(shared, "data", "gold", file);
    assumeTrue(
        "shared data not found (system property vnsearch.shared.dir = " + shared + ")",
        gold != null && Files.isRegularFile(gold));
    double[] prf = score(gold, new VietnameseSegmenter());
    System.out.printf(
        Locale.ROOT,
        "segmentation on %s: precision %.4f, recall %.4f, F1 %.4f%n",
        file,
        prf[0],
        prf[1],
        prf[2]);
    assertTrue(file + ": F1 " + prf[2] + " below " + floor, prf[2] >= floor);
  }

  /** Precision, recall and F1 of {@code segmenter} on a gold file ({@code _} joins syllables). */
  static double[] score(Path gold, VietnameseSegmenter segmenter) throws IOException {
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
    return new double[] {precision, recall, 2 * precision * recall / (precision + recall)};
  }

  /**
   * Words of a segmented line as character spans: (offset of the first character, offset after the
   * last), counting only the characters that are neither spaces nor {@code _}. Comparing spans of
   * characters rather than of tokens keeps one disagreement (an abbreviation's period split off, a
   * hyphen) from shifting every later word of the line.
   */
  static Set<Long> spans(String segmented) {
    Set<Long> spans = new HashSet<>();
    long offset = 0;
    for (String word : segmented.strip().split(" +")) {
      long start = offset;
      for (int i = 0; i < word.length(); i++) {
        if (word.charAt(i) != '_') {
          offset++;
        }
      }
      if (offset > start) {
        spans.add(start << 32 | offset);
      }
    }
    return spans;
  }
}
