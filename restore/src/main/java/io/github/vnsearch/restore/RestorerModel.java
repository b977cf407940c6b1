package io.github.vnsearch.restore;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.store.InputStreamDataInput;
import org.apache.lucene.util.fst.FST;
import org.apache.lucene.util.fst.PositiveIntOutputs;

/**
 * The syllable trigram language model behind {@link DiacriticRestorer}: a vocabulary of lower-case
 * syllables (ids ordered by folded form, then by frequency), Kneser-Ney smoothed bigram and trigram
 * log-probabilities quantized to a byte, and an FST from each folded syllable to the id range of
 * its accented spellings. Immutable and thread-safe once loaded.
 */
final class RestorerModel {

  static final String CODEC = "VnSearchDiacriticRestorer";
  static final int VERSION = 2;
  static final String RESOURCE = "diacritic-restorer.bin";

  /** Reserved ids: sentence start, sentence end, and any syllable outside the vocabulary. */
  static final int BOS = 0;

  static final int EOS = 1;
  static final int UNK = 2;

  /** A quantized bigram score {@code q} stands for log10 probability {@code -q * QUANT_STEP}. */
  static final float QUANT_STEP = 0.04f;

  /** FST outputs pack {@code firstId << 16 | variants << 8 | candidates}. */
  static final int MAX_CANDIDATES = 255;

  final int size;
  private final char[] chars;
  private final int[] charStart;
  private final float[] logUnigram;
  private final float[] logBackoff;
  private final byte[] capitalized;
  private final int[] rowStart;
  private final char[] bigramNext;
  private final byte[] bigramScore;

  /** Trigrams of the bigram context with index {@code i}: {@code trigramStart[i..i+1)}. */
  private final int[] trigramStart;

  private final byte[] trigramBackoff;
  private final char[] trigramNext;
  private final byte[] trigramScore;
  final FST<Long> fst;

  private RestorerModel(DataInput in) throws IOException {
    CodecUtil.checkHeader(in, CODEC, VERSION, VERSION);
    size = in.readVInt();
    charStart = new int[size + 1];
    StringBuilder all = new StringBuilder(size * 5);
    for (int id = 0; id < size; id++) {
      charStart[id] = all.length();
      all.append(in.readString());
    }
    charStart[size] = all.length();
    chars = all.toString().toCharArray();
    logUnigram = new float[size];
    logBackoff = new float[size];
    capitalized = new byte[size];
    for (int id = 0; id < size; id++) {
      logUnigram[id] = Float.intBitsToFloat(in.readInt());
      logBackoff[id] = Float.intBitsToFloat(in.readInt());
      capitalized[id] = in.readByte();
    }
    int total = in.readVInt();
    rowStart = new int[size + 1];
    bigramNext = new char[total];
    bigramScore = new byte[total];
    int at = 0;
    for (int id = 0; id < size; id++) {
      rowStart[id] = at;
      int n = in.readVInt();
      int next = 0;
      for (int i = 0; i < n; i++) {
        next += in.readVInt();
        bigramNext[at] = (char) next;
        bigramScore[at] = in.readByte();
        at++;
      }
    }
    rowStart[size] = at;
    if (at != total) {
      throw new IOException("corrupt restorer model: " + at + " bigrams, expected " + total);
    }
    int contexts = in.readVInt();
    int trigrams = in.readVInt();
    trigramStart = new int[total + 1];
    trigramBackoff = new byte[total];
    trigramNext = new char[trigrams];
    trigramScore = new byte[trigrams];
    int context = 0;
    int index = 0;
    at = 0;
    for (int c = 0; c < contexts; c++) {
      index += in.readVInt();
      if (index >= total || index < context) {
        throw new IOException("corrupt restorer model: trigram context " + index);
      }
      while (context <= index) {
        trigramStart[context++] = at;
      }
      trigramBackoff[index] = in.readByte();
      int n = in.readVInt();
      int next = 0;
      for (int i = 0; i < n; i++) {
        next += in.readVInt();
        trigramNext[at] = (char) next;
        trigramScore[at] = in.readByte();
        at++;
      }
      context = index + 1;
    }
    while (context <= total) {
      trigramStart[context++] = at;
    }
    if (at != trigrams) {
      throw new IOException("corrupt restorer model: " + at + " trigrams, expected " + trigrams);
    }
    fst = new FST<>(FST.readMetadata(in, PositiveIntOutputs.getSingleton()), in);
  }

  /** Reads a model written by {@code RestorerModelBuilder} (the tools module). */
  static RestorerModel read(InputStream stream) throws IOException {
    return new RestorerModel(new InputStreamDataInput(new BufferedInputStream(stream, 1 << 16)));
  }

