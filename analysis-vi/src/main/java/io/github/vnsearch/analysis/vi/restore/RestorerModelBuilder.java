package io.github.vnsearch.analysis.vi.restore;

import io.github.vnsearch.analysis.vi.VietnameseFoldingFilter;
import io.github.vnsearch.analysis.vi.VietnameseNormalizationCharFilter;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
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
 * Regenerates the {@link DiacriticRestorer} model: counts lower-cased syllable unigrams, bigrams
 * and trigrams, normalized by {@link VietnameseNormalizationCharFilter#normalize} (NFC, one
 * tone-mark placement), in a news corpus (JSON Lines, gzipped, {@code title} and {@code body}
 * members), adds the syllables and in-word bigrams of a headword list, smooths with interpolated
 * Kneser-Ney, prunes rare bigrams and uninformative trigrams and writes the binary resource plus
 * its SHA-256.
 *
 * <p>Usage: {@code RestorerModelBuilder --corpus vntc.jsonl.gz [--dictionary dictionary.json |
 * words.txt] --out diacritic-restorer.bin [--min-unigram 3] [--min-bigram 3] [--dict-weight 2]
 * [--min-trigram 5] [--trigram-epsilon 0.5]}: trigrams seen at least {@code min-trigram} times are
 * kept when their probability differs from the backed-off estimate by more than {@code
 * trigram-epsilon} (log10).
 */
public final class RestorerModelBuilder {

  private static final int MAX_VOCABULARY = 65_000;
  private static final int MAX_SYLLABLE_LENGTH = 12;
  private static final int MAX_CANDIDATES = 16;

  /** Trigram keys pack three ids of 21 bits. */
  private static final int MAX_TEMPORARY_IDS = 1 << 21;

  private final Map<String, Integer> ids = new HashMap<>();
  private final List<String> syllables = new ArrayList<>(List.of("<s>", "</s>", "<unk>"));
  private long[] counts = new long[1 << 16];
  private boolean[] inDictionary = new boolean[1 << 16];
  private int[] inSentence = new int[1 << 16];
  private int[] capitalized = new int[1 << 16];
  private final LongIntMap bigrams = new LongIntMap(1 << 22);
  private final LongIntMap trigrams = new LongIntMap(1 << 24);
  private long skippedLines;

  private RestorerModelBuilder() {}

