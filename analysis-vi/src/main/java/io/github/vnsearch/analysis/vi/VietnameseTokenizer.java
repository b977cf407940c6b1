package io.github.vnsearch.analysis.vi;

import io.github.vnsearch.analysis.vi.dict.CharacterDefinition;
import io.github.vnsearch.analysis.vi.dict.TokenInfoDictionary;
import io.github.vnsearch.analysis.vi.dict.UserDictionary;
import io.github.vnsearch.analysis.vi.dict.WordDictionary;
import java.io.IOException;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.AttributeFactory;

/**
 * Splits Vietnamese text into words: syllables, numbers and other special tokens are found by a
 * scanner, then each run of syllables is segmented into dictionary words and proper names by a
 * lattice (Viterbi) over word costs.
 *
 * <p>Terms keep the case of the text (put a {@code LowerCaseFilter} after the tokenizer); the
 * syllables of a multi-syllable word are joined by {@code _} ({@code Đàm_phán}) and its offsets
 * span the original text from its first to its last syllable. Special tokens ({@code 1.000}, {@code
 * 31/07/2023}, {@code TP.HCM}, URLs, …) are kept whole with their own type. Sentence punctuation
 * and line breaks end a run of syllables; punctuation tokens are discarded unless asked for.
 *
 * <p>Input is read in windows of bounded size cut at sentence or line boundaries (see {@link
 * TextWindows}), so a huge document is never held in memory at once.
 */
public final class VietnameseTokenizer extends Tokenizer {

  /** How words are emitted, like the decompound modes of Lucene's Korean tokenizer. */
  public enum Mode {
    /** Words only: {@code Hà_Nội}. The default at query time. */
    WORDS,
    /** Syllables only: {@code Hà}, {@code Nội}; no dictionary segmentation. */
    SYLLABLES,
    /**
     * Each multi-syllable word with position length = its syllable count, followed by its syllables
     * (the first at position increment 0): {@code Hà_Nội}, {@code Hà}, {@code Nội}. The default at
     * index time: words and syllables are both searchable, and phrase queries work on the graph.
     */
    MIXED
  }

  /** A word found by segmentation (one or more syllables): {@code Đàm_phán}, {@code Tôi}. */
  public static final String TYPE_WORD = "<WORD>";

  /** One syllable of a multi-syllable word (MIXED), or any syllable in SYLLABLES mode. */
  public static final String TYPE_SYLLABLE = "<SYLLABLE>";

  /** A run of capitalized syllables or foreign words taken as one name: {@code Bùi_Văn_Luyến}. */
  public static final String TYPE_PROPER_NAME = "<PROPER_NAME>";

  /** A word that is not Vietnamese: {@code Witkoff}, {@code NATO}, {@code Telegram}. */
  public static final String TYPE_FOREIGN = "<FOREIGN>";

  /**
   * A number, with Vietnamese or English separators or a percent sign: {@code 1.000}, {@code 24%}.
   */
  public static final String TYPE_NUMBER = "<NUMBER>";

  /** A date: {@code 15/8}, {@code 31/07/2023}, {@code 2.2022}. */
  public static final String TYPE_DATE = "<DATE>";

  /** A time of day: {@code 09:49}. */
  public static final String TYPE_TIME = "<TIME>";

  /** Letters joined by dots: {@code TP.HCM}, {@code U.S.}. */
  public static final String TYPE_ABBREVIATION = "<ABBREVIATION>";

  /** An e-mail address. */
  public static final String TYPE_EMAIL = "<EMAIL>";

  /** A URL ({@code https://…}, {@code www.…}) or a host name ({@code vnexpress.net}). */
  public static final String TYPE_URL = "<URL>";

  /** {@code #} followed by letters, digits or {@code _}: {@code #BigData}. */
  public static final String TYPE_HASHTAG = "<HASHTAG>";

  /** Letters or digits joined by hyphens: {@code COVID-19}, {@code 2005-2006}. */
  public static final String TYPE_HYPHENATED = "<HYPHENATED>";

  /** Letters and digits mixed: {@code U23}, {@code 4G}. */
  public static final String TYPE_ALPHANUM = "<ALPHANUM>";

  /** A punctuation mark or symbol (a run of the same one: {@code ...}); kept only on request. */
  public static final String TYPE_PUNCTUATION = "<PUNCTUATION>";

