package io.github.vnsearch.analysis.vi;

import io.github.vnsearch.analysis.vi.dict.DictionaryKeys;
import io.github.vnsearch.analysis.vi.dict.WordDictionary;
import org.apache.lucene.util.ArrayUtil;

/**
 * Cuts a window of text into pieces — syllables, foreign words, numbers, dates, times,
 * abbreviations, e-mail addresses, URLs, hashtags, hyphenated forms, punctuation — by testing code
 * points with {@link Character}, without regular expressions. Every non-space character ends up in
 * exactly one piece. For syllables and foreign words it also finds the syllable's number in the
 * dictionary (through {@link SyllableSurfaces}, or from its key, see {@link DictionaryKeys}) and
 * whether the piece is capitalized, which the lattice needs.
 *
 * <p>Arrays are reused from one window to the next; scanning allocates nothing once they have
 * grown.
 */
final class VietnameseScanner {

  static final byte SYLLABLE = 0;
  static final byte FOREIGN = 1;
  static final byte NUMBER = 2;
  static final byte DATE = 3;
  static final byte TIME = 4;
  static final byte ABBREVIATION = 5;
  static final byte EMAIL = 6;
  static final byte URL = 7;
  static final byte HASHTAG = 8;
  static final byte HYPHENATED = 9;
  static final byte ALPHANUM = 10;
  static final byte PUNCTUATION = 11;

  /** Connector kinds, one bit each, and the percent sign that may end a number. */
  static final int DOT = 1;

  static final int COMMA = 2;
  static final int SLASH = 4;
  static final int COLON = 8;
  static final int HYPHEN = 16;

  /** Number of connector kinds: their bits are the lowest ones. */
  static final int CONNECTOR_KINDS = 5;

  static final int PERCENT = 32;

  int count;
  int[] start = new int[64];
  int[] end = new int[64];
  byte[] kind = new byte[64];

  /** First letter upper case, and not an all-capitals word of two or more letters. */
  boolean[] capitalized = new boolean[64];

  /** A line break separates this piece from the previous one. */
  boolean[] breakBefore = new boolean[64];

  /**
   * Whether the piece (a syllable or foreign word) has a spelling in {@link #surfaces}, and a word
   * of its own for the normalization filter: its term, lower-cased and placed, is then its
   * syllable's {@linkplain SyllableSurfaces#copyPlaced placed spelling}.
   */
  boolean[] spelled = new boolean[64];

  /** Number of the piece's syllable in the system dictionary, or -1. */
  int[] syllableId = new int[64];

  private char[] buf;

  private final WordDictionary dictionary;

  /** Whether plain runs of letters skip {@link #scanWord}. */
  private final boolean shortcut;

  private final TonePlacer tones;

  /** The dictionary's syllable spellings, or null without a dictionary. */
  final SyllableSurfaces surfaces;

  /** Room for the key of a syllable that matches no spelling. */
  private char[] key = new char[16];

  // What earlier pieces of the window found out about the text after them, so that a long run of
  // chars without a space is not read again for each piece of it (see ConnectedRun).

  /** The run of non-space chars {@code [chunkFrom, chunkEnd)} found last, or -1. */
  private int chunkFrom;

  private int chunkEnd = -1;

  /** The span whose words' tone marks were placed last. */
  private int placedFrom;

  private int placedTo = -1;

  /** E-mail addresses starting in {@code [emailFrom, emailLocalEnd)} end at {@code emailEnd}. */
  private int emailFrom;

  private int emailLocalEnd = -1;
  private int emailEnd;

  /** The last run of connected groups that made no known form. */
  private final ConnectedRun run = new ConnectedRun();

  /**
   * @param dictionary the system dictionary, whose syllable numbers {@link #syllableId} holds; or
   *     null
   */
  VietnameseScanner(WordDictionary dictionary) {
    this(dictionary, true, null);
  }

  /**
   * @param shortcut false to send every word the general way; for tests
   * @param tones places the tone marks of the words that the dictionary's spellings do not cover,
   *     in place, before they are scanned; or null when the text has them placed
   */
  VietnameseScanner(WordDictionary dictionary, boolean shortcut, TonePlacer tones) {
    this.shortcut = shortcut;
    this.tones = tones;
    this.dictionary = dictionary;
    this.surfaces = dictionary == null ? null : SyllableSurfaces.of(dictionary);
  }

