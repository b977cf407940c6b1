package io.github.vnsearch.restore;

import io.github.vnsearch.analysis.vi.VietnameseFoldingFilter;
import io.github.vnsearch.tools.LongIntMap;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.store.OutputStreamDataOutput;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IntsRefBuilder;
import org.apache.lucene.util.fst.FST;
import org.apache.lucene.util.fst.FSTCompiler;
import org.apache.lucene.util.fst.PositiveIntOutputs;
import org.apache.lucene.util.fst.Util;

/**
 * Turns {@link NgramCounts} into the binary resource that {@link RestorerModel} reads: keeps the
 * frequent and dictionary syllables (ids ordered by folded form, then by frequency), smooths
 * bigrams and trigrams with interpolated modified Kneser-Ney (three discounts per order, the bigram
 * distribution counted by continuation), prunes rare bigrams and uninformative trigrams, quantizes
 * log-probabilities to a byte and adds the FST from each folded syllable to its accented spellings.
 *
 * @param minUnigram corpus count from which a syllable outside the dictionary is kept
 * @param minBigram count from which a bigram is stored
 * @param bigramEpsilon a rarer bigram is stored when its log10 probability exceeds the backed-off
 *     estimate by this much or more
 * @param minTrigram count from which a trigram may be stored
 * @param epsilon a trigram is stored when its log10 probability differs from the backed-off
 *     estimate by more than this
 */
