package io.github.vnsearch.analysis.vi.dict;

import io.github.vnsearch.tools.Checksums;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Rebuilds the system dictionary resource ({@value TokenInfoDictionary#RESOURCE} and its {@code
 * .sha256} checksum) from word lists and corpus counts. Run by {@code
 * analysis-vi/scripts/build-dictionary.sh}; never at build or run time. In this package for {@code
 * WordDictionary.build} and {@code FstIO.write}, the format's package-private writers.
 *
 * <p>Usage: {@code DictionaryBuilder counts.tsv outputDir words.txt...}. Every word of the lists
 * (letters and spaces only) is kept; single syllables counted at least {@value #MIN_SYLLABLE_COUNT}
 * times in the corpus are added. A word's cost is {@link #cost}.
 */
public final class DictionaryBuilder {

  /** Corpus count from which a syllable missing from the word lists enters the dictionary. */
  public static final int MIN_SYLLABLE_COUNT = 2;

  /** Added to every count before taking its share of the total (smoothing for unseen words). */
  public static final double SMOOTHING = 0.5;

  private DictionaryBuilder() {}

  /** True for a dictionary word: letters (and marks) in syllables separated by single spaces. */
  public static boolean isWord(String word) {
    if (word.isEmpty() || word.startsWith(" ") || word.endsWith(" ") || word.contains("  ")) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c != ' '
          && !Character.isLetter(c)
          && Character.getType(c) != Character.NON_SPACING_MARK) {
        return false;
      }
    }
    return true;
  }

  /**
   * The cost of a word counted {@code count} times among {@code total} words: {@code 7 × −ln p}
   * (units of 1/7 nat) with add-{@value #SMOOTHING} smoothing, capped to 127 so that FST outputs
   * stay small.
   */
  public static int cost(long count, long total) {
    double p = (count + SMOOTHING) / (double) total;
    return (int) Math.max(0, Math.min(127, Math.round(-7 * Math.log(p))));
  }

  /** Command-line entry point; see the class documentation for the arguments. */
  public static void main(String[] args) throws IOException {
    if (args.length < 3) {
      System.err.println("usage: DictionaryBuilder counts.tsv outputDir words.txt...");
      System.exit(2);
    }
    Map<String, Long> counts = new TreeMap<>();
    long total = 0;
    int lineNumber = 0;
    for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
      lineNumber++;
      int tab = line.indexOf('\t');
      if (tab < 0) {
        throw new IllegalArgumentException(
            args[0] + " line " + lineNumber + ": expected key<TAB>count");
      }
      long count = Long.parseLong(line.substring(tab + 1));
      counts.put(line.substring(0, tab), count);
      total += count;
    }
    TreeMap<String, Integer> costs = new TreeMap<>();
    for (int i = 2; i < args.length; i++) {
      for (String line : Files.readAllLines(Path.of(args[i]), StandardCharsets.UTF_8)) {
        String word = line.strip();
        if (isWord(word)) {
          String key = DictionaryKeys.key(word);
          costs.put(key, cost(counts.getOrDefault(key, 0L), total));
        }
      }
    }
    for (Map.Entry<String, Long> e : counts.entrySet()) {
      if (e.getKey().indexOf(DictionaryKeys.SEPARATOR) < 0 && e.getValue() >= MIN_SYLLABLE_COUNT) {
        costs.putIfAbsent(e.getKey(), cost(e.getValue(), total));
      }
    }
    WordDictionary.Parts parts = WordDictionary.build(costs);
    Path out = Path.of(args[1]).resolve(TokenInfoDictionary.RESOURCE);
    Files.createDirectories(out.getParent());
    try (OutputStream stream = Files.newOutputStream(out)) {
      FstIO.write(parts, stream);
    }
    Checksums.writeSha256(out);
    System.err.printf(
        "%s: %d entries, %d bytes, heap %d bytes%n",
        out,
        parts.entries(),
        Files.size(out),
        parts.syllables().ramBytesUsed() + parts.fst().ramBytesUsed());
  }
}