  /** Scans {@code text[from..to)}. */
  void scan(char[] text, int from, int to) {
    this.buf = text;
    count = 0;
    chunkEnd = -1;
    placedTo = -1;
    emailLocalEnd = -1;
    run.clear();
    boolean lineBreak = false;
    int i = from;
    while (i < to) {
      char ch = text[i];
      int c;
      int f;
      if (ch < TABLE_SIZE) {
        c = ch;
        f = FLAGS[ch];
      } else {
        c = Character.codePointAt(text, i, to);
        f = flags(c);
      }
      if (f == SPACE) {
        if (c != ' '
            && (c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029 || c == 0x0B || c == 0x0C)) {
          lineBreak = true;
        }
        i += Character.charCount(c);
        continue;
      }
      int pieceEnd;
      byte pieceKind;
      boolean capital = false;
      boolean placed = false;
      boolean lookedUp = false; // with the spelling's slot in the table, or 0
      long slot = 0;
      if ((f & WORD) != 0) {
        // the common case first: a run of letters that ends where no longer form can go on
        // ... packed on the way for the spellings' table
        int seen = f;
        int code = SyllableSurfaces.code(ch);
        long packed = code;
        int uncoded = code - 1; // negative once a char has no code
        int j = i + 1;
        while (j < to) {
          char d = text[j];
          int g = d < TABLE_SIZE ? FLAGS[d] : 0;
          if ((g & WORD) == 0) {
            break;
          }
          seen |= g;
          code = SyllableSurfaces.code(d);
          uncoded |= code - 1;
          packed = SyllableSurfaces.pack(packed, code, j - i);
          j++;
        }
        if (shortcut && (seen & (LETTER | DIGIT)) == LETTER && endsPlainWord(text, i, j, to)) {
          pieceEnd = j;
          pieceKind = SYLLABLE;
          slot =
              uncoded >= 0 && j - i <= SyllableSurfaces.MAX_LENGTH && surfaces != null
                  ? surfaces.findPacked(packed)
                  : 0;
          lookedUp = true;
        } else {
          if (tones != null) {
            // which form a word takes may depend on where its tone mark is: a@b.coà, a@b.còa
            placeTones(text, i, chunkEnd(text, i, to), to);
            placed = true;
          }
          long scanned = scanWord(text, i, to);
          pieceEnd = (int) scanned;
          pieceKind = (byte) (scanned >>> 32);
        }
        capital =
            (f & UPPER) != 0
                && ((pieceEnd == j && (seen & LOWER) != 0)
                    || hasLowerCaseOrOneLetter(text, i, pieceEnd));
      } else if (c == '#' && i + 1 < to && isWordChar(Character.codePointAt(text, i + 1, to))) {
        pieceEnd = i + 1;
        while (pieceEnd < to) {
          int d = Character.codePointAt(text, pieceEnd, to);
          if (!isWordChar(d) && d != '_') {
            break;
          }
          pieceEnd += Character.charCount(d);
        }
        pieceKind = HASHTAG;
        if (tones != null) {
          tones.place(text, i, pieceEnd, to);
        }
      } else {
        pieceEnd = i + Character.charCount(c);
        while (pieceEnd < to && Character.codePointAt(text, pieceEnd, to) == c) {
          pieceEnd += Character.charCount(c);
        }
        pieceKind = PUNCTUATION;
      }
      add(i, pieceEnd, pieceKind, lineBreak);
      if (pieceKind == SYLLABLE || pieceKind == FOREIGN) {
        lookUp(text, i, pieceEnd - i, pieceKind, lookedUp ? slot : find(text, i, pieceEnd - i));
        capitalized[count - 1] = capital;
        if (tones != null && spelled[count - 1] && !isWholeWord(text, i, pieceEnd, to)) {
          spelled[count - 1] = false; // a longer word of the filter's: its spelling is not its term
          placed = false;
        }
        if (tones != null && !placed && !spelled[count - 1]) {
          placeTones(text, i, pieceEnd, to); // its term is copied from the text
        }
      }
      lineBreak = false;
      i = pieceEnd;
    }
  }

