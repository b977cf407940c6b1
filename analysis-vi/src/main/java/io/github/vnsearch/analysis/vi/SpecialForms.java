package io.github.vnsearch.analysis.vi;

import static io.github.vnsearch.analysis.vi.VietnameseScanner.ABBREVIATION;
import static io.github.vnsearch.analysis.vi.VietnameseScanner.ALPHANUM;
import static io.github.vnsearch.analysis.vi.VietnameseScanner.DATE;
import static io.github.vnsearch.analysis.vi.VietnameseScanner.EMAIL;
import static io.github.vnsearch.analysis.vi.VietnameseScanner.FOREIGN;
import static io.github.vnsearch.analysis.vi.VietnameseScanner.HYPHENATED;
import static io.github.vnsearch.analysis.vi.VietnameseScanner.NUMBER;
import static io.github.vnsearch.analysis.vi.VietnameseScanner.SYLLABLE;
import static io.github.vnsearch.analysis.vi.VietnameseScanner.TIME;
import static io.github.vnsearch.analysis.vi.VietnameseScanner.URL;
import static io.github.vnsearch.analysis.vi.dict.CharacterDefinition.DIGIT;
import static io.github.vnsearch.analysis.vi.dict.CharacterDefinition.LETTER;
import static io.github.vnsearch.analysis.vi.dict.CharacterDefinition.WORD;

import io.github.vnsearch.analysis.vi.dict.CharacterDefinition;

/**
 * The special forms that {@link VietnameseScanner} keeps whole: numbers ({@code 1.000}, {@code
 * 24%}), dates ({@code 31/07/2023}, {@code 2.2022}), times ({@code 09:49}), abbreviations ({@code
 * TP.HCM}), e-mail addresses, URLs and host names, hyphenated forms ({@code COVID-19}) and mixed
 * letters and digits ({@code U23}); anything else joined by connectors keeps only its first group.
 *
 * <p>Remembers, for the window being scanned, what earlier pieces found out about the text after
 * them, so that a long run of chars without a space is not read again for each piece of it (see
 * {@link ConnectedRun}).
 */
final class SpecialForms {

  /** Connector kinds, one bit each, and the percent sign that may end a number. */
  static final int DOT = 1;

  static final int COMMA = 2;
  static final int SLASH = 4;
  static final int COLON = 8;
  static final int HYPHEN = 16;

  /** Number of connector kinds: their bits are the lowest ones. */
  static final int CONNECTOR_KINDS = 5;

  static final int PERCENT = 32;

  /** The run of non-space chars {@code [chunkFrom, chunkEnd)} found last, or -1. */
  private int chunkFrom;

  private int chunkEnd = -1;

  /** E-mail addresses starting in {@code [emailFrom, emailLocalEnd)} end at {@code emailEnd}. */
  private int emailFrom;

  private int emailLocalEnd = -1;
  private int emailEnd;

  /** The last run of connected groups that made no known form. */
  private final ConnectedRun run = new ConnectedRun();

  /** Forgets what was found in the previous window. */
  void clear() {
    chunkEnd = -1;
    emailLocalEnd = -1;
    run.clear();
  }

  /** True when the text at {@code from} starts with {@code ht} or {@code ww}, as URLs do. */
  static boolean mayStartUrl(char[] text, int from, int to) {
    char first = text[from];
    char second = from + 1 < to ? text[from + 1] : 0;
    return ((first == 'h' || first == 'H') && (second == 't' || second == 'T'))
        || ((first == 'w' || first == 'W') && (second == 'w' || second == 'W'));
  }

  /**
   * Scans a piece starting with a letter or digit at {@code from}, the window being {@code text[0,
   * to)}: a URL, an e-mail address, or letters and digits joined by inner connectors ({@code . , /
   * : -}) and classified by what they contain.
   *
   * @return the end of the piece in the low 32 bits, its kind above
   */
  long scan(char[] text, int from, int to) {
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
      int f = CharacterDefinition.tableFlags(text[i]);
      if ((f & WORD) != 0) {
        digits |= (f & DIGIT) != 0;
        letters |= (f & (DIGIT | LETTER)) == LETTER;
        i++;
        continue;
      }
      int c = Character.codePointAt(text, i, to);
      f = CharacterDefinition.flags(c);
      if ((f & WORD) != 0) {
        digits |= (f & DIGIT) != 0;
        letters |= (f & (DIGIT | LETTER)) == LETTER;
        i += Character.charCount(c);
        continue;
      }
      int connector = connector(c);
      if (connector != 0
          && i + 1 < to
          && CharacterDefinition.isWordChar(Character.codePointAt(text, i + 1, to))) {
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
  int chunkEnd(char[] text, int from, int to) {
    if (from >= chunkFrom && from < chunkEnd) {
      return chunkEnd;
    }
    int end = from;
    while (end < to && !CharacterDefinition.isSpace(text[end])) {
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
}
