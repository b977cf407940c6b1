package io.github.vnsearch.analysis.vi.dict;

import java.text.Normalizer;
import java.util.BitSet;
import org.apache.lucene.analysis.CharacterUtils;

/**
 * What each character is to the Vietnamese analysis chain, defined once: space, word char, letter,
 * digit and case; line and sentence ends; Vietnamese vowel, tone mark and vowel mark; its lower
 * case, accent-free (folded) form, dictionary-key form and letter code; and what the normalization
 * char filter does with it. Like the {@code CharacterDefinition} of Lucene's Japanese and Korean
 * analyzers, it answers by table lookup: the tables cover the chars below {@link #LIMIT} (Latin,
 * Vietnamese, combining marks, Greek, Cyrillic, ...), are built once when the class loads, and are
 * read in the inner loops of the scanner and the filters; rarer chars are computed.
 *
 * <p>Internal to vnsearch's analysis chain: public only so that the analysis and dictionary
 * packages share it; not an API, and it may change without notice.
 */
public final class CharacterDefinition {

  /** The tables hold the chars below this; the others are computed. */
  public static final int LIMIT = 0x2000;

  /** A bit of {@link #flags}: white space, including no-break and other Unicode spaces. */
  public static final int SPACE = 1;

  /** A bit of {@link #flags}: a letter, digit or combining mark, which words are made of. */
  public static final int WORD = 2;

  /** A bit of {@link #flags}: a letter (with {@link #WORD}). */
  public static final int LETTER = 4;

  /** A bit of {@link #flags}: a digit (with {@link #WORD}). */
  public static final int DIGIT = 8;

  /** A bit of {@link #flags}: an upper-case or title-case word char. */
  public static final int UPPER = 16;

  /** A bit of {@link #flags}: a lower-case letter. */
  public static final int LOWER = 32;

  /** A bit of {@link #flags}: a char that the normalization filter keeps inside a word. */
  public static final int JOINS_WORD = 64;

  /**
   * Kinds of BMP chars for the normalization filter's fast path ({@link #filterKind}): chars for
   * its general path, other inert chars, inert letters and digits ({@code >= FILTER_WORD}), these
   * with the bits {@link #VOWEL_BIT}, {@link #TONE_BIT} and {@link #MARK_BIT}.
   */
  public static final byte FILTER_SPECIAL = 0, FILTER_OTHER = 16, FILTER_WORD = 32;

  /** Bits of a filter kind: a vowel, a toned vowel, a vowel with a vowel mark (ă â ê ô ơ ư). */
  public static final byte VOWEL_BIT = 1, TONE_BIT = 2, MARK_BIT = 4;

  /** The Vietnamese vowels, lower case then upper case, numbered by {@link #vowel}. */
  private static final String VOWELS = "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY";

  /** Number of lower-case vowels: {@code vowel(c) % VOWEL_COUNT} ignores case. */
  public static final int VOWEL_COUNT = 12;

  /** The combining tone marks, by tone: grave, acute, hook above, tilde, dot below. */
  private static final char[] TONE_MARKS = {0, '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'};

  private static final String CONSONANTS = "bcdđghklmnpqrstvx";

  /**
   * Letters of the scripts below this have their tone mark moved to a digit in dictionary keys
   * (Greek Extended and beyond keep their marks), as when the dictionary was built.
   */
  private static final int KEY_TONE_LIMIT = 0x1F00;

  private static final byte[] FLAGS = new byte[LIMIT];
  private static final char[] LOWER_CASE = new char[LIMIT];
  private static final char[] FOLD = new char[LIMIT];
  private static final char[] KEY_BASE = new char[LIMIT];
  private static final byte[] KEY_TONE = new byte[LIMIT];

  /** For a vowel: {@code (vowel + 1) << 3 | tone}; 0 for any other char. */
  private static final short[] VOWEL_INFO = new short[LIMIT];

  private static final boolean[] CONSONANT = new boolean[LIMIT];

  /** The 7-bit code of each letter of the Vietnamese alphabet, both cases alike; 0 for others. */
  private static final byte[] CODE = new byte[LIMIT];

  /** {@code TONED[v][t]}: vowel {@code v} with tone {@code t} (0 = none). */
  private static final char[][] TONED = new char[VOWELS.length()][TONE_MARKS.length];

  private static final boolean[] MARKED = new boolean[VOWELS.length()];