  /**
   * Sets the syllable number and spelling of the last piece, a syllable or foreign word, and makes
   * it foreign when it is not a valid Vietnamese syllable.
   *
   * @param slot the slot of its spelling in {@link #surfaces}, or 0 when it has none
   */
  private void lookUp(char[] text, int off, int len, byte pieceKind, long slot) {
    int p = count - 1;
    boolean valid;
    if (slot != 0) {
      spelled[p] = true;
      syllableId[p] = SyllableSurfaces.id(slot);
      valid = SyllableSurfaces.valid(slot);
    } else {
      if (key.length < len + 1) {
        key = new char[ArrayUtil.oversize(len + 1, Character.BYTES)];
      }
      int n = DictionaryKeys.normalizeSyllable(text, off, len, key, 0);
      valid = Syllables.isValid(key, 0, n);
      syllableId[p] = dictionary == null ? -1 : dictionary.syllableId(key, 0, n);
    }
    if (pieceKind == SYLLABLE && !valid) {
      kind[p] = FOREIGN;
    }
  }

  /**
   * Places the tone marks of the words overlapping {@code text[from, to)}, unless they were placed
   * already: placing is idempotent, and a span inside the last one placed is not read again.
   */
  private void placeTones(char[] text, int from, int to, int limit) {
    if (from >= placedFrom && to <= placedTo) {
      return;
    }
    tones.place(text, from, to, limit);
    placedFrom = from;
    placedTo = to;
  }

  /** The slot of the piece's spelling in {@link #surfaces}, or 0. */
  private long find(char[] text, int off, int len) {
    return surfaces == null ? 0 : surfaces.find(text, off, len);
  }

  private void add(int s, int e, byte k, boolean lineBreak) {
    if (count == start.length) {
      int n = ArrayUtil.oversize(count + 1, Integer.BYTES);
      start = ArrayUtil.growExact(start, n);
      end = ArrayUtil.growExact(end, n);
      kind = ArrayUtil.growExact(kind, n);
      capitalized = java.util.Arrays.copyOf(capitalized, n);
      breakBefore = java.util.Arrays.copyOf(breakBefore, n);
      spelled = java.util.Arrays.copyOf(spelled, n);
      syllableId = ArrayUtil.growExact(syllableId, n);
    }
    start[count] = s;
    end[count] = e;
    kind[count] = k;
    capitalized[count] = false;
    breakBefore[count] = lineBreak;
    spelled[count] = false;
    syllableId[count] = -1;
    count++;
  }

  /**
   * Properties of the chars below {@link #TABLE_SIZE} (Latin, Vietnamese, combining marks), looked
   * up instead of computed: {@link #SPACE}, {@link #WORD}, {@link #LETTER}, {@link #DIGIT}, {@link
   * #UPPER}, {@link #LOWER} bits.
   */
  private static final byte[] FLAGS;

  private static final int TABLE_SIZE = 0x2000;
  private static final byte SPACE = 1;
  private static final byte WORD = 2;
  private static final byte LETTER = 4;
  private static final byte DIGIT = 8;

  /** Upper or title case. */
  private static final byte UPPER = 16;

  /** A lower-case letter. */
  private static final byte LOWER = 32;

  static {
    FLAGS = new byte[TABLE_SIZE];
    for (int c = 0; c < TABLE_SIZE; c++) {
      int f = 0;
      if (computeIsSpace(c)) {
        f = SPACE;
      } else if (computeIsWordChar(c)) {
        f = WORD;
        f |= Character.isLetter(c) ? LETTER : 0;
        f |= Character.isDigit(c) ? DIGIT : 0;
        f |= Character.isUpperCase(c) || Character.isTitleCase(c) ? UPPER : 0;
        f |= Character.isLetter(c) && Character.isLowerCase(c) ? LOWER : 0;
      }
      FLAGS[c] = (byte) f;
    }
  }

  /** The {@link #FLAGS} of any code point. */
  private static int flags(int c) {
    if (c < TABLE_SIZE) {
      return FLAGS[c];
    }
    if (computeIsSpace(c)) {
      return SPACE;
    }
    if (!computeIsWordChar(c)) {
      return 0;
    }
    return WORD
        | (Character.isLetter(c) ? LETTER : 0)
        | (Character.isDigit(c) ? DIGIT : 0)
        | (Character.isUpperCase(c) || Character.isTitleCase(c) ? UPPER : 0)
        | (Character.isLetter(c) && Character.isLowerCase(c) ? LOWER : 0);
  }

  /** True for white space, including no-break and other Unicode spaces. */
  static boolean isSpace(int c) {
    return c < TABLE_SIZE ? FLAGS[c] == SPACE : computeIsSpace(c);
  }

  /** Letters, digits and the combining marks that belong to them. */
  static boolean isWordChar(int c) {
    return c < TABLE_SIZE ? (FLAGS[c] & WORD) != 0 : computeIsWordChar(c);
  }

