package io.github.vnsearch.analysis.vi.restore;

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
 * The syllable bigram language model behind {@link DiacriticRestorer}: a vocabulary of lower-case
 * syllables (ids ordered by folded form, then by frequency), Kneser-Ney smoothed bigram
 * log-probabilities quantized to a byte, and an FST from each folded syllable to the id range of
 * its accented spellings. Immutable and thread-safe once loaded.
 */
final class RestorerModel {

  static final String CODEC = "VnSearchDiacriticRestorer";
  static final int VERSION = 1;
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
    fst = new FST<>(FST.readMetadata(in, PositiveIntOutputs.getSingleton()), in);
  }

  /** Reads a model written by {@link RestorerModelBuilder}. */
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
    int lo = rowStart[prev];
    int hi = rowStart[prev + 1] - 1;
    char key = (char) next;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      char v = bigramNext[mid];
      if (v < key) {
        lo = mid + 1;
      } else if (v > key) {
        hi = mid - 1;
      } else {
        return -(bigramScore[mid] & 0xFF) * QUANT_STEP;
      }
    }
    return logBackoff[prev] + logUnigram[next];
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
        + fst.ramBytesUsed();
  }

  /** Number of stored bigrams. */
  int bigramCount() {
    return bigramNext.length;
  }
}