  /** Holder idiom: the bundled model is read once, on first use. */
  private static final class Holder {
    static final RestorerModel INSTANCE = loadBundled();

    private static RestorerModel loadBundled() {
      try (InputStream in = RestorerModel.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing classpath resource " + RESOURCE);
        }
        return read(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read restorer model " + RESOURCE, e);
      }
    }
  }

  /** The model bundled with this module, loaded lazily once per JVM. */
  static RestorerModel bundled() {
    return Holder.INSTANCE;
  }

  /** Log10 probability of syllable {@code next} following syllable {@code prev}. */
  float logProb(int prev, int next) {
    int index = find(bigramNext, rowStart[prev], rowStart[prev + 1], next);
    if (index >= 0) {
      return -(bigramScore[index] & 0xFF) * QUANT_STEP;
    }
    return logBackoff[prev] + logUnigram[next];
  }

  /** Log10 probability of syllable {@code next} following {@code prev2 prev}. */
  float logProb(int prev2, int prev, int next) {
    int context = find(bigramNext, rowStart[prev2], rowStart[prev2 + 1], prev);
    if (context < 0 || trigramStart[context] == trigramStart[context + 1]) {
      return logProb(prev, next);
    }
    int index = find(trigramNext, trigramStart[context], trigramStart[context + 1], next);
    if (index >= 0) {
      return -(trigramScore[index] & 0xFF) * QUANT_STEP;
    }
    return -(trigramBackoff[context] & 0xFF) * QUANT_STEP + logProb(prev, next);
  }

  /**
   * The trigram context {@code prev2 prev} for {@link #logProb(int, int, float)}: the index of the
   * bigram when trigrams follow it, else -1.
   */
  int trigramContext(int prev2, int prev) {
    int context = find(bigramNext, rowStart[prev2], rowStart[prev2 + 1], prev);
    return context < 0 || trigramStart[context] == trigramStart[context + 1] ? -1 : context;
  }

  /**
   * The same as {@link #logProb(int, int, int)} given its {@link #trigramContext} and {@code
   * bigram}, the {@link #logProb(int, int)} of {@code prev next}: the Viterbi search scores every
   * pair of contexts and candidates, and looks each up once.
   */
  float logProb(int context, int next, float bigram) {
    if (context < 0) {
      return bigram;
    }
    int index = find(trigramNext, trigramStart[context], trigramStart[context + 1], next);
    if (index >= 0) {
      return -(trigramScore[index] & 0xFF) * QUANT_STEP;
    }
    return -(trigramBackoff[context] & 0xFF) * QUANT_STEP + bigram;
  }

  /** Index of {@code key} in the sorted {@code keys[from..to)}, or -1. */
  private static int find(char[] keys, int from, int to, int key) {
    int lo = from;
    int hi = to - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      char v = keys[mid];
      if (v < key) {
        lo = mid + 1;
      } else if (v > key) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  /** Log10 probability that syllable {@code id} is capitalized when not first in a sentence. */
  float logCapitalized(int id) {
    return -(capitalized[id] & 0xFF) * QUANT_STEP;
  }

  /** Number of chars of syllable {@code id}. */
  int length(int id) {
    return charStart[id + 1] - charStart[id];
  }

  /** The {@code i}-th char of syllable {@code id}. */
  char charAt(int id, int i) {
    return chars[charStart[id] + i];
  }

  /** True when syllable {@code id} is exactly {@code s[0..len)}. */
  boolean matches(int id, char[] s, int len) {
    int start = charStart[id];
    if (charStart[id + 1] - start != len) {
      return false;
    }
    for (int i = 0; i < len; i++) {
      if (chars[start + i] != s[i]) {
        return false;
      }
    }
    return true;
  }

  /** Syllable {@code id} as a string (for tests and tools). */
  String syllable(int id) {
    return new String(chars, charStart[id], length(id));
  }

  /** Approximate heap bytes used by the model. */
  long ramBytesUsed() {
    return chars.length * 2L
        + charStart.length * 4L
        + logUnigram.length * 9L
        + rowStart.length * 4L
        + bigramNext.length * 3L
        + trigramStart.length * 4L
        + trigramBackoff.length
        + trigramNext.length * 3L
        + fst.ramBytesUsed();
  }

  /** Number of stored trigrams. */
  int trigramCount() {
    return trigramNext.length;
  }

  /** Number of stored bigrams. */
  int bigramCount() {
    return bigramNext.length;
  }
}