  /** A digit, as the scanner counts digits in a piece. */
  static boolean isDigitWordChar(int c) {
    return (flags(c) & DIGIT) != 0;
  }

  /** A letter that is not also a digit, as the scanner counts letters in a piece. */
  static boolean isLetterWordChar(int c) {
    return (flags(c) & (DIGIT | LETTER)) == LETTER;
  }

  private static boolean computeIsSpace(int c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static boolean computeIsWordChar(int c) {
    if (Character.isLetterOrDigit(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  /**
   * True when the run of letters {@code text[from, end)} is a whole piece, as {@link #scanWord}
   * would find: it does not start a URL, and what follows cannot join it to a longer form (a
   * connector before another word char, {@code @}, {@code _}, {@code +}, or a char beyond {@link
   * #TABLE_SIZE}).
   */
  private static boolean endsPlainWord(char[] text, int from, int end, int to) {
    if (mayStartUrl(text, from, to)) {
      return false;
    }
    if (end == to) {
      return true;
    }
    char next = text[end];
    if (next >= TABLE_SIZE) {
      return false;
    }
    int f = FLAGS[next];
    if (f == SPACE) {
      return true;
    }
    return f == 0
        && next != '@'
        && next != '_'
        && next != '+'
        && (connector(next) == 0
            || end + 1 == to
            || !isWordChar(Character.codePointAt(text, end + 1, to)));
  }

  /**
   * Whether {@code text[from, to)} is a whole word for the normalization char filter, which counts
   * some chars the scanner does not as parts of words (supplementary chars, for one), so that its
   * tone mark is placed as its spelling says.
   */
  private boolean isWholeWord(char[] text, int from, int to, int limit) {
    if (from == 0 ? tones.startsInWord() : isFilterWordChar(text[from - 1])) {
      return false;
    }
    return to == limit ? !tones.endsInWord() : !isFilterWordChar(text[to]);
  }

  /** {@link VietnameseNormalizationCharFilter#isWordChar} of a char the filter has passed on. */
  private static boolean isFilterWordChar(char c) {
    // below the table, the same chars as the scanner's, removed chars aside
    return c < TABLE_SIZE
        ? (FLAGS[c] & WORD) != 0
        : VietnameseNormalizationCharFilter.isWordChar(c);
  }

  /** True when the text at {@code from} starts with {@code ht} or {@code ww}, as URLs do. */
  private static boolean mayStartUrl(char[] text, int from, int to) {
    char first = text[from];
    char second = from + 1 < to ? text[from + 1] : 0;
    return ((first == 'h' || first == 'H') && (second == 't' || second == 'T'))
        || ((first == 'w' || first == 'W') && (second == 'w' || second == 'W'));
  }

  /**
   * True when {@code text[from, to)} has a lower-case letter, or just one letter: with an
   * upper-case first letter, it is then capitalized, and not an all-capitals word.
   */
  private static boolean hasLowerCaseOrOneLetter(char[] text, int from, int to) {
    int letters = 0;
    for (int i = from; i < to; ) {
      int c = Character.codePointAt(text, i, to);
      int f = flags(c);
      if ((f & LETTER) != 0) {
        if ((f & LOWER) != 0) {
          return true;
        }
        letters++;
      }
      i += Character.charCount(c);
    }
    return letters == 1;
  }

  /**
   * Scans a piece starting with a letter or digit: a URL, an e-mail address, or letters and digits
   * joined by inner connectors ({@code . , / : -}) and classified by what they contain.
   *
   * @return the end of the piece in the low 32 bits, its kind above
   */
  private long scanWord(char[] text, int from, int to) {
    if (mayStartUrl(text, from, to)
        && (startsWithIgnoreCase(text, from, to, "http://")
            || startsWithIgnoreCase(text, from, to, "https://")
            || startsWithIgnoreCase(text, from, to, "www."))) {
      int e = chunkEnd(text, from, to);
      while (e > from && isTrailingPunctuation(text[e - 1])) {
        e--;
      }
      return pack(e, URL);
    }
    boolean inRun = run.covers(text, from);
    if (inRun && !run.mayBeWhole(this, from, to)) {
      return firstGroup(text, from, run.nextConnector(from));
    }
    int connectors = 0;
    int firstConnector = -1;
    boolean letters = false;
    boolean digits = false;
    boolean percent = false;
    int groups = 1;
    int i = from;
    while (i < to) {
      char ch = text[i];
      if (ch < TABLE_SIZE) {
        int f = FLAGS[ch];
        if ((f & WORD) != 0) {
          digits |= (f & DIGIT) != 0;
          letters |= (f & (DIGIT | LETTER)) == LETTER;
          i++;
          continue;
        }
      }
      int c = Character.codePointAt(text, i, to);
      int f = flags(c);
      if ((f & WORD) != 0) {
        digits |= (f & DIGIT) != 0;
        letters |= (f & (DIGIT | LETTER)) == LETTER;
        i += Character.charCount(c);
        continue;
      }
      int connector = connector(c);
      if (connector != 0 && i + 1 < to && isWordChar(Character.codePointAt(text, i + 1, to))) {
        if (firstConnector < 0) {
          firstConnector = i;
        }
        connectors |= connector;
        groups++;
        i++;
        continue;
      }
      percent = c == '%' && digits && !letters;
      break;
    }
    int runEnd = i;
    int end = i;
    if (percent) {
      connectors |= PERCENT;
      end++;
    }
    if (end < to && (text[end] == '@' || text[end] == '_' || text[end] == '+')) {
      int email = emailEnd(text, from, to);
      if (email > 0) {
        return pack(email, EMAIL);
      }
    }
    byte kind = classify(text, from, end, connectors, letters, digits, groups);
    if (kind >= 0) {
      if (kind == ABBREVIATION
          && end < to
          && text[end] == '.'
          && singleLetterGroups(text, from, end)) {
        end++;
      }
      return pack(end, kind);
    }
    if (!inRun) {
      run.record(text, from, runEnd); // the pieces after the first connector are in it too
    }
    return firstGroup(text, from, firstConnector);
  }

  /**
   * Not a recognised compound: only what precedes the first connector, {@code text[from, end)},
   * makes the piece.
   */
  private static long firstGroup(char[] text, int from, int end) {
    boolean letters = false;
    boolean digits = false;
    for (int j = from; j < end; ) {
      int c = Character.codePointAt(text, j, end);
      letters |= Character.isLetter(c);
      digits |= Character.isDigit(c);
      j += Character.charCount(c);
    }
    return pack(end, classify(text, from, end, 0, letters, digits, 1));
  }

  /** End of the run of non-space chars starting at {@code from}. */
  private int chunkEnd(char[] text, int from, int to) {
    if (from >= chunkFrom && from < chunkEnd) {
      return chunkEnd;
    }
    int end = from;
    while (end < to && !isSpace(text[end])) {
      end++;
    }
    chunkFrom = from;
    chunkEnd = end;
    return end;
  }

  private static long pack(int end, byte kind) {
    return ((long) kind << 32) | end;
  }

  /** Returns the kind of a scanned piece, or -1 when its connectors make no known form. */
  private static byte classify(
      char[] text, int from, int end, int connectors, boolean letters, boolean digits, int groups) {
    if (connectors == 0) {
      if (!letters) {
        return digits ? NUMBER : FOREIGN;
      }
      return digits ? ALPHANUM : SYLLABLE;
    }
    if ((connectors & HYPHEN) != 0) {
      return (connectors & ~HYPHEN) == 0 ? HYPHENATED : -1;
    }
    if (!letters) {
      if (connectors == SLASH) {
        return groups <= 3 && groupsAtMost(text, from, end, 4) ? DATE : -1;
      }
      if (connectors == COLON) {
        return groups <= 3 && groupsAtMost(text, from, end, 2) ? TIME : -1;
      }
      if ((connectors & (SLASH | COLON)) != 0) {
        return -1;
      }
      if (connectors == DOT && isDottedDate(text, from, end, groups)) {
        return DATE;
      }
      return NUMBER;
    }
    if (connectors == DOT) {
      if (isAbbreviation(text, from, end)) {
        return ABBREVIATION;
      }
      if (isHostName(text, from, end)) {
        return URL;
      }
    }
    return -1;
  }

  /** The connector kind of {@code c}, or 0 when it joins no groups. */
  static int connector(int c) {
    switch (c) {
      case '.':
        return DOT;
      case ',':
        return COMMA;
      case '/':
        return SLASH;
      case ':':
        return COLON;
      case '-':
      case '\u2010':
      case '\u2011':
        return HYPHEN;
      default:
        return 0;
    }
  }

  /** Every group of digits between separators has at most {@code max} digits. */
  private static boolean groupsAtMost(char[] text, int from, int end, int max) {
    int run = 0;
    for (int i = from; i < end; i++) {
      if (Character.isDigit(text[i])) {
        if (++run > max) {
          return false;
        }
      } else {
        run = 0;
      }
    }
    return true;
  }

  /** {@code 2.2022}, {@code 15.8.2023}: one or two 1–2 digit groups, then a 4-digit year. */
  private static boolean isDottedDate(char[] text, int from, int end, int groups) {
    if (groups < 2 || groups > 3) {
      return false;
    }
    int lastDot = end - 1;
    while (text[lastDot] != '.') {
      lastDot--;
    }
    if (end - lastDot - 1 != 4) {
      return false;
    }
    int run = 0;
    for (int i = from; i < lastDot; i++) {
      if (text[i] == '.') {
        run = 0;
      } else if (++run > 2) {
        return false;
      }
    }
    return true;
  }

  /** {@code TP.HCM}, {@code U.S}: groups of capital letters, or single letters, joined by dots. */
  private static boolean isAbbreviation(char[] text, int from, int end) {
    return singleLetterGroups(text, from, end) || allUpperCase(text, from, end);
  }

  private static boolean singleLetterGroups(char[] text, int from, int end) {
    int run = 0;
    for (int i = from; i < end; i++) {
      if (text[i] == '.') {
        run = 0;
      } else if (!Character.isLetter(text[i]) || ++run > 1) {
        return false;
      }
    }
    return true;
  }

  private static boolean allUpperCase(char[] text, int from, int end) {
    for (int i = from; i < end; i++) {
      char c = text[i];
      if (c != '.' && !Character.isUpperCase(c) && !Character.isDigit(c)) {
        return false;
      }
    }
    return true;
  }

  /** {@code vnexpress.net}: ASCII lower-case labels ending in a 2–6 letter top-level label. */
  private static boolean isHostName(char[] text, int from, int end) {
    int lastLabel = 0;
    for (int i = from; i < end; i++) {
      char c = text[i];
      if (c == '.') {
        lastLabel = 0;
      } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        lastLabel++;
      } else {
        return false;
      }
    }
    return lastLabel >= 2 && lastLabel <= 6;
  }

  /**
   * Returns the end of an e-mail address starting at {@code from}, or -1. Its local part ends at
   * the first char that cannot be in one, so every start before that char has the same answer,
   * which is remembered.
   */
  int emailEnd(char[] text, int from, int to) {
    if (from >= emailFrom && from < emailLocalEnd) {
      return emailEnd;
    }
    int chunk = chunkEnd(text, from, to);
    int i = from;
    while (i < chunk && isEmailLocalChar(text[i])) {
      i++;
    }
    int end = scanEmail(text, from, i, chunk);
    emailFrom = from;
    emailLocalEnd = i;
    emailEnd = end;
    return end;
  }

  /**
   * Returns the end of the e-mail address whose local part is {@code text[from, localEnd)}, or -1.
   */
  private static int scanEmail(char[] text, int from, int localEnd, int chunkEnd) {
    int i = localEnd;
    if (i == from || i >= chunkEnd || text[i] != '@') {
      return -1;
    }
    int domainStart = ++i;
    int lastDot = -1;
    while (i < chunkEnd && (isAsciiLetterOrDigit(text[i]) || text[i] == '.' || text[i] == '-')) {
      if (text[i] == '.') {
        lastDot = i;
      }
      i++;
    }
    while (i > domainStart && (text[i - 1] == '.' || text[i - 1] == '-')) {
      i--;
    }
    if (lastDot <= domainStart || lastDot >= i - 1) {
      return -1;
    }
    return i;
  }

  static boolean isEmailLocalChar(char c) {
    return isAsciiLetterOrDigit(c) || c == '.' || c == '_' || c == '-' || c == '+';
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static boolean isTrailingPunctuation(char c) {
    switch (c) {
      case '.':
      case ',':
      case ';':
      case ':':
      case '!':
      case '?':
      case ')':
      case ']':
      case '}':
      case '"':
      case '\'':
      case '\u201D':
      case '\u2019':
      case '\u00BB':
        return true;
      default:
        return false;
    }
  }

  private static boolean startsWithIgnoreCase(char[] text, int from, int end, String prefix) {
    if (end - from < prefix.length()) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if (Character.toLowerCase(text[from + i]) != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** The text being scanned. */
  char[] text() {
    return buf;
  }

  /** The text of piece {@code p} (for tests and debugging). */
  String text(int p) {
    return new String(buf, start[p], end[p] - start[p]);
  }
}