  static {
    for (int v = 0; v < VOWELS.length(); v++) {
      MARKED[v] = "ăâêôơưĂÂÊÔƠƯ".indexOf(VOWELS.charAt(v)) >= 0;
      for (int t = 0; t < TONE_MARKS.length; t++) {
        String s = t == 0 ? VOWELS.substring(v, v + 1) : VOWELS.charAt(v) + "" + TONE_MARKS[t];
        String composed = Normalizer.normalize(s, Normalizer.Form.NFC);
        if (composed.length() != 1) {
          throw new AssertionError("no precomposed form for " + s);
        }
        char c = composed.charAt(0);
        TONED[v][t] = c;
        VOWEL_INFO[c] = (short) (((v + 1) << 3) | t);
      }
    }
    for (char c : CONSONANTS.toCharArray()) {
      CONSONANT[c] = true;
      CONSONANT[Character.toUpperCase(c)] = true;
    }
    StringBuilder letters = new StringBuilder("abcdefghijklmnopqrstuvwxyzđ");
    for (int v = 0; v < VOWEL_COUNT; v++) {
      for (int t = 0; t < TONE_MARKS.length; t++) {
        if (letters.indexOf(String.valueOf(TONED[v][t])) < 0) {
          letters.append(TONED[v][t]);
        }
      }
    }
    if (letters.length() >= 1 << 7) {
      throw new AssertionError("too many letters for 7-bit codes: " + letters.length());
    }
    for (int c = 0; c < LIMIT; c++) {
      FLAGS[c] = (byte) computeFlags(c);
      char lower = (char) Character.toLowerCase(c);
      LOWER_CASE[c] = lower;
      CODE[c] = (byte) (letters.indexOf(String.valueOf(lower)) + 1);
      FOLD[c] = (char) c;
      KEY_BASE[c] = lower;
      if (c >= 0x80 && Character.isLetter(c)) {
        String decomposed = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFD);
        char base = decomposed.charAt(0);
        if (decomposed.length() > 1 && base < 0x80 && Character.isLetter(base)) {
          FOLD[c] = base;
        }
        if (c < KEY_TONE_LIMIT) {
          defineKey(c, lower);
        }
      }
    }
    FOLD['đ'] = 'd';
    FOLD['Đ'] = 'D';
  }

  /** Sets the key form of letter {@code c}: its lower case without its tone mark, and the tone. */
  private static void defineKey(int c, char lower) {
    String nfd = Normalizer.normalize(String.valueOf(lower), Normalizer.Form.NFD);
    StringBuilder rest = new StringBuilder();
    int tone = 0;
    for (int i = 0; i < nfd.length(); i++) {
      int t = toneOfMark(nfd.charAt(i));
      if (t != 0) {
        tone = t;
      } else {
        rest.append(nfd.charAt(i));
      }
    }
    String composed = Normalizer.normalize(rest, Normalizer.Form.NFC);
    if (tone != 0 && composed.length() == 1) {
      KEY_BASE[c] = composed.charAt(0);
      KEY_TONE[c] = (byte) tone;
    }
  }

  private CharacterDefinition() {}

  // ---- classes: space, word, letter, digit, case

  /** The {@link #SPACE}, {@link #WORD}, ... bits of any code point. */
  public static int flags(int c) {
    return c < LIMIT ? FLAGS[c] : computeFlags(c);
  }

  /** The flags of a char below {@link #LIMIT}; 0 for any other char. */
  public static int tableFlags(char c) {
    return c < LIMIT ? FLAGS[c] : 0;
  }

  private static int computeFlags(int c) {
    int f = joinsWord(c) ? JOINS_WORD : 0;
    if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
      return f | SPACE;
    }
    if (!Character.isLetterOrDigit(c)) {
      int type = Character.getType(c);
      if (type != Character.NON_SPACING_MARK
          && type != Character.COMBINING_SPACING_MARK
          && type != Character.ENCLOSING_MARK) {
        return f;
      }
    }
    return f
        | WORD
        | (Character.isLetter(c) ? LETTER : 0)
        | (Character.isDigit(c) ? DIGIT : 0)
        | (Character.isUpperCase(c) || Character.isTitleCase(c) ? UPPER : 0)
        | (Character.isLetter(c) && Character.isLowerCase(c) ? LOWER : 0);
  }

  /** True for white space, including no-break and other Unicode spaces. */
  public static boolean isSpace(int c) {
    return (flags(c) & SPACE) != 0;
  }

  /** Letters, digits and the combining marks that belong to them. */
  public static boolean isWordChar(int c) {
    return (flags(c) & WORD) != 0;
  }

  /** A line or paragraph break, or a vertical tab or form feed. */
  public static boolean isLineBreak(int c) {
    return c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029 || c == 0x0B || c == 0x0C;
  }

  /**
   * {@code \n} or {@code \r}: the line breaks after which a tokenizer's full window is cut first.
   * The rarer ones of {@link #isLineBreak} are left to its other rules, as they always were (taking
   * them here would move some window cuts, and so change tokens).
   */
  public static boolean isNewline(char c) {
    return c == '\n' || c == '\r';
  }

  /** {@code . ! ?}: followed by a space, it ends a sentence. */
  public static boolean endsSentence(char c) {
    return c == '.' || c == '!' || c == '?';
  }

  /**
   * {@code , ;}: the punctuation that separates parts of a sentence; after any other punctuation a
   * new sentence may start, so that a capital letter there says nothing about a name.
   */
  public static boolean staysInSentence(char c) {
    return c == ',' || c == ';';
  }

  // ---- what the normalization filter does with a char

  /**
   * A char that the normalization filter keeps inside a word: a letter or digit, a char it removes,
   * a surrogate, or a char that combines with what precedes it.
   */
  public static boolean joinsWord(char c) {
    return c < LIMIT ? (FLAGS[c] & JOINS_WORD) != 0 : joinsWord((int) c);
  }

  private static boolean joinsWord(int c) {
    char ch = (char) c;
    return c < 0x10000
        && (Character.isLetterOrDigit(ch)
            || isRemoved(ch)
            || Character.isSurrogate(ch)
            || !isBoundary(ch));
  }

  /** False for chars that may combine with the char before them (marks, Hangul vowel jamo...). */
  public static boolean isBoundary(char c) {
    if (c < 0x300) {
      return true; // Latin letters, digits, punctuation: the common case
    }
    if (c >= 0x1160 && c < 0x1200) {
      return false; // Hangul medial and final jamo compose with the preceding syllable
    }
    int type = Character.getType(c);
    return type != Character.NON_SPACING_MARK
        && type != Character.COMBINING_SPACING_MARK
        && type != Character.ENCLOSING_MARK
        && !Character.isLowSurrogate(c);
  }

  /** Zero-width characters and the soft hyphen, which the filter deletes. */
  public static boolean isRemoved(char c) {
    return c == '\u00AD' || (c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\uFEFF';
  }

  /** No-break and typographic spaces, which the filter turns into U+0020. */
  public static boolean isExoticSpace(char c) {
    return c == '\u00A0'
        || (c >= '\u2000' && c <= '\u200A')
        || c == '\u202F'
        || c == '\u205F'
        || c == '\u3000';
  }

  /** A BMP char that NFC leaves unchanged and that never combines with a preceding char. */
  public static boolean isInert(char c) {
    return FilterTables.INERT.get(c);
  }

  /** The kind of {@code c} for the normalization filter's fast path: {@link #FILTER_SPECIAL}... */
  public static int filterKind(char c) {
    return FilterTables.KIND[c];
  }

  /** The filter's tables, built when the filter first needs them: all of the BMP is read. */
  private static final class FilterTables {

    static final BitSet INERT = new BitSet(0x10000);
    static final byte[] KIND = new byte[0x10000];

    static {
      INERT.set(0, 0x300);
      // one NFC call over all candidates, each followed by U+0000 (which composes with nothing),
      // is much faster at class loading than one call per char
      StringBuilder candidates = new StringBuilder(2 * 0x10000);
      for (int c = 0x300; c < 0x10000; c++) {
        if (!Character.isSurrogate((char) c) && isBoundary((char) c)) {
          candidates.append((char) c).append('\u0000');
        }
      }
      String composed = Normalizer.normalize(candidates, Normalizer.Form.NFC);
      for (int i = 0, p = 0; i < candidates.length(); i += 2) {
        char c = candidates.charAt(i);
        int q = composed.indexOf('\u0000', p);
        if (q == p + 1 && composed.charAt(p) == c) {
          INERT.set(c);
        }
        p = q + 1;
      }
      for (int c = 0; c < 0x10000; c++) {
        char ch = (char) c;
        if (isRemoved(ch) || isExoticSpace(ch) || Character.isSurrogate(ch) || !INERT.get(c)) {
          KIND[c] = FILTER_SPECIAL;
        } else if (!Character.isLetterOrDigit(ch)) {
          KIND[c] = FILTER_OTHER;
        } else if (vowel(ch) < 0) {
          KIND[c] = FILTER_WORD;
        } else {
          KIND[c] =
              (byte)
                  (FILTER_WORD
                      | VOWEL_BIT
                      | (tone(ch) != 0 ? TONE_BIT : 0)
                      | (hasVowelMark(ch) ? MARK_BIT : 0));
        }
      }
    }
  }

  // ---- case and folding

  /** The lower case of {@code c}, as {@link Character#toLowerCase(int)} gives it. */
  public static char lowerCase(char c) {
    return c < LIMIT ? LOWER_CASE[c] : (char) Character.toLowerCase((int) c);
  }

  /**
   * Lower-cases {@code term[from, to)} in place, as {@link CharacterUtils#toLowerCase} (and so
   * Lucene's {@code LowerCaseFilter}) does.
   */
  public static void lowerCase(char[] term, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = term[i];
      if (c >= LIMIT) {
        CharacterUtils.toLowerCase(term, i, to); // rare: other scripts, surrogate pairs
        return;
      }
      term[i] = LOWER_CASE[c];
    }
  }

  /**
   * The accent-free form of {@code c}: a Latin letter without its tone and vowel marks, {@code đ}
   * as {@code d}; any other char as it is.
   */
  public static char fold(char c) {
    return c < LIMIT ? FOLD[c] : c;
  }

  // ---- Vietnamese vowels, tones and marks

  /**
   * The number of {@code c}'s vowel without its tone, {@code c} being a precomposed Vietnamese
   * vowel of either case ({@code 0} to {@code 11} lower case, then upper case); else -1.
   */
  public static int vowel(char c) {
    return c < LIMIT ? (VOWEL_INFO[c] >> 3) - 1 : -1;
  }

  /** The tone of a Vietnamese vowel (1 grave, 2 acute, 3 hook, 4 tilde, 5 dot below), or 0. */
  public static int tone(char c) {
    return c < LIMIT ? VOWEL_INFO[c] & 7 : 0;
  }

  /** Vowel number {@code vowel} (see {@link #vowel}) with tone {@code tone} (0 for none). */
  public static char toned(int vowel, int tone) {
    return TONED[vowel][tone];
  }

  /**
   * Returns untoned vowel {@code c} with tone {@code tone}, or 0 when {@code c} is not an untoned
   * Vietnamese vowel.
   */
  public static char withTone(char c, int tone) {
    int v = vowel(c);
    return v < 0 || tone(c) != 0 ? 0 : TONED[v][tone];
  }

  /** Whether vowel number {@code vowel} has a vowel mark: {@code ă â ê ô ơ ư}. */
  public static boolean isMarked(int vowel) {
    return MARKED[vowel];
  }

  /**
   * True when {@code c} is a Vietnamese vowel with a vowel mark ({@code ă â ê ô ơ ư}, toned or
   * not).
   */
  public static boolean hasVowelMark(char c) {
    int v = vowel(c);
    return v >= 0 && MARKED[v];
  }

  /** True for a lower-case Vietnamese vowel without a tone mark, as dictionary keys spell them. */
  public static boolean isKeyVowel(char c) {
    int v = vowel(c);
    return v >= 0 && v < VOWEL_COUNT && tone(c) == 0;
  }

  /** True for the consonant letters of the Vietnamese alphabet, both cases. */
  public static boolean isConsonant(char c) {
    return c < LIMIT && CONSONANT[c];
  }

  // ---- dictionary keys and letter codes

  /** The key form of {@code c}: lower case and, for a letter with a tone mark, without it. */
  public static char keyBase(char c) {
    return c < LIMIT ? KEY_BASE[c] : (char) Character.toLowerCase((int) c);
  }

  /** The tone mark that {@link #keyBase} removes from {@code c} (1 to 5), or 0. */
  public static int keyTone(char c) {
    return c < LIMIT ? KEY_TONE[c] : 0;
  }

  /** Returns the tone (1 to 5) of a combining tone mark, 0 for any other char. */
  public static int toneOfMark(char c) {
    switch (c) {
      case '\u0300':
      case '\u0340':
        return 1;
      case '\u0301':
      case '\u0341':
        return 2;
      case '\u0309':
        return 3;
      case '\u0303':
        return 4;
      case '\u0323':
        return 5;
      default:
        return 0;
    }
  }

  /** Composes a base vowel with a combining circumflex, breve or horn; 0 if they do not compose. */
  public static char composeVowelMark(char base, char mark) {
    switch (mark) {
      case '\u0302':
        return base == 'a' ? 'â' : base == 'e' ? 'ê' : base == 'o' ? 'ô' : 0;
      case '\u0306':
        return base == 'a' ? 'ă' : 0;
      case '\u031B':
        return base == 'o' ? 'ơ' : base == 'u' ? 'ư' : 0;
      default:
        return 0;
    }
  }

  /**
   * The 7-bit code of {@code c} among the letters of the Vietnamese alphabet (with or without a
   * tone mark), the same for both cases of a letter; 0 for any other char.
   */
  public static int letterCode(char c) {
    return c < LIMIT ? CODE[c] : 0;
  }
}
