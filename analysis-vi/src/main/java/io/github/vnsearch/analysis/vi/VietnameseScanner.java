package io.github.vnsearch.analysis.vi;

import static io.github.vnsearch.analysis.vi.dict.CharacterDefinition.DIGIT;
import static io.github.vnsearch.analysis.vi.dict.CharacterDefinition.LETTER;
import static io.github.vnsearch.analysis.vi.dict.CharacterDefinition.LOWER;
import static io.github.vnsearch.analysis.vi.dict.CharacterDefinition.SPACE;
import static io.github.vnsearch.analysis.vi.dict.CharacterDefinition.UPPER;
import static io.github.vnsearch.analysis.vi.dict.CharacterDefinition.WORD;

import io.github.vnsearch.analysis.vi.dict.CharacterDefinition;
import io.github.vnsearch.analysis.vi.dict.DictionaryKeys;
import io.github.vnsearch.analysis.vi.dict.WordDictionary;
import org.apache.lucene.util.ArrayUtil;

/**
 * Cuts a window of text into pieces — syllables, foreign words, numbers, dates, times,
 * abbreviations, e-mail addresses, URLs, hashtags, hyphenated forms, punctuation — by looking code
 * points up in the {@link CharacterDefinition}, without regular expressions; the forms joined by
 * connectors are left to {@link SpecialForms}. Every non-space character ends up in exactly one
 * piece. For syllables and foreign words it also finds the syllable's number in the dictionary
 * (through {@link SyllableSurfaces}, or from its key, see {@link DictionaryKeys}) and whether the
 * piece is capitalized, which the lattice needs.
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

  /** Whether plain runs of letters skip {@link SpecialForms#scan}. */
  private final boolean shortcut;

  private final TonePlacer tones;

  /** The dictionary's syllable spellings, or null without a dictionary. */
  final SyllableSurfaces surfaces;

  /** Room for the key of a syllable that matches no spelling. */
  private char[] key = new char[16];

  /** Finds the special forms and remembers what it learns of the window's text. */
  private final SpecialForms forms = new SpecialForms();

  /** The span whose words' tone marks were placed last. */
  private int placedFrom;

  private int placedTo = -1;

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
    placedTo = -1;
    forms.clear();
    boolean lineBreak = false;
    int i = from;
    while (i < to) {
      char ch = text[i];
      int c;
      int f;
      if (ch < CharacterDefinition.LIMIT) {
        c = ch;
        f = CharacterDefinition.tableFlags(ch);
      } else {
        c = Character.codePointAt(text, i, to);
        f = CharacterDefinition.flags(c);
      }
      if ((f & SPACE) != 0) {
        if (c != ' ' && CharacterDefinition.isLineBreak(c)) {
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
          int g = CharacterDefinition.tableFlags(d);
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
            placeTones(text, i, forms.chunkEnd(text, i, to), to);
            placed = true;
          }
          long scanned = forms.scan(text, i, to);
          pieceEnd = (int) scanned;
          pieceKind = (byte) (scanned >>> 32);
        }
        capital =
            (f & UPPER) != 0
                && ((pieceEnd == j && (seen & LOWER) != 0)
                    || hasLowerCaseOrOneLetter(text, i, pieceEnd));
      } else if (c == '#'
          && i + 1 < to
          && CharacterDefinition.isWordChar(Character.codePointAt(text, i + 1, to))) {
        pieceEnd = i + 1;
        while (pieceEnd < to) {
          int d = Character.codePointAt(text, pieceEnd, to);
          if (!CharacterDefinition.isWordChar(d) && d != '_') {
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
   * True when the run of letters {@code text[from, end)} is a whole piece, as {@link
   * SpecialForms#scan} would find: it does not start a URL, and what follows cannot join it to a
   * longer form (a connector before another word char, {@code @}, {@code _}, {@code +}, or a char
   * beyond the {@link CharacterDefinition}'s tables).
   */
  private static boolean endsPlainWord(char[] text, int from, int end, int to) {
    if (SpecialForms.mayStartUrl(text, from, to)) {
      return false;
    }
    if (end == to) {
      return true;
    }
    char next = text[end];
    if (next >= CharacterDefinition.LIMIT) {
      return false;
    }
    int f = CharacterDefinition.tableFlags(next);
    if ((f & SPACE) != 0) {
      return true;
    }
    return (f & WORD) == 0
        && next != '@'
        && next != '_'
        && next != '+'
        && (SpecialForms.connector(next) == 0
            || end + 1 == to
            || !CharacterDefinition.isWordChar(Character.codePointAt(text, end + 1, to)));
  }

  /**
   * Whether {@code text[from, to)} is a whole word for the normalization char filter, which counts
   * some chars the scanner does not as parts of words (supplementary chars, for one; see {@link
   * CharacterDefinition#joinsWord}), so that its tone mark is placed as its spelling says.
   */
  private boolean isWholeWord(char[] text, int from, int to, int limit) {
    if (from == 0 ? tones.startsInWord() : CharacterDefinition.joinsWord(text[from - 1])) {
      return false;
    }
    return to == limit ? !tones.endsInWord() : !CharacterDefinition.joinsWord(text[to]);
  }

  /**
   * True when {@code text[from, to)} has a lower-case letter, or just one letter: with an
   * upper-case first letter, it is then capitalized, and not an all-capitals word.
   */
  private static boolean hasLowerCaseOrOneLetter(char[] text, int from, int to) {
    int letters = 0;
    for (int i = from; i < to; ) {
      int c = Character.codePointAt(text, i, to);
      int f = CharacterDefinition.flags(c);
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

  /** The text being scanned. */
  char[] text() {
    return buf;
  }

  /** The text of piece {@code p} (for tests and debugging). */
  String text(int p) {
    return new String(buf, start[p], end[p] - start[p]);
  }
}