  /** Types of scanner pieces, indexed by {@link VietnameseScanner} kind. */
  private static final String[] PIECE_TYPES = {
    TYPE_SYLLABLE,
    TYPE_FOREIGN,
    TYPE_NUMBER,
    TYPE_DATE,
    TYPE_TIME,
    TYPE_ABBREVIATION,
    TYPE_EMAIL,
    TYPE_URL,
    TYPE_HASHTAG,
    TYPE_HYPHENATED,
    TYPE_ALPHANUM,
    TYPE_PUNCTUATION
  };

  /** Window size: text is scanned in windows of at most this many chars. */
  static final int WINDOW = TextWindows.WINDOW;

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute posIncAtt =
      addAttribute(PositionIncrementAttribute.class);
  private final PositionLengthAttribute posLenAtt = addAttribute(PositionLengthAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);

  private final Mode mode;
  private final boolean discardPunctuation;
  private final boolean lowerCase;

  /** Stop words the tokenizer removes itself (see {@link StopWordGraph}), or null. */
  private final StopWordCache stopWords;

  private final StopWordGraph stopGraph = new StopWordGraph();

  /** Positions of removed stop words not yet added to a token's position increment. */
  private int skippedPositions;

  /**
   * Whether the tokenizer places tone marks as {@link VietnameseNormalizationCharFilter} does,
   * because the filter before it was asked not to.
   */
  private final boolean placeTones;

  private final VietnameseScanner scanner;

  /** Places tone marks in the window's words that need it, or null when the input did. */
  private final TonePlacer tones;

  private final WordLattice lattice;

  private final TextWindows windows = new TextWindows();

  /** The windows' buffer. */
  private final char[] buffer = windows.buffer;

  private int tokenCount;
  private int tokenIndex;
  private int[] tokenFrom = new int[64];
  private int[] tokenTo = new int[64];
  private int[] tokenPosInc = new int[64];
  private int[] tokenPosLen = new int[64];
  private String[] tokenType = new String[64];

  /** MIXED mode, punctuation discarded, system dictionary only. */
  public VietnameseTokenizer() {
    this(Mode.MIXED);
  }

  /** The given mode, punctuation discarded, system dictionary only. */
  public VietnameseTokenizer(Mode mode) {
    this(DEFAULT_TOKEN_ATTRIBUTE_FACTORY, null, mode, true);
  }

  /**
   * @param factory attribute factory
   * @param userDictionary words preferred over the system dictionary, or null
   * @param mode how words are emitted
   * @param discardPunctuation true to drop punctuation tokens
   */
  public VietnameseTokenizer(
      AttributeFactory factory,
      UserDictionary userDictionary,
      Mode mode,
      boolean discardPunctuation) {
    this(factory, TokenInfoDictionary.getInstance(), userDictionary, mode, discardPunctuation);
  }

  /**
   * With another system dictionary: for training word costs (the tools module's WordCostTrainer).
   */
  VietnameseTokenizer(
      AttributeFactory factory,
      WordDictionary system,
      WordDictionary user,
      Mode mode,
      boolean discardPunctuation) {
    this(factory, system, user, mode, discardPunctuation, false, null, false);
  }

  /**
   * With the work of the filters that {@link VietnameseAnalyzer} puts after a tokenizer done by the
   * tokenizer itself, with the same tokens but without their passes over each token.
   *
   * @param lowerCase true to lower-case terms as they are copied, as a {@code LowerCaseFilter}
   *     after the tokenizer would
   * @param stopWords null, or (with {@code lowerCase}) the stop words to remove as a {@link
   *     VietnameseStopFilter} after the lower casing would; must not change while in use
   * @param placeTones true (with {@code lowerCase}) when the input is a {@link
   *     VietnameseNormalizationCharFilter} that leaves tone marks to the tokenizer: the terms are
   *     then those the filter would have given by placing them itself
   */
  VietnameseTokenizer(
      AttributeFactory factory,
      WordDictionary system,
      WordDictionary user,
      Mode mode,
      boolean discardPunctuation,
      boolean lowerCase,
      CharArraySet stopWords,
      boolean placeTones) {
    super(factory);
    if ((stopWords != null || placeTones) && !lowerCase) {
      throw new IllegalArgumentException("stop words and tones are handled with lower casing");
    }
    this.placeTones = placeTones;
    this.mode = mode;
    this.discardPunctuation = discardPunctuation;
    this.lowerCase = lowerCase;
    this.stopWords = stopWords == null ? null : new StopWordCache(stopWords);
    this.tones = placeTones ? new TonePlacer() : null;
    this.scanner = new VietnameseScanner(system, true, tones);
    this.lattice = new WordLattice(system, user);
  }

