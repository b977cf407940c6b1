package io.github.vnsearch.analysis.vi;

import io.github.vnsearch.analysis.vi.dict.DictionaryKeys;
import io.github.vnsearch.analysis.vi.dict.WordDictionary;
import org.apache.lucene.util.ArrayUtil;

/**
 * Finds the cheapest segmentation of a run of syllables into words (Viterbi over a lattice).
 * Candidate edges: words of the system and user dictionaries (looked up by the syllable numbers of
 * the pieces' keys), unknown single syllables and foreign words, and runs of capitalized pieces
 * taken as one proper name. Costs are in the dictionary's unit (1/7 nat, {@code −ln p} of a unigram
 * model).
 *
 * <p>One instance per tokenizer; arrays are reused, so segmenting allocates nothing once the arrays
 * have grown.
 */
final class WordLattice {

  static final byte WORD = 0;
  static final byte NAME = 1;

  /** Cost of a syllable that the dictionary does not know. */
  static final int UNKNOWN_SYLLABLE_COST = 130;

  /** Cost of a foreign word standing alone. */
  static final int FOREIGN_COST = 90;

  /** Fixed cost of a proper name (a run of two or more capitalized pieces). */
  static final int NAME_COST = 30;

  /** Added per piece of a proper name. */
  static final int NAME_PIECE_COST = 45;

  /**
   * Added per piece of a proper name in treebank-style segmentation ({@link #treebankNames}): a
   * two-piece name then costs 100, less than most pairs of words it could also be read as ({@code
   * Bình Triệu}, {@code Sông Cầu}, {@code Minh Sang}).
   */
  static final int TREEBANK_NAME_PIECE_COST = 35;

  /** Added to every word, so that fewer, longer words are preferred. */
  static final int WORD_COST = 0;

  static final int MAX_WORD_PIECES = 8;
  static final int MAX_NAME_PIECES = 5;

  /**
   * At the start of a sentence, a capitalized piece this common as a word ({@code Anh}, {@code
   * Chị}, {@code Ông}) does not start a proper name: its capital is the sentence's.
   */
  static final int SENTENCE_START_NAME_MIN_COST = 50;

  /** {@link #SENTENCE_START_NAME_MIN_COST} in treebank-style segmentation. */
  static final int TREEBANK_SENTENCE_START_NAME_MIN_COST = 60;

  /** The system dictionary, whose syllable numbers the scanner supplies; or null. */
  private final WordDictionary system;

  /** The user dictionary, or null. */
  private final WordDictionary user;

  private int namePieceCost = NAME_PIECE_COST;
  private int sentenceStartNameMinCost = SENTENCE_START_NAME_MIN_COST;

  /** The user dictionary's numbers of a run's syllables (the scanner has the system's). */
  private int[] userIds = new int[64];

  private char[] key = new char[16];

  private int[] cost = new int[64];
  private int[] back = new int[64];
  private byte[] backKind = new byte[64];

  /** Segmentation result, in text order: words as piece ranges {@code [wordFrom, wordTo)}. */
  int wordCount;

  int[] wordFrom = new int[64];
  int[] wordTo = new int[64];
  byte[] wordKind = new byte[64];

  /**
   * @param system the system dictionary, whose syllable numbers the scanner supplies ({@link
   *     VietnameseScanner#syllableId}); or null
   * @param user the user dictionary, or null
   */
  WordLattice(WordDictionary system, WordDictionary user) {
    this.system = system;
    this.user = user;
  }

  /**
   * Takes capitalized runs as names more readily, as word-segmented corpora do ({@code
   * Bình_Triệu}). Not for search: the index and queries keep the default costs, with which
   * retrieval was measured (the treebank costs lowered MRR@10 slightly on both dev sets).
   */
  void treebankNames() {
    namePieceCost = TREEBANK_NAME_PIECE_COST;
    sentenceStartNameMinCost = TREEBANK_SENTENCE_START_NAME_MIN_COST;
  }

