package io.github.vnsearch.restore;

import io.github.vnsearch.analysis.vi.VietnameseFoldingFilter;
import io.github.vnsearch.analysis.vi.VietnameseNormalizationCharFilter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.fst.FST;

/**
 * Per-thread working memory of {@link DiacriticRestorer}: the syllables of one text, the candidate
 * spellings of each, and the trigram Viterbi scores over them. Reused from call to call so that
 * restoring a query allocates little more than the result string.
 */
final class Lattice {

  private final RestorerModel model;
  private final FST.BytesReader reader;
  private final FST.Arc<Long> arc = new FST.Arc<>();

  private CharSequence text;
  private int count;
  private int[] start = new int[16];
  private int[] end = new int[16];
  private boolean[] breakBefore = new boolean[16];
  private boolean[] fixed = new boolean[16];
  private boolean[] accented = new boolean[16];
  private boolean[] name = new boolean[16];
  private int[] firstCandidate = new int[17];

  private int candidates;
  private int[] candidateId = new int[64];
  private int[] stateStart = new int[17];
  private double[] alpha = new double[64];
  private int[] back = new int[64];

  /** Per candidate of the syllable being scored: best score, its state, bigram log-probability. */
  private double[] bestOf = new double[16];

  private int[] argOf = new int[16];
  private float[] bigramOf = new float[16];

  private char[] scratch = new char[32];
  private double bestScore;

  Lattice(RestorerModel model) {
    this.model = model;
    this.reader = model.fst.getBytesReader();
  }

  /** Splits {@code text} into syllables and finds the candidate spellings of each. */
  void build(CharSequence text) {
    this.text = text;
    count = 0;
    candidates = 0;
    boolean lowerCase = false;
    for (int i = 0; i < text.length() && !lowerCase; i++) {
      lowerCase = Character.isLowerCase(text.charAt(i));
    }
    boolean hasLowerCase = lowerCase;
    SyllableChars.forEachSyllable(
        text,
        (s, e, broken, sentenceStart) -> {
          addSyllable(s, e, broken || count == 0, hasLowerCase);
          name[count - 1] = !sentenceStart && SyllableChars.isCapitalized(text, s, e);
        });
    firstCandidate[count] = candidates;
  }

  private void addSyllable(int s, int e, boolean broken, boolean protectCapitals) {
    if (count + 1 >= start.length) {
      int size = ArrayUtil.oversize(count + 2, Integer.BYTES);
      start = ArrayUtil.growExact(start, size);
      end = ArrayUtil.growExact(end, size);
      breakBefore = java.util.Arrays.copyOf(breakBefore, size);
      fixed = java.util.Arrays.copyOf(fixed, size);
      accented = java.util.Arrays.copyOf(accented, size);
      name = java.util.Arrays.copyOf(name, size);
      firstCandidate = ArrayUtil.growExact(firstCandidate, size + 1);
      stateStart = ArrayUtil.growExact(stateStart, size + 1);
    }
    int len = e - s;
    scratch = ArrayUtil.grow(scratch, len);
    boolean ascii = true;
    boolean marked = false;
    boolean allCaps = len > 1;
    for (int j = 0; j < len; j++) {
      char c = text.charAt(s + j);
      allCaps &= Character.isUpperCase(c);
      char lower = Character.toLowerCase(c);
      scratch[j] = lower;
      // Only ASCII letters are restored (the Kelvin sign K lower-cases to an ASCII k).
      if (c >= 0x80 || lower < 'a' || lower > 'z') {
        ascii = false;
        marked |= VietnameseFoldingFilter.fold(lower) != lower;
      }
    }
    start[count] = s;
    end[count] = e;
    breakBefore[count] = broken;
    accented[count] = marked;
    firstCandidate[count] = candidates;
    // An acronym such as NATO inside otherwise lower-case text is not an unaccented syllable.
    boolean restorable = ascii && !(allCaps && protectCapitals);
    long entry = restorable || marked ? lookup(len) : -1;
    if (restorable && entry >= 0) {
      int first = (int) (entry >>> 16);
      int n = (int) (entry & 0xFF);
      ensureCandidates(candidates + n);
      for (int j = 0; j < n; j++) {
        candidateId[candidates++] = first + j;
      }
      fixed[count] = false;
    } else {
      ensureCandidates(candidates + 1);
      candidateId[candidates++] = entry >= 0 ? findSpelling(entry, len) : RestorerModel.UNK;
      fixed[count] = true;
    }
    count++;
  }

  private void ensureCandidates(int size) {
    if (size > candidateId.length) {
      int n = ArrayUtil.oversize(size, Integer.BYTES);
      candidateId = ArrayUtil.growExact(candidateId, n);
    }
  }

  /**
   * Looks up the folded form of {@code scratch[0..len)} (lower-case letters) and returns the FST
   * output, or -1 when the syllable is unknown or not made of Vietnamese letters.
   */
  private long lookup(int len) {
    try {
      FST<Long> fst = model.fst;
      fst.getFirstArc(arc);
      long output = 0;
      for (int j = 0; j < len; j++) {
        char f = VietnameseFoldingFilter.fold(scratch[j]);
        if (f < 'a' || f > 'z' || fst.findTargetArc(f, arc, arc, reader) == null) {
          return -1;
        }
        output += arc.output();
      }
      if (!arc.isFinal()) {
        return -1;
      }
      return output + arc.nextFinalOutput();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // on-heap FST: cannot happen
    }
  }