  /** Command-line entry point; see the class documentation for the arguments. */
  public static void main(String[] args) throws IOException {
    Map<String, String> opts = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        usage("unexpected argument " + args[i]);
      }
      opts.put(args[i].substring(2), args[i + 1]);
    }
    if (args.length % 2 != 0 || !opts.containsKey("corpus") || !opts.containsKey("out")) {
      usage("--corpus and --out are required");
    }
    int minUnigram = Integer.parseInt(opts.getOrDefault("min-unigram", "3"));
    int minBigram = Integer.parseInt(opts.getOrDefault("min-bigram", "3"));
    int dictWeight = Integer.parseInt(opts.getOrDefault("dict-weight", "2"));
    int minTrigram = Integer.parseInt(opts.getOrDefault("min-trigram", "5"));
    double epsilon = Double.parseDouble(opts.getOrDefault("trigram-epsilon", "0.5"));
    RestorerModelBuilder b = new RestorerModelBuilder();
    long t0 = System.nanoTime();
    b.countCorpus(Path.of(opts.get("corpus")));
    if (opts.containsKey("dictionary")) {
      b.addDictionary(Path.of(opts.get("dictionary")), dictWeight);
    }
    Path out = Path.of(opts.get("out"));
    b.write(out, minUnigram, minBigram, minTrigram, epsilon);
    byte[] bytes = Files.readAllBytes(out);
    Path sha = out.resolveSibling(out.getFileName() + ".sha256");
    Files.writeString(sha, sha256(bytes) + "\n", StandardCharsets.US_ASCII);
    System.err.printf(
        Locale.ROOT,
        "wrote %s (%,d bytes) and %s in %.1f s%n",
        out,
        bytes.length,
        sha.getFileName(),
        (System.nanoTime() - t0) / 1e9);
  }

  private static void usage(String problem) {
    System.err.println(
        "RestorerModelBuilder: "
            + problem
            + "\nusage: --corpus FILE.jsonl.gz [--dictionary dictionary.json|words.txt] --out FILE"
            + " [--min-unigram N] [--min-bigram N] [--dict-weight N] [--min-trigram N]"
            + " [--trigram-epsilon X]");
    System.exit(2);
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  // ---------------------------------------------------------------- counting

  private void countCorpus(Path corpus) throws IOException {
    long lines = 0;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(corpus), 1 << 16);
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
      String line;
      String[] fields = new String[2];
      while ((line = reader.readLine()) != null) {
        lines++;
        if (line.isBlank()) {
          continue;
        }
        fields[0] = null;
        fields[1] = null;
        JsonScanner.members(
            line,
            corpus + ":" + lines,
            (name, value) -> {
              if (name.equals("title")) {
                fields[0] = value;
              } else if (name.equals("body")) {
                fields[1] = value;
              }
            });
        for (String text : fields) {
          if (text != null) {
            for (String paragraph : VietnameseNormalizationCharFilter.normalize(text).split("\n")) {
              if (isAccentedVietnamese(paragraph)) {
                countText(paragraph);
              } else {
                skippedLines++;
              }
            }
          }
        }
        if (lines % 10_000 == 0) {
          System.err.printf(
              Locale.ROOT,
              "%,d articles, %,d syllable types, %,d bigram types%n",
              lines,
              syllables.size(),
              bigrams.size());
        }
      }
    }
    System.err.printf(
        Locale.ROOT, "skipped %,d paragraphs typed without diacritics or foreign%n", skippedLines);
  }

  /**
   * False for a paragraph of four or more syllables of which fewer than a fifth carry a diacritic:
   * text typed without marks, or in another language. Counting it would teach the model that
   * unaccented spellings are Vietnamese words ({@code ban co the}); real Vietnamese marks about
   * three syllables in four.
   */
  static boolean isAccentedVietnamese(String line) {
    int syllables = 0;
    int accented = 0;
    int i = 0;
    int n = line.length();
    while (i < n) {
      if (!SyllableChars.isSyllableChar(line.charAt(i))) {
        i++;
        continue;
      }
      boolean marked = false;
      while (i < n && SyllableChars.isSyllableChar(line.charAt(i))) {
        char c = Character.toLowerCase(line.charAt(i));
        marked |= VietnameseFoldingFilter.fold(c) != c;
        i++;
      }
      syllables++;
      accented += marked ? 1 : 0;
    }
    return syllables < 4 || accented * 5 >= syllables;
  }

  /**
   * Counts the syllables of one text, sentence by sentence (any non-space separator breaks the
   * bigram context), and how often each syllable is capitalized inside a sentence.
   */
  private void countText(String text) {
    TextCounter counter = new TextCounter(text);
    SyllableChars.forEachSyllable(text, counter);
    counter.finish();
  }

  /** Counts one text's syllables, bigrams and trigrams as {@link SyllableChars} walks it. */
  private final class TextCounter implements SyllableChars.SyllableVisitor {
    private final String text;
    private int prev2 = RestorerModel.BOS;
    private int prev = RestorerModel.BOS;

    TextCounter(String text) {
      this.text = text;
    }

    @Override
    public void syllable(int start, int end, boolean broken, boolean sentenceStart) {
      if (broken && prev != RestorerModel.BOS) {
        finish();
        prev2 = RestorerModel.BOS;
        prev = RestorerModel.BOS;
      }
      int id = intern(text.substring(start, end), false);
      counts[id]++;
      if (!sentenceStart) {
        inSentence[id]++;
        if (SyllableChars.isCapitalized(text, start, end)) {
          capitalized[id]++;
        }
      }
      bigrams.add(key(prev, id), 1);
      if (prev != RestorerModel.BOS) {
        trigrams.add(key(prev2, prev, id), 1);
      }
      prev2 = prev;
      prev = id;
    }

    /** Ends the current sentence context, if there is one. */
    void finish() {
      if (prev != RestorerModel.BOS) {
        bigrams.add(key(prev, RestorerModel.EOS), 1);
        trigrams.add(key(prev2, prev, RestorerModel.EOS), 1);
      }
    }
  }

  /**
   * Lower-case form of a syllable of normalized text, or null when it is not made of Vietnamese
   * letters.
   */
  static String normalizeSyllable(String syllable) {
    if (syllable.length() > MAX_SYLLABLE_LENGTH) {
      return null;
    }
    String s = syllable.toLowerCase(Locale.ROOT);
    for (int i = 0; i < s.length(); i++) {
      char f = VietnameseFoldingFilter.fold(s.charAt(i));
      if (f < 'a' || f > 'z') {
        return null;
      }
    }
    return s;
  }

  private int intern(String raw, boolean fromDictionary) {
    String s = normalizeSyllable(raw);
    if (s == null) {
      return RestorerModel.UNK;
    }
    Integer id = ids.get(s);
    if (id == null && syllables.size() >= MAX_TEMPORARY_IDS) {
      return RestorerModel.UNK;
    }
    if (id == null) {
      id = syllables.size();
      ids.put(s, id);
      syllables.add(s);
      if (id >= counts.length) {
        counts = Arrays.copyOf(counts, counts.length * 2);
        inDictionary = Arrays.copyOf(inDictionary, inDictionary.length * 2);
        inSentence = Arrays.copyOf(inSentence, inSentence.length * 2);
        capitalized = Arrays.copyOf(capitalized, capitalized.length * 2);
      }
    }
    if (fromDictionary) {
      inDictionary[id] = true;
    }
    return id;
  }

  /**
   * Adds each headword's syllables to the vocabulary and {@code weight} to the counts of its
   * syllables and in-word bigrams, so that dictionary words are known even when the corpus misses
   * them.
   */
  private void addDictionary(Path file, int weight) throws IOException {
    List<String> words = new ArrayList<>();
    if (file.toString().endsWith(".json")) {
      JsonScanner.members(
          Files.readString(file, StandardCharsets.UTF_8),
          file.toString(),
          (name, value) -> words.add(name));
    } else {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          words.add(line.strip());
        }
      }
    }
    int added = 0;
    for (String word : words) {
      String[] parts = VietnameseNormalizationCharFilter.normalize(word).split(" +");
      int[] wordIds = new int[parts.length];
      boolean ok = true;
      for (int i = 0; i < parts.length && ok; i++) {
        wordIds[i] = intern(parts[i], true);
        ok = wordIds[i] != RestorerModel.UNK;
      }
      if (!ok) {
        continue;
      }
      added++;
      for (int i = 0; i < wordIds.length; i++) {
        counts[wordIds[i]] += weight;
        if (i > 0) {
          bigrams.add(key(wordIds[i - 1], wordIds[i]), weight);
        }
      }
    }
    System.err.printf(Locale.ROOT, "dictionary: %,d of %,d headwords added%n", added, words.size());
  }

  private static long key(int a, int b) {
    return ((long) a << 32) | b;
  }

  private static long key(int a, int b, int c) {
    return ((long) a << 42) | ((long) b << 21) | c;
  }

  // ---------------------------------------------------------------- model

  private void write(Path out, int minUnigram, int minBigram, int minTrigram, double epsilon)
      throws IOException {
    // Vocabulary: frequent or dictionary syllables, ordered by folded form, then by frequency.
    List<Integer> kept = new ArrayList<>();
    for (int id = 3; id < syllables.size(); id++) {
      if (counts[id] >= minUnigram || inDictionary[id]) {
        kept.add(id);
      }
    }
    kept.sort((a, b) -> Long.compare(counts[b], counts[a]));
    if (kept.size() > MAX_VOCABULARY - 3) {
      kept = new ArrayList<>(kept.subList(0, MAX_VOCABULARY - 3));
    }
    String[] folds = new String[syllables.size()];
    for (int id : kept) {
      folds[id] = VietnameseFoldingFilter.fold(syllables.get(id));
    }
    kept.sort(
        (a, b) -> {
          int c = folds[a].compareTo(folds[b]);
          if (c == 0) {
            c = Long.compare(counts[b], counts[a]);
          }
          return c != 0 ? c : syllables.get(a).compareTo(syllables.get(b));
        });
    int size = kept.size() + 3;
    int[] remap = new int[syllables.size()];
    Arrays.fill(remap, RestorerModel.UNK);
    remap[RestorerModel.BOS] = RestorerModel.BOS;
    remap[RestorerModel.EOS] = RestorerModel.EOS;
    String[] vocab = new String[size];
    vocab[0] = "<s>";
    vocab[1] = "</s>";
    vocab[2] = "<unk>";
    for (int i = 0; i < kept.size(); i++) {
      remap[kept.get(i)] = i + 3;
      vocab[i + 3] = syllables.get(kept.get(i));
    }

    // Bigram counts in the final id space (out-of-vocabulary syllables merged into <unk>).
    LongIntMap merged = new LongIntMap(bigrams.size());
    bigrams.forEach((k, c) -> merged.add(key(remap[(int) (k >>> 32)], remap[(int) k]), c));
    long[] context = new long[size];
    int[] following = new int[size];
    int[] preceding = new int[size];
    long[] countOfCounts = new long[3];
    long[] distinct = new long[1];
    merged.forEach(
        (k, c) -> {
          int a = (int) (k >>> 32);
          int b = (int) k;
          context[a] += c;
          following[a]++;
          preceding[b]++;
          distinct[0]++;
          if (c <= 2) {
            countOfCounts[c]++;
          }
        });
    double d = countOfCounts[1] / (countOfCounts[1] + 2.0 * countOfCounts[2]);
    float[] logUnigram = new float[size];
    float[] logBackoff = new float[size];
    for (int id = 0; id < size; id++) {
      double cont = Math.max(preceding[id], 0.5) / distinct[0];
      logUnigram[id] = (float) Math.log10(cont);
      logBackoff[id] = context[id] == 0 ? 0f : (float) Math.log10(d * following[id] / context[id]);
    }
    logUnigram[RestorerModel.BOS] = -99f;
    // How likely each syllable is to be written with a capital inside a sentence (names).
    double[] logCapitalized = new double[size];
    for (int i = 0; i < kept.size(); i++) {
      int tmp = kept.get(i);
      logCapitalized[i + 3] = Math.log10((capitalized[tmp] + 0.5) / (inSentence[tmp] + 1.0));
    }

    // Kept bigrams, sorted by (previous, next): row by row.
    long[] order = new long[merged.size()];
    int[] n = new int[1];
    merged.forEach(
        (k, c) -> {
          if (c >= minBigram) {
            order[n[0]++] = k;
          }
        });
    Arrays.sort(order, 0, n[0]);

    System.err.printf(
        Locale.ROOT,
        "vocabulary %,d, bigram types %,d, kept %,d (count >= %d), D = %.3f%n",
        size,
        merged.size(),
        n[0],
        minBigram,
        d);

    // Trigrams, in the final id space, smoothed over the exact bigram distribution.
    LongIntMap merged3 = new LongIntMap(trigrams.size());
    trigrams.forEach(
        (k, c) ->
            merged3.add(
                key(
                    remap[(int) (k >>> 42)],
                    remap[(int) (k >>> 21) & 0x1FFFFF],
                    remap[(int) k & 0x1FFFFF]),
                c));
    LongIntMap context3 = new LongIntMap(merged.size());
    LongIntMap following3 = new LongIntMap(merged.size());
    long[] countOfCounts3 = new long[3];
    merged3.forEach(
        (k, c) -> {
          long ab = key((int) (k >>> 42), (int) (k >>> 21) & 0x1FFFFF);
          context3.add(ab, c);
          following3.add(ab, 1);
          if (c <= 2) {
            countOfCounts3[c]++;
          }
        });
    double d3 = countOfCounts3[1] / (countOfCounts3[1] + 2.0 * countOfCounts3[2]);
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
          int index = Arrays.binarySearch(order, 0, n[0], key(a, b));
          if (index < 0) {
            return;
          }
          double p2 =
              context[b] == 0
                  ? Math.pow(10, logUnigram[w])
                  : Math.max(merged.get(key(b, w)) - d, 0) / context[b]
                      + Math.pow(10, logBackoff[b] + logUnigram[w]);
          long ab = key(a, b);
          double ctx = context3.get(ab);
          double backoff = d3 * following3.get(ab) / ctx;
          double p3 = Math.max(c - d3, 0) / ctx + backoff * p2;
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
        "trigram types %,d, kept %,d (count >= %d, |delta log10| >= %.2f), D3 = %.3f%n",
        merged3.size(),
        n3[0],
        minTrigram,
        epsilon,
        d3);

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
          double p =
              Math.max(merged.get(order[i]) - d, 0) / context[a]
                  + Math.pow(10, logBackoff[a] + logUnigram[b]);
          o.writeVInt(b - last);
          o.writeByte(quantize(Math.log10(p)));
          last = b;
        }
        at = end;
      }
      writeTrigrams(o, packed, order, d3, context3, following3);
      buildFst(vocab).save(o, o);
    }
  }

  private FST<Long> buildFst(String[] vocab) throws IOException {
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
      DataOutput o,
      long[] packed,
      long[] bigramKeys,
      double d3,
      LongIntMap context3,
      LongIntMap following3)
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
      double backoff = d3 * following3.get(ab) / context3.get(ab);
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

  private static byte quantize(double log10) {
    long q = Math.round(-log10 / RestorerModel.QUANT_STEP);
    return (byte) Math.min(255, Math.max(0, q));
  }

  /** Open-addressing map from long keys to int counts. */
  private static final class LongIntMap {
    private static final long EMPTY = -1L;
    private long[] keys;
    private int[] values;
    private int size;

    LongIntMap(int expected) {
      int cap = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
      keys = new long[cap];
      values = new int[cap];
      Arrays.fill(keys, EMPTY);
    }

    int size() {
      return size;
    }

    int get(long key) {
      int mask = keys.length - 1;
      int slot = (int) mix(key) & mask;
      while (keys[slot] != EMPTY && keys[slot] != key) {
        slot = (slot + 1) & mask;
      }
      return keys[slot] == EMPTY ? 0 : values[slot];
    }

    void add(long key, int delta) {
      int mask = keys.length - 1;
      int slot = (int) mix(key) & mask;
      while (keys[slot] != EMPTY && keys[slot] != key) {
        slot = (slot + 1) & mask;
      }
      if (keys[slot] == EMPTY) {
        keys[slot] = key;
        size++;
        if (size * 3L > keys.length * 2L) {
          values[slot] = delta;
          grow();
          return;
        }
      }
      values[slot] += delta;
    }

    private static long mix(long k) {
      k ^= k >>> 33;
      k *= 0xff51afd7ed558ccdL;
      k ^= k >>> 33;
      return k;
    }

    private void grow() {
      long[] oldKeys = keys;
      int[] oldValues = values;
      keys = new long[oldKeys.length * 2];
      values = new int[oldKeys.length * 2];
      Arrays.fill(keys, EMPTY);
      size = 0;
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldKeys[i] != EMPTY) {
          add(oldKeys[i], oldValues[i]);
        }
      }
    }

    void forEach(LongIntConsumer consumer) {
      for (int i = 0; i < keys.length; i++) {
        if (keys[i] != EMPTY) {
          consumer.accept(keys[i], values[i]);
        }
      }
    }
  }

  @FunctionalInterface
  private interface LongIntConsumer {
    void accept(long key, int value);
  }
}