  /**
   * Segments pieces {@code [from, to)} of {@code scanner}, which form one run.
   *
   * @param sentenceStart true when the run starts a sentence (its first capital says little)
   */
  void segment(VietnameseScanner scanner, int from, int to, boolean sentenceStart) {
    int n = to - from;
    if (cost.length < n + 1) {
      cost = new int[ArrayUtil.oversize(n + 1, Integer.BYTES)];
      back = new int[cost.length];
      backKind = new byte[cost.length];
    }
    int[] cost = this.cost;
    cost[0] = 0;
    java.util.Arrays.fill(cost, 1, n + 1, Integer.MAX_VALUE);
    if (user != null) {
      lookUpUserIds(scanner, from, to);
    }
    boolean[] capitalized = scanner.capitalized;
    for (int j = 0; j < n; j++) {
      int base = cost[j];
      int piece = from + j;
      int singleCost =
          system == null
              ? Integer.MAX_VALUE
              : relax(system, scanner.syllableId, piece, to, j, base);
      boolean single = singleCost != Integer.MAX_VALUE;
      if (user != null) {
        single |= relax(user, userIds, j, n, j, base) != Integer.MAX_VALUE;
      }
      if (!single) {
        int c =
            scanner.kind[piece] == VietnameseScanner.SYLLABLE
                ? UNKNOWN_SYLLABLE_COST
                : FOREIGN_COST;
        update(j + 1, base + c + WORD_COST, j, WORD);
      }
      boolean nameStart = capitalized[piece];
      if (nameStart && j == 0 && sentenceStart && system != null) {
        nameStart = singleCost >= sentenceStartNameMinCost;
      }
      if (nameStart) {
        int limit = Math.min(n, j + MAX_NAME_PIECES);
        for (int k = j + 1; k < limit && capitalized[from + k]; k++) {
          update(k + 1, base + NAME_COST + namePieceCost * (k - j + 1) + WORD_COST, j, NAME);
        }
      }
    }
    int words = 0;
    for (int i = n; i > 0; i = back[i]) {
      words++;
    }
    if (wordFrom.length < words) {
      int size = ArrayUtil.oversize(words, Integer.BYTES);
      wordFrom = new int[size];
      wordTo = new int[size];
      wordKind = new byte[size];
    }
    wordCount = words;
    for (int i = n, w = words - 1; i > 0; i = back[i], w--) {
      wordFrom[w] = from + back[i];
      wordTo[w] = from + i;
      wordKind[w] = backKind[i];
    }
  }

  private void update(int to, int c, int from, byte kind) {
    if (c < cost[to]) {
      cost[to] = c;
      back[to] = from;
      backKind[to] = kind;
    }
  }

  /**
   * Adds an edge for every word of {@code d} whose syllables are numbered {@code ids[at]}, {@code
   * ids[at + 1]}, … (before {@code end}), starting at run offset {@code j}, whose best cost is
   * {@code base}.
   *
   * @return the cost of the single piece as a word, or {@code Integer.MAX_VALUE} if it is none
   */
  private int relax(WordDictionary d, int[] ids, int at, int end, int j, int base) {
    int single = Integer.MAX_VALUE;
    int node = 0;
    int limit = Math.min(end, at + MAX_WORD_PIECES);
    for (int p = at; p < limit; p++) {
      int id = ids[p];
      if (id < 0 || (node = d.nextNode(node, id)) < 0) {
        break;
      }
      int c = d.wordCost(node);
      if (c >= 0) {
        update(j + p - at + 1, base + c + WORD_COST, j, WORD);
        if (p == at) {
          single = c;
        }
      }
    }
    return single;
  }

  /** Looks up the user dictionary's number of every piece's syllable into {@link #userIds}. */
  private void lookUpUserIds(VietnameseScanner s, int from, int to) {
    if (userIds.length < to - from) {
      userIds = new int[ArrayUtil.oversize(to - from, Integer.BYTES)];
    }
    for (int p = from; p < to; p++) {
      int len = s.end[p] - s.start[p];
      if (key.length < len + 1) {
        key = new char[ArrayUtil.oversize(len + 1, Character.BYTES)];
      }
      int n = DictionaryKeys.normalizeSyllable(s.text(), s.start[p], len, key, 0);
      userIds[p - from] = user.syllableId(key, 0, n);
    }
  }
}