  /** Segments as word-segmented corpora do (names): for {@link VietnameseSegmenter}. */
  void treebankNames() {
    lattice.treebankNames();
  }

  @Override
  public boolean incrementToken() throws IOException {
    while (tokenIndex == tokenCount) {
      if (!nextWindow()) {
        return false;
      }
    }
    clearAttributes();
    int t = tokenIndex++;
    int from = tokenFrom[t];
    int to = tokenTo[t];
    VietnameseScanner s = scanner;
    if (to - from == 1) { // most tokens
      int length = s.end[from] - s.start[from];
      writePiece(from, termAtt.resizeBuffer(length), 0);
      termAtt.setLength(length);
    } else {
      char[] term = termAtt.resizeBuffer(termLength(from, to));
      termAtt.setLength(writeTerm(from, to, term));
    }
    offsetAtt.setOffset(
        correctOffset(windows.offset() + s.start[from]),
        correctOffset(windows.offset() + s.end[to - 1]));
    posIncAtt.setPositionIncrement(tokenPosInc[t]);
    posLenAtt.setPositionLength(tokenPosLen[t]);
    typeAtt.setType(tokenType[t]);
    return true;
  }

  /** Reads and tokenizes the next window; returns false at the end of the input. */
  private boolean nextWindow() throws IOException {
    if (!windows.next(input)) {
      return false;
    }
    tokenCount = 0;
    tokenIndex = 0;
    if (tones != null) {
      tones.window(windows.offset() == 0, windows.startsInWord(), windows.endsInWord());
    }
    scanner.scan(buffer, 0, windows.end());
    emitWindow();
    return true;
  }

  /** Turns the scanned pieces of the window into tokens. */
  private void emitWindow() throws IOException {
    VietnameseScanner s = scanner;
    int p = 0;
    while (p < s.count) {
      byte kind = s.kind[p];
      if (kind == VietnameseScanner.SYLLABLE || kind == VietnameseScanner.FOREIGN) {
        int runEnd = p + 1;
        while (runEnd < s.count
            && !s.breakBefore[runEnd]
            && (s.kind[runEnd] == VietnameseScanner.SYLLABLE
                || s.kind[runEnd] == VietnameseScanner.FOREIGN)) {
          runEnd++;
        }
        emitRun(p, runEnd);
        p = runEnd;
      } else {
        if (kind != VietnameseScanner.PUNCTUATION || !discardPunctuation) {
          addToken(p, p + 1, 1, 1, PIECE_TYPES[kind]);
        }
        p++;
      }
    }
  }

  private void emitRun(int from, int to) throws IOException {
    VietnameseScanner s = scanner;
    if (mode == Mode.SYLLABLES) {
      for (int p = from; p < to; p++) {
        addToken(p, p + 1, 1, 1, PIECE_TYPES[s.kind[p]]);
      }
      return;
    }
    WordLattice l = lattice;
    l.segment(s, from, to, startsSentence(from));
    for (int w = 0; w < l.wordCount; w++) {
      int wFrom = l.wordFrom[w];
      int wTo = l.wordTo[w];
      int length = wTo - wFrom;
      String type;
      if (l.wordKind[w] == WordLattice.NAME) {
        type = TYPE_PROPER_NAME;
      } else if (length == 1 && s.kind[wFrom] == VietnameseScanner.FOREIGN) {
        type = TYPE_FOREIGN;
      } else {
        type = TYPE_WORD;
      }
      addToken(wFrom, wTo, 1, mode == Mode.MIXED ? length : 1, type);
      if (mode == Mode.MIXED && length > 1) {
        for (int p = wFrom; p < wTo; p++) {
          addToken(p, p + 1, p == wFrom ? 0 : 1, 1, PIECE_TYPES[s.kind[p]]);
        }
      }
    }
  }