record RestorerModelWriter(
    int minUnigram, int minBigram, double bigramEpsilon, int minTrigram, double epsilon) {

  private static final int MAX_VOCABULARY = 65_000;
  private static final int MAX_CANDIDATES = 16;

  /** Writes the model of {@code ngrams} to {@code out}. */
  void write(NgramCounts ngrams, Path out) throws IOException {
    List<Integer> kept = vocabulary(ngrams);
    int size = kept.size() + 3;
    int[] remap = new int[ngrams.syllables.size()];
    Arrays.fill(remap, RestorerModel.UNK);
    remap[RestorerModel.BOS] = RestorerModel.BOS;
    remap[RestorerModel.EOS] = RestorerModel.EOS;
    String[] vocab = new String[size];
    vocab[0] = "<s>";
    vocab[1] = "</s>";
    vocab[2] = "<unk>";
    for (int i = 0; i < kept.size(); i++) {
      remap[kept.get(i)] = i + 3;
      vocab[i + 3] = ngrams.syllables.get(kept.get(i));
    }

    // Bigram counts in the final id space (out-of-vocabulary syllables merged into <unk>).
    LongIntMap merged = new LongIntMap(ngrams.bigrams.size());
    ngrams.bigrams.forEach(
        (k, c) -> merged.add(NgramCounts.key(remap[(int) (k >>> 32)], remap[(int) k]), c));
    LongIntMap merged3 = new LongIntMap(ngrams.trigrams.size());
    ngrams.trigrams.forEach(
        (k, c) ->
            merged3.add(
                NgramCounts.key(
                    remap[(int) (k >>> 42)],
                    remap[(int) (k >>> 21) & 0x1FFFFF],
                    remap[(int) k & 0x1FFFFF]),
                c));
    LongIntMap lower = lowerOrderCounts(merged, merged3);
    long[] context = new long[size];
    double[] freed = new double[size];
    int[] preceding = new int[size];
    long[] countOfCounts = new long[5];
    long[] distinct = new long[1];
    lower.forEach(
        (k, c) -> {
          preceding[(int) k]++;
          distinct[0]++;
          if (c <= 4) {
            countOfCounts[c]++;
          }
        });
    double[] d = discounts(countOfCounts);
    lower.forEach(
        (k, c) -> {
          int a = (int) (k >>> 32);
          context[a] += c;
          freed[a] += discount(d, c);
        });
    float[] logUnigram = new float[size];
    float[] logBackoff = new float[size];
    for (int id = 0; id < size; id++) {
      double cont = Math.max(preceding[id], 0.5) / distinct[0];
      logUnigram[id] = (float) Math.log10(cont);
      logBackoff[id] = context[id] == 0 ? 0f : (float) Math.log10(freed[id] / context[id]);
    }
    logUnigram[RestorerModel.BOS] = -99f;
    // How likely each syllable is to be written with a capital inside a sentence (names).
    double[] logCapitalized = new double[size];
    for (int i = 0; i < kept.size(); i++) {
      int tmp = kept.get(i);
      logCapitalized[i + 3] =
          Math.log10((ngrams.capitalized[tmp] + 0.5) / (ngrams.inSentence[tmp] + 1.0));
    }

    // Kept bigrams, sorted by (previous, next): row by row.
    long[] order = new long[merged.size()];
    int[] n = new int[1];
    merged.forEach(
        (k, c) -> {
          if (c >= minBigram
              || informative(
                  lowerProbability(lower.get(k), d, context[(int) (k >>> 32)]),
                  logBackoff[(int) (k >>> 32)] + logUnigram[(int) k],
                  bigramEpsilon)) {
            order[n[0]++] = k;
          }
        });
    Arrays.sort(order, 0, n[0]);

    System.err.printf(
        Locale.ROOT,
        "vocabulary %,d, bigram types %,d, kept %,d (count >= %d or |delta log10| >= %.2f), D = %s%n",
        size,
        merged.size(),
        n[0],
        minBigram,
        bigramEpsilon,
        Arrays.toString(d));

    // Trigrams, in the final id space, smoothed over the exact bigram distribution.
    LongIntMap context3 = new LongIntMap(merged.size());
    LongIntMap freed3 = new LongIntMap(merged.size());
    long[] countOfCounts3 = new long[5];
    merged3.forEach(
        (k, c) -> {
          if (c <= 4) {
            countOfCounts3[c]++;
          }
        });
    double[] d3 = discounts(countOfCounts3);
    // Freed mass per context in units of 1/1024 count, so that an int map holds it.
    merged3.forEach(
        (k, c) -> {
          long ab = NgramCounts.key((int) (k >>> 42), (int) (k >>> 21) & 0x1FFFFF);
          context3.add(ab, c);
          freed3.add(ab, (int) Math.round(discount(d3, c) * FREED_SCALE));
        });
    long[] kept3 = new long[merged3.size()];
    byte[][] scores3 = {new byte[merged3.size()]};
    int[] n3 = new int[1];
    merged3.forEach(
        (k, c) -> {
          if (c < minTrigram) {
            return;
          }
          int a = (int) (k >>> 42);
          int b = (int) (k >>> 21) & 0x1FFFFF;
          int w = (int) k & 0x1FFFFF;
          int index = Arrays.binarySearch(order, 0, n[0], NgramCounts.key(a, b));
          if (index < 0) {
            return;
          }
          double p2 =
              context[b] == 0
                  ? Math.pow(10, logUnigram[w])
                  : (lower.get(NgramCounts.key(b, w))
                              - discount(d, lower.get(NgramCounts.key(b, w))))
                          / context[b]
                      + Math.pow(10, logBackoff[b] + logUnigram[w]);
          long ab = NgramCounts.key(a, b);
          double ctx = context3.get(ab);
          double backoff = freed3.get(ab) / FREED_SCALE / ctx;
          double p3 = (c - discount(d3, c)) / ctx + backoff * p2;
          if (Math.abs(Math.log10(p3) - Math.log10(backoff * p2)) < epsilon) {
            return;
          }
          kept3[n3[0]] = ((long) index << 21) | w;
          scores3[0][n3[0]] = quantize(Math.log10(p3));
          n3[0]++;
        });
    // Sort kept trigrams by (bigram index, next), carrying their scores along.
    long[] packed = new long[n3[0]];
    for (int i = 0; i < n3[0]; i++) {
      packed[i] = (kept3[i] << 8) | (scores3[0][i] & 0xFF);
    }
    Arrays.sort(packed);
    System.err.printf(
        Locale.ROOT,
        "trigram types %,d, kept %,d (count >= %d, |delta log10| >= %.2f), D3 = %s%n",
        merged3.size(),
        n3[0],
        minTrigram,
        epsilon,
        Arrays.toString(d3));

    try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
      DataOutput o = new OutputStreamDataOutput(os);
      CodecUtil.writeHeader(o, RestorerModel.CODEC, RestorerModel.VERSION);
      o.writeVInt(size);
      for (String s : vocab) {
        o.writeString(s);
      }
      for (int id = 0; id < size; id++) {
        o.writeInt(Float.floatToIntBits(logUnigram[id]));
        o.writeInt(Float.floatToIntBits(logBackoff[id]));
        o.writeByte(quantize(logCapitalized[id]));
      }
      o.writeVInt(n[0]);
      int at = 0;
      for (int a = 0; a < size; a++) {
        int end = at;
        while (end < n[0] && (int) (order[end] >>> 32) == a) {
          end++;
        }
        o.writeVInt(end - at);
        int last = 0;
        for (int i = at; i < end; i++) {
          int b = (int) order[i];
          int count = lower.get(order[i]);
          double p =
              (count - discount(d, count)) / context[a]
                  + Math.pow(10, logBackoff[a] + logUnigram[b]);
          o.writeVInt(b - last);
          o.writeByte(quantize(Math.log10(p)));
          last = b;
        }
        at = end;
      }
      writeTrigrams(o, packed, order, context3, freed3);
      buildFst(vocab).save(o, o);
    }
  }

  /**
   * The temporary ids of the syllables the model keeps, in their final order: the frequent and the
   * dictionary syllables, by folded form, then by frequency.
   */
  private List<Integer> vocabulary(NgramCounts ngrams) {
    List<Integer> kept = new ArrayList<>();
    for (int id = 3; id < ngrams.syllables.size(); id++) {
      if (ngrams.counts[id] >= minUnigram || ngrams.inDictionary[id]) {
        kept.add(id);
      }
    }
    kept.sort((a, b) -> Long.compare(ngrams.counts[b], ngrams.counts[a]));
    if (kept.size() > MAX_VOCABULARY - 3) {
      kept = new ArrayList<>(kept.subList(0, MAX_VOCABULARY - 3));
    }
    String[] folds = new String[ngrams.syllables.size()];
    for (int id : kept) {
      folds[id] = VietnameseFoldingFilter.fold(ngrams.syllables.get(id));
    }
    kept.sort(
        (a, b) -> {
          int c = folds[a].compareTo(folds[b]);
          if (c == 0) {
            c = Long.compare(ngrams.counts[b], ngrams.counts[a]);
          }
          return c != 0 ? c : ngrams.syllables.get(a).compareTo(ngrams.syllables.get(b));
        });
    return kept;
  }

  private static FST<Long> buildFst(String[] vocab) throws IOException {
    PositiveIntOutputs outputs = PositiveIntOutputs.getSingleton();
    FSTCompiler<Long> compiler = new FSTCompiler.Builder<>(FST.INPUT_TYPE.BYTE1, outputs).build();
    IntsRefBuilder scratch = new IntsRefBuilder();
    int id = 3;
    int groups = 0;
    while (id < vocab.length) {
      String fold = VietnameseFoldingFilter.fold(vocab[id]);
      int end = id + 1;
      while (end < vocab.length && VietnameseFoldingFilter.fold(vocab[end]).equals(fold)) {
        end++;
      }
      int variants = Math.min(end - id, 255);
      int candidates = Math.min(variants, MAX_CANDIDATES);
      long output = ((long) id << 16) | (variants << 8) | candidates;
      compiler.add(Util.toIntsRef(new BytesRef(fold), scratch), output);
      groups++;
      id = end;
    }
    FST<Long> fst = FST.fromFSTReader(compiler.compile(), compiler.getFSTReader());
    System.err.printf(Locale.ROOT, "FST: %,d folded keys, %,d bytes%n", groups, fst.numBytes());
    return fst;
  }

  /**
   * Writes the trigram rows: per bigram context (by its index among the kept bigrams, gap-coded)
   * the backoff weight and the (next, score) pairs.
   */
  private static void writeTrigrams(
      DataOutput o, long[] packed, long[] bigramKeys, LongIntMap context3, LongIntMap freed3)
      throws IOException {
    int contexts = 0;
    for (int i = 0; i < packed.length; i++) {
      if (i == 0 || (packed[i] >>> 29) != (packed[i - 1] >>> 29)) {
        contexts++;
      }
    }
    o.writeVInt(contexts);
    o.writeVInt(packed.length);
    int lastIndex = 0;
    int i = 0;
    while (i < packed.length) {
      int index = (int) (packed[i] >>> 29);
      int end = i;
      while (end < packed.length && (int) (packed[end] >>> 29) == index) {
        end++;
      }
      long ab = bigramKeys[index];
      double backoff = freed3.get(ab) / FREED_SCALE / context3.get(ab);
      o.writeVInt(index - lastIndex);
      o.writeByte(quantize(Math.log10(backoff)));
      o.writeVInt(end - i);
      int last = 0;
      for (int j = i; j < end; j++) {
        int w = (int) (packed[j] >>> 8) & 0x1FFFFF;
        o.writeVInt(w - last);
        o.writeByte((byte) packed[j]);
        last = w;
      }
      lastIndex = index;
      i = end;
    }
  }

  private static final double FREED_SCALE = 1024;

  /**
   * The counts that make the bigram distribution: after a sentence start the bigram counts, after a
   * syllable the Kneser-Ney continuation counts (how many distinct syllables precede the bigram in
   * a trigram; at least one for a bigram seen only in a headword), since the bigram distribution
   * mostly stands in for trigrams that were not seen.
   */
  static LongIntMap lowerOrderCounts(LongIntMap bigrams, LongIntMap trigrams) {
    LongIntMap continuation = new LongIntMap(bigrams.size());
    trigrams.forEach(
        (k, c) ->
            continuation.add(NgramCounts.key((int) (k >>> 21) & 0x1FFFFF, (int) k & 0x1FFFFF), 1));
    LongIntMap lower = new LongIntMap(bigrams.size());
    bigrams.forEach(
        (k, c) ->
            lower.add(
                k, (int) (k >>> 32) == RestorerModel.BOS ? c : Math.max(continuation.get(k), 1)));
    return lower;
  }

  /** The discounted part of a bigram's probability: its count less the discount, over its row's. */
  private static double lowerProbability(int count, double[] d, long context) {
    return (count - discount(d, count)) / context;
  }

  /**
   * True when a bigram of discounted probability {@code discounted} and backed-off estimate {@code
   * log10 backedOff} differs from that estimate by at least {@code epsilon} in log10.
   */
  private static boolean informative(double discounted, double backedOff, double epsilon) {
    double p = discounted + Math.pow(10, backedOff);
    return Math.log10(p) - backedOff >= epsilon;
  }

  /**
   * The discounts of modified Kneser-Ney (Chen and Goodman) for counts 1, 2 and 3 or more, from the
   * numbers of n-grams seen once to four times ({@code countOfCounts[1..4]}).
   */
  static double[] discounts(long[] countOfCounts) {
    double y = countOfCounts[1] / (countOfCounts[1] + 2.0 * countOfCounts[2]);
    return new double[] {
      0,
      1 - 2 * y * countOfCounts[2] / countOfCounts[1],
      2 - 3 * y * countOfCounts[3] / countOfCounts[2],
      3 - 4 * y * countOfCounts[4] / countOfCounts[3]
    };
  }

  /** The discount of an n-gram seen {@code count} times. */
  static double discount(double[] d, int count) {
    return count == 0 ? 0 : d[Math.min(count, 3)];
  }

  private static byte quantize(double log10) {
    long q = Math.round(-log10 / RestorerModel.QUANT_STEP);
    return (byte) Math.min(255, Math.max(0, q));
  }
}
