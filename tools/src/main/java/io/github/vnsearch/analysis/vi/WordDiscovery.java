package io.github.vnsearch.analysis.vi;

import io.github.vnsearch.analysis.vi.dict.DictionaryBuilder;
import io.github.vnsearch.analysis.vi.dict.DictionaryKeys;
import io.github.vnsearch.tools.LongIntMap;
import io.github.vnsearch.tools.NewsCorpus;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds multi-syllable words that a dictionary lacks in unsegmented text, from the statistics of
 * syllable n-grams (two to {@value #MAX_N} syllables) that no punctuation, digit or symbol
 * interrupts:
 *
 * <ul>
 *   <li><b>frequency</b>: seen between {@code minCount} and {@code maxCount} times (a sequence more
 *       frequent than that and still missing from the dictionary is nearly always a phrase: {@code
 *       đưa ra}, {@code triệu đồng});
 *   <li><b>cohesion</b>: the smallest pointwise mutual information over the ways of cutting the
 *       n-gram in two, {@code min ln(f(w)·N / (f(left)·f(right)))}: a word's parts occur together
 *       far more often than chance;
 *   <li><b>branching entropy</b>: the entropy of the syllable before and of the syllable after the
 *       n-gram (a punctuation mark or the end of a text counting as a new symbol each time), the
 *       smaller of the two: a word can be preceded and followed by many different syllables, a
 *       piece of a longer word cannot;
 *   <li><b>binding</b>: the sequence holds at least {@code minShare} of the occurrences of one of
 *       its syllables (a syllable seldom seen outside it, as in {@code mưng mủ}, is bound);
 *   <li><b>form</b>: every syllable is a Vietnamese one ({@link Syllables}), and the whole is
 *       written in lower case in at least {@code minLowerCase} of its occurrences (names are the
 *       tokenizer's business, and acronyms such as {@code UBND} are not syllables).
 * </ul>
 *
 * <p>Syllables are compared by their dictionary keys ({@link DictionaryKeys}), so case and tone
 * placement do not matter. Three passes over the corpus: syllable counts, n-gram counts, then the
 * neighbours of the n-grams that passed the first two tests. A build tool, run by {@code
 * analysis-vi/scripts/build-dictionary.sh} when asked to ({@code DISCOVER=1}); never at run time.
 *
 * <p>Usage: {@code WordDiscovery words.txt corpus.jsonl.gz maxDocs out.tsv [minCount maxCount
 * minCohesion minEntropy minLowerCase minShare]}: words already in {@code words.txt} are skipped;
 * {@code out.tsv} receives one word a line (lower case, as first seen, best first) and, after tabs,
 * its count, cohesion, left and right entropies, the largest share of one of its syllables'
 * occurrences that it holds, and its lower-case share.
 */
public final class WordDiscovery {

  /** Longest n-gram considered, in syllables (four 16-bit syllable numbers fill a long). */
  static final int MAX_N = 4;

  /** What a candidate must pass. */
  record Thresholds(
      int minCount,
      int maxCount,
      double minCohesion,
      double minEntropy,
      double minLowerCase,
      double minShare) {

    /** The defaults: the least harmful of the settings measured (see docs/analysis.md). */
    static final Thresholds DEFAULTS = new Thresholds(30, 1000, 5.0, 2.0, 0.8, 0.2);
  }

  /** Syllable numbers fit in 16 bits; {@code 0xFFFF} stays unused so that no key is {@code -1}. */
  private static final int MAX_SYLLABLES = 0xFFFE;

  private final Map<String, Integer> ids = new HashMap<>();
  private int[] syllableCounts;
  private long total;
  private final LongIntMap ngrams = new LongIntMap(1 << 24);

  private WordDiscovery() {}

  /** A discovered word with its statistics. */
  record Candidate(
      String word,
      int count,
      double cohesion,
      double leftEntropy,
      double rightEntropy,
      double share,
      double lowerCase) {

    double entropy() {
      return Math.min(leftEntropy, rightEntropy);
    }
  }

  /** Command-line entry point; see the class documentation for the arguments. */
  public static void main(String[] args) throws IOException {
    if (args.length != 4 && args.length != 10) {
      System.err.println(
          "usage: WordDiscovery words.txt corpus.jsonl.gz maxDocs out.tsv"
              + " [minCount maxCount minCohesion minEntropy minLowerCase minShare]");
      System.exit(2);
    }
    Set<String> known = new HashSet<>();
    for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
      String word = line.strip();
      if (DictionaryBuilder.isWord(word)) {
        known.add(DictionaryKeys.key(word));
      }
    }
    Thresholds t =
        args.length == 4
            ? Thresholds.DEFAULTS
            : new Thresholds(
                Integer.parseInt(args[4]),
                Integer.parseInt(args[5]),
                Double.parseDouble(args[6]),
                Double.parseDouble(args[7]),
                Double.parseDouble(args[8]),
                Double.parseDouble(args[9]));
    List<Candidate> found = discover(Path.of(args[1]), Long.parseLong(args[2]), known, t);
    try (Writer out = Files.newBufferedWriter(Path.of(args[3]), StandardCharsets.UTF_8)) {
      for (Candidate c : found) {
        out.write(
            String.format(
                Locale.ROOT,
                "%s\t%d\t%.2f\t%.2f\t%.2f\t%.3f\t%.2f%n",
                c.word(),
                c.count(),
                c.cohesion(),
                c.leftEntropy(),
                c.rightEntropy(),
                c.share(),
                c.lowerCase()));
      }
    }
    System.err.printf("%d words discovered%n", found.size());
  }

  /**
   * Discovers the words of the first {@code maxDocs} articles of {@code corpus} that pass {@code t}
   * and whose keys are not in {@code known}, ordered by decreasing {@code cohesion × entropy}.
   */
  static List<Candidate> discover(Path corpus, long maxDocs, Set<String> known, Thresholds t)
      throws IOException {
    WordDiscovery d = new WordDiscovery();
    d.countSyllables(corpus, maxDocs);
    d.countNgrams(corpus, maxDocs);
    return d.select(corpus, maxDocs, known, t);
  }

  /** Receives the runs of syllables of a text: {@code keys[0..n)} and their surface forms. */
  @FunctionalInterface
  interface RunVisitor {
    void run(String[] keys, String[] surfaces, int n);
  }

  /**
   * Splits {@code text} into runs of syllables: letters (with their marks) separated by white
   * space; any other character ends a run.
   */
  static void runs(String text, RunVisitor visitor) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFC);
    List<String> keys = new ArrayList<>();
    List<String> surfaces = new ArrayList<>();
    int i = 0;
    while (i <= s.length()) {
      char c = i < s.length() ? s.charAt(i) : '\n';
      if (isLetter(c)) {
        int start = i;
        while (i < s.length() && isLetter(s.charAt(i))) {
          i++;
        }
        String surface = s.substring(start, i);
        surfaces.add(surface);
        keys.add(DictionaryKeys.key(surface));
        continue;
      }
      if (!Character.isWhitespace(c)) {
        flush(keys, surfaces, visitor);
      }
      i++;
    }
    flush(keys, surfaces, visitor);
  }

  private static void flush(List<String> keys, List<String> surfaces, RunVisitor visitor) {
    if (!keys.isEmpty()) {
      visitor.run(keys.toArray(new String[0]), surfaces.toArray(new String[0]), keys.size());
      keys.clear();
      surfaces.clear();
    }
  }

  private static boolean isLowerCase(String[] surfaces, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isUpperCase(surfaces[i].charAt(0))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isLetter(char c) {
    return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  private interface TextVisitor {
    void text(String text);
  }

  private static void texts(Path corpus, long maxDocs, TextVisitor visitor) throws IOException {
    NewsCorpus.read(
        corpus,
        maxDocs,
        (line, title, body) -> {
          if (title != null) {
            visitor.text(title);
          }
          if (body != null) {
            visitor.text(body);
          }
        });
  }

  /** Visits every run of syllables in the first {@code maxDocs} texts of the corpus. */
  private static void runs(Path corpus, long maxDocs, RunVisitor visitor) throws IOException {
    texts(corpus, maxDocs, text -> runs(text, visitor));
  }

  /** Pass 1: numbers the syllables by decreasing frequency. */
  private void countSyllables(Path corpus, long maxDocs) throws IOException {
    Map<String, int[]> counts = new HashMap<>();
    runs(
        corpus,
        maxDocs,
        (keys, surfaces, n) -> {
          for (int i = 0; i < n; i++) {
            counts.computeIfAbsent(keys[i], k -> new int[1])[0]++;
          }
        });
    List<Map.Entry<String, int[]>> sorted = new ArrayList<>(counts.entrySet());
    sorted.sort(
        (a, b) ->
            a.getValue()[0] != b.getValue()[0]
                ? Integer.compare(b.getValue()[0], a.getValue()[0])
                : a.getKey().compareTo(b.getKey()));
    int size = Math.min(sorted.size(), MAX_SYLLABLES);
    syllableCounts = new int[size + 1];
    for (int i = 0; i < size; i++) {
      ids.put(sorted.get(i).getKey(), i + 1);
      syllableCounts[i + 1] = sorted.get(i).getValue()[0];
      total += sorted.get(i).getValue()[0];
    }
  }

  /** Syllable numbers of a run; 0 for a syllable too rare to be numbered. */
  private int[] ids(String[] keys, int n) {
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = ids.getOrDefault(keys[i], 0);
    }
    return out;
  }

  /** The n-gram of {@code n} syllables at {@code from}, or -1 if one of them is not numbered. */
  static long key(int[] ids, int from, int n) {
    long key = 0;
    for (int i = 0; i < n; i++) {
      int id = ids[from + i];
      if (id == 0) {
        return -1;
      }
      key |= (long) id << (48 - 16 * i);
    }
    return key;
  }

  /** Pass 2: counts every n-gram of two to {@value #MAX_N} numbered syllables. */
  private void countNgrams(Path corpus, long maxDocs) throws IOException {
    runs(
        corpus,
        maxDocs,
        (keys, surfaces, n) -> forEachNgram(ids(keys, n), n, (key, i, len) -> ngrams.add(key, 1)));
  }

  /** Receives one n-gram of a run: its key, where it starts and how many syllables it has. */
  private interface NgramVisitor {
    void visit(long key, int start, int length);
  }

  /**
   * Visits every n-gram of two to {@value #MAX_N} syllables of the first {@code n} numbered
   * syllables of {@code run}, stopping at syllables that have no number.
   */
  private static void forEachNgram(int[] run, int n, NgramVisitor visitor) {
    for (int i = 0; i < n; i++) {
      for (int len = 2; len <= MAX_N && i + len <= n; len++) {
        long key = key(run, i, len);
        if (key == -1) {
          break;
        }
        visitor.visit(key, i, len);
      }
    }
  }

  private int count(long key) {
    if ((key & 0xFFFFFFFFFFFFL) == 0) {
      return syllableCounts[(int) (key >>> 48)];
    }
    return ngrams.get(key);
  }

  /** The smallest PMI over the cuts of n-gram {@code key} of {@code n} syllables. */
  private double cohesion(long key, int n, int count) {
    double min = Double.POSITIVE_INFINITY;
    for (int cut = 1; cut < n; cut++) {
      long left = key & (-1L << (64 - 16 * cut));
      long right = key << (16 * cut);
      double pmi = Math.log(count * (double) total / ((double) count(left) * count(right)));
      min = Math.min(min, pmi);
    }
    return min;
  }

  private static int length(long key) {
    int n = 0;
    while (n < MAX_N && ((key >>> (48 - 16 * n)) & 0xFFFF) != 0) {
      n++;
    }
    return n;
  }

  /** Pass 3: the branching entropies of the frequent, cohesive n-grams; the final selection. */
  private List<Candidate> select(Path corpus, long maxDocs, Set<String> known, Thresholds t)
      throws IOException {
    LongIntMap index = new LongIntMap(1 << 16);
    List<long[]> cohesive = new ArrayList<>(); // {key, count}
    List<Double> cohesions = new ArrayList<>();
    ngrams.forEach(
        (key, count) -> {
          if (count >= t.minCount() && count <= t.maxCount()) {
            double c = cohesion(key, length(key), count);
            if (c >= t.minCohesion()) {
              cohesive.add(new long[] {key, count});
              cohesions.add(c);
            }
          }
        });
    for (int i = 0; i < cohesive.size(); i++) {
      index.add(cohesive.get(i)[0], i + 1);
    }
    int m = cohesive.size();
    LongIntMap neighbours = new LongIntMap(m * 16);
    String[] surface = new String[m];
    String[] keyOf = new String[m];
    int[] lower = new int[m];
    runs(
        corpus,
        maxDocs,
        (keys, surfaces, n) -> {
          int[] run = ids(keys, n);
          forEachNgram(
              run,
              n,
              (key, i, len) -> {
                int c = index.get(key) - 1;
                if (c < 0) {
                  return;
                }
                if (surface[c] == null) {
                  surface[c] =
                      String.join(" ", Arrays.copyOfRange(surfaces, i, i + len))
                          .toLowerCase(Locale.ROOT);
                  keyOf[c] = String.join(" ", Arrays.copyOfRange(keys, i, i + len));
                }
                if (isLowerCase(surfaces, i, i + len)) {
                  lower[c]++;
                }
                neighbour(neighbours, c, 0, i > 0 ? run[i - 1] : 0);
                neighbour(neighbours, c, 1, i + len < n ? run[i + len] : 0);
              });
        });
    double[][] sumClogC = new double[2][m];
    neighbours.forEach(
        (key, count) ->
            sumClogC[(int) (key >>> 16) & 1][(int) (key >>> 17)] += count * Math.log(count));
    List<Candidate> out = new ArrayList<>();
    for (int c = 0; c < m; c++) {
      if (keyOf[c] == null || known.contains(keyOf[c])) {
        continue;
      }
      int count = (int) cohesive.get(c)[1];
      double left = Math.log(count) - sumClogC[0][c] / count;
      double right = Math.log(count) - sumClogC[1][c] / count;
      long key = cohesive.get(c)[0];
      int n = length(key);
      boolean valid = true;
      double share = 0;
      for (int i = 0; i < n; i++) {
        int id = (int) (key >>> (48 - 16 * i)) & 0xFFFF;
        share = Math.max(share, count / (double) syllableCounts[id]);
      }
      for (String syllable : keyOf[c].split(" ")) {
        valid &= Syllables.isValid(syllable.toCharArray(), 0, syllable.length());
      }
      Candidate candidate =
          new Candidate(
              surface[c], count, cohesions.get(c), left, right, share, lower[c] / (double) count);
      if (valid
          && candidate.entropy() >= t.minEntropy()
          && candidate.lowerCase() >= t.minLowerCase()
          && candidate.share() >= t.minShare()) {
        out.add(candidate);
      }
    }
    out.sort(
        (a, b) -> {
          int cmp = Double.compare(b.cohesion() * b.entropy(), a.cohesion() * a.entropy());
          return cmp != 0 ? cmp : a.word().compareTo(b.word());
        });
    return out;
  }

  /**
   * Counts neighbour {@code id} on {@code side} (0 before, 1 after) of candidate {@code c}. A
   * boundary (id 0) is a new symbol every time: it adds nothing to the sum of {@code c·ln c}.
   */
  private static void neighbour(LongIntMap map, int c, int side, int id) {
    if (id != 0) {
      map.add((long) c << 17 | (long) side << 16 | id, 1);
    }
  }
}