  /** True when piece {@code p} follows a line break or a punctuation mark other than a comma. */
  private boolean startsSentence(int p) {
    VietnameseScanner s = scanner;
    if (p == 0 || s.breakBefore[p]) {
      return true;
    }
    if (s.kind[p - 1] != VietnameseScanner.PUNCTUATION) {
      return false;
    }
    return !CharacterDefinition.staysInSentence(buffer[s.start[p - 1]]);
  }

  private void addToken(int from, int to, int posInc, int posLen, String type) {
    if (stopWords != null) {
      if (!stopGraph.advanceToCovered(posInc, posLen)) {
        if (isStopWord(from, to)) {
          skippedPositions += posInc;
          return;
        }
        stopGraph.keep(posLen);
      }
      posInc += skippedPositions;
      skippedPositions = 0;
    }
    if (tokenCount == tokenFrom.length) {
      int n = ArrayUtil.oversize(tokenCount + 1, Integer.BYTES);
      tokenFrom = ArrayUtil.growExact(tokenFrom, n);
      tokenTo = ArrayUtil.growExact(tokenTo, n);
      tokenPosInc = ArrayUtil.growExact(tokenPosInc, n);
      tokenPosLen = ArrayUtil.growExact(tokenPosLen, n);
      tokenType = ArrayUtil.growExact(tokenType, n);
    }
    tokenFrom[tokenCount] = from;
    tokenTo[tokenCount] = to;
    tokenPosInc[tokenCount] = posInc;
    tokenPosLen[tokenCount] = posLen;
    tokenType[tokenCount] = type;
    tokenCount++;
  }

  /** Length of the term of pieces {@code [from, to)}: their chars and the {@code _} between. */
  private int termLength(int from, int to) {
    VietnameseScanner s = scanner;
    int length = to - from - 1;
    for (int p = from; p < to; p++) {
      length += s.end[p] - s.start[p];
    }
    return length;
  }

  /**
   * Writes the term of pieces {@code [from, to)} into {@code term}, which has room for it: the
   * pieces joined by {@code _}, lower-cased and with their tone marks placed as asked. A piece
   * whose spelling the dictionary knows is copied from there, lower case and placed already.
   *
   * @return the term's length
   */
  private int writeTerm(int from, int to, char[] term) {
    VietnameseScanner s = scanner;
    int out = 0;
    for (int p = from; p < to; p++) {
      if (p > from) {
        term[out++] = '_';
      }
      out = writePiece(p, term, out);
    }
    return out;
  }

  /**
   * Writes the term of piece {@code p} into {@code term} at {@code out}: its text, lower-cased if
   * asked, and with its tone mark placed (by the scanner, or as its known spelling says).
   *
   * @return the end of the piece in {@code term}
   */
  private int writePiece(int p, char[] term, int out) {
    VietnameseScanner s = scanner;
    int start = s.start[p];
    int length = s.end[p] - start;
    if (placeTones && s.spelled[p]) {
      s.surfaces.copyPlaced(s.syllableId[p], term, out);
    } else {
      System.arraycopy(buffer, start, term, out, length);
      if (lowerCase) {
        CharacterDefinition.lowerCase(term, out, out + length);
      }
    }
    return out + length;
  }

  /** Whether the lower-cased term of pieces {@code [from, to)} is in {@link #stopWords}. */
  private boolean isStopWord(int from, int to) {
    VietnameseScanner s = scanner;
    if (placeTones && s.spelled[from]) {
      // the first piece's term is its syllable's placed spelling
      int known = stopWords.byFirstSyllable(s.surfaces, s.syllableId[from], to - from);
      if (known != StopWordCache.LOOK_UP) {
        return known == StopWordCache.YES;
      }
    }
    int length = termLength(from, to);
    char[] term = stopWords.termBuffer(length);
    writeTerm(from, to, term);
    return stopWords.contains(term, length);
  }

  @Override
  public void end() throws IOException {
    super.end();
    int finalOffset = correctOffset(windows.charsRead());
    offsetAtt.setOffset(finalOffset, finalOffset);
    if (stopWords != null) {
      posIncAtt.setPositionIncrement(skippedPositions);
    }
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    windows.reset();
    tokenCount = 0;
    tokenIndex = 0;
    stopGraph.reset();
    skippedPositions = 0;
  }
}