  /** Id of the spelling in {@code scratch[0..len)} among the variants of {@code entry}, or UNK. */
  private int findSpelling(long entry, int len) {
    // Typed accents are rare in the queries this serves: normalizing allocates, and that is fine.
    String normalized = VietnameseNormalizationCharFilter.normalize(new String(scratch, 0, len));
    if (normalized.length() != len) {
      return RestorerModel.UNK;
    }
    normalized.getChars(0, len, scratch, 0);
    int first = (int) (entry >>> 16);
    int variants = (int) ((entry >>> 8) & 0xFF);
    for (int id = first; id < first + variants; id++) {
      if (model.matches(id, scratch, len)) {
        return id;
      }
    }
    return RestorerModel.UNK;
  }

  int syllableCount() {
    return count;
  }

  /** Number of syllables that carry a diacritic as typed. */
  int accentedCount() {
    int n = 0;
    for (int i = 0; i < count; i++) {
      n += accented[i] ? 1 : 0;
    }
    return n;
  }

  /** Number of syllables that are typed without diacritics and are known to the model. */
  int restorableCount() {
    int n = 0;
    for (int i = 0; i < count; i++) {
      n += fixed[i] ? 0 : 1;
    }
    return n;
  }

  /** Number of candidates of syllable {@code i}. */
  private int candidateCount(int i) {
    return firstCandidate[i + 1] - firstCandidate[i];
  }

  /** Number of left contexts of syllable {@code i}: one (sentence start) or the previous's. */
  private int contextCount(int i) {
    return i == 0 || breakBefore[i] ? 1 : candidateCount(i - 1);
  }

  /** Syllable id of left context {@code p} of syllable {@code i}. */
  private int contextId(int i, int p) {
    return i == 0 || breakBefore[i] ? RestorerModel.BOS : candidateId[firstCandidate[i - 1] + p];
  }

  /** Candidate (flat index) of state {@code s} of syllable {@code i}. */
  private int candidateOf(int i, int s) {
    return firstCandidate[i] + (s - stateStart[i]) % candidateCount(i);
  }

  /** Left context index of state {@code s} of syllable {@code i}. */
  private int contextOf(int i, int s) {
    return (s - stateStart[i]) / candidateCount(i);
  }

  /** Score of ending the sentence after state {@code s} of syllable {@code i}. */
  private float endScore(int i, int s) {
    return model.logProb(
        contextId(i, contextOf(i, s)), candidateId[candidateOf(i, s)], RestorerModel.EOS);
  }

  /** Score of spelling candidate {@code c} given how syllable {@code i} was typed. */
  private float emission(int i, int c) {
    return name[i] && !fixed[i] ? model.logCapitalized(candidateId[c]) : 0f;
  }

  /**
   * Fills the second-order Viterbi scores, one state per (previous candidate, candidate) pair;
   * returns the best last state (count must be > 0).
   */
  int viterbi() {
    int states = 0;
    for (int i = 0; i < count; i++) {
      stateStart[i] = states;
      states += contextCount(i) * candidateCount(i);
    }
    stateStart[count] = states;
    if (states > alpha.length) {
      int n = ArrayUtil.oversize(states, Double.BYTES);
      alpha = new double[n];
      back = new int[n];
    }
    for (int i = 0; i < count; i++) {
      int base = stateStart[i];
      int n = candidateCount(i);
      int first = firstCandidate[i];
      if (i == 0 || breakBefore[i]) {
        double bestEnd = 0;
        int argEnd = -1;
        if (i > 0) {
          bestEnd = Double.NEGATIVE_INFINITY;
          for (int t = stateStart[i - 1]; t < base; t++) {
            double score = alpha[t] + endScore(i - 1, t);
            if (score > bestEnd) {
              bestEnd = score;
              argEnd = t;
            }
          }
        }
        for (int c = 0; c < n; c++) {
          int id = candidateId[first + c];
          alpha[base + c] = bestEnd + model.logProb(RestorerModel.BOS, id) + emission(i, first + c);
          back[base + c] = argEnd;
        }
        continue;
      }
      int previousCount = candidateCount(i - 1);
      int previousContexts = contextCount(i - 1);
      int previousBase = stateStart[i - 1];
      if (n > bestOf.length) {
        bestOf = new double[ArrayUtil.oversize(n, Double.BYTES)];
        argOf = new int[bestOf.length];
        bigramOf = new float[bestOf.length];
      }
      for (int p = 0; p < previousCount; p++) {
        int prevId = candidateId[firstCandidate[i - 1] + p];
        for (int c = 0; c < n; c++) {
          bigramOf[c] = model.logProb(prevId, candidateId[first + c]);
          bestOf[c] = Double.NEGATIVE_INFINITY;
          argOf[c] = -1;
        }
        for (int q = 0; q < previousContexts; q++) {
          int t = previousBase + q * previousCount + p;
          int context = model.trigramContext(contextId(i - 1, q), prevId);
          for (int c = 0; c < n; c++) {
            double score = alpha[t] + model.logProb(context, candidateId[first + c], bigramOf[c]);
            if (score > bestOf[c]) {
              bestOf[c] = score;
              argOf[c] = t;
            }
          }
        }
        for (int c = 0; c < n; c++) {
          alpha[base + p * n + c] = bestOf[c] + emission(i, first + c);
          back[base + p * n + c] = argOf[c];
        }
      }
    }
    double best = Double.NEGATIVE_INFINITY;
    int arg = -1;
    for (int s = stateStart[count - 1]; s < states; s++) {
      double score = alpha[s] + endScore(count - 1, s);
      if (score > best) {
        best = score;
        arg = s;
      }
    }
    bestScore = best;
    return arg;
  }

  /** The best restoration of the text given to {@link #build}. */
  String best() {
    if (count == 0) {
      return text.toString();
    }
    char[] out = new char[text.length()];
    copyText(out);
    for (int s = viterbi(), i = count - 1; i >= 0; s = back[s], i--) {
      write(out, i, candidateOf(i, s));
    }
    return new String(out);
  }

  private void copyText(char[] out) {
    if (text instanceof String s) {
      s.getChars(0, s.length(), out, 0);
    } else {
      for (int j = 0; j < out.length; j++) {
        out[j] = text.charAt(j);
      }
    }
  }

  /** Writes candidate {@code c} over syllable {@code i}, keeping the case of each typed char. */
  private void write(char[] out, int i, int c) {
    if (fixed[i]) {
      return;
    }
    int id = candidateId[c];
    int s = start[i];
    for (int j = 0; j < end[i] - s; j++) {
      char ch = model.charAt(id, j);
      out[s + j] = Character.isUpperCase(out[s + j]) ? Character.toUpperCase(ch) : ch;
    }
  }

  /** A partial path in the k-best search, from a state to the end of the text. */
  private record Node(int position, int state, double suffix, double priority, Node next) {}

  /** Best first; among equal scores the node nearest the start, so ties complete depth-first. */
  private static int compare(Node a, Node b) {
    int c = Double.compare(b.priority, a.priority);
    return c != 0 ? c : Integer.compare(a.position, b.position);
  }

  private static boolean containsText(List<Restoration> list, String text) {
    for (Restoration r : list) {
      if (r.text().equals(text)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The {@code k} best restorations, best first, by A* search from the end of the text using the
   * Viterbi scores as an exact estimate of the best prefix.
   */
  List<Restoration> kBest(int k) {
    List<Restoration> result = new ArrayList<>(k);
    if (count == 0) {
      result.add(new Restoration(text.toString(), 0));
      return result;
    }
    String best = best();
    PriorityQueue<Node> queue = new PriorityQueue<>(Lattice::compare);
    // Bounds the work on long texts with many near-ties; the best reading is always returned.
    long budget = (long) k * count * 64 + 1024;
    int last = count - 1;
    for (int s = stateStart[last]; s < stateStart[count]; s++) {
      double suffix = endScore(last, s);
      queue.add(new Node(last, s, suffix, alpha[s] + suffix, null));
    }
    while (!queue.isEmpty() && result.size() < k && budget-- > 0) {
      Node node = queue.poll();
      int i = node.position;
      if (i == 0) {
        char[] out = new char[text.length()];
        copyText(out);
        for (Node n = node; n != null; n = n.next) {
          write(out, n.position, candidateOf(n.position, n.state));
        }
        String restored = new String(out);
        if (result.isEmpty() && !restored.equals(best)) {
          // A tie with the Viterbi path: report first the reading restore() gives.
          result.add(new Restoration(best, node.priority));
        }
        if (!containsText(result, restored)) {
          result.add(new Restoration(restored, node.priority));
        }
        continue;
      }
      int c = candidateOf(i, node.state);
      int id = candidateId[c];
      double here = node.suffix + emission(i, c);
      if (breakBefore[i]) {
        float start = model.logProb(RestorerModel.BOS, id);
        for (int t = stateStart[i - 1]; t < stateStart[i]; t++) {
          double suffix = here + endScore(i - 1, t) + start;
          queue.add(new Node(i - 1, t, suffix, alpha[t] + suffix, node));
        }
        continue;
      }
      int p = contextOf(i, node.state);
      int prevId = candidateId[firstCandidate[i - 1] + p];
      int previousCount = candidateCount(i - 1);
      for (int q = 0; q < contextCount(i - 1); q++) {
        int t = stateStart[i - 1] + q * previousCount + p;
        double suffix = here + model.logProb(contextId(i - 1, q), prevId, id);
        queue.add(new Node(i - 1, t, suffix, alpha[t] + suffix, node));
      }
    }
    if (result.isEmpty()) {
      result.add(new Restoration(best, bestScore));
    }
    return result.size() > k ? result.subList(0, k) : result;
  }
}
