package io.github.vnsearch.analysis.vi;

import io.github.vnsearch.analysis.vi.dict.CharacterDefinition;
import java.util.Arrays;
import org.apache.lucene.util.ArrayUtil;

/**
 * What {@link SpecialForms} learned from a run of word chars joined by connectors ({@code a/b/c},
 * {@code Ab.cd.ef}) that made no known form: it keeps only the part before the first connector, and
 * the next piece starts after that connector, inside the same run. For each such start, this
 * summary tells in constant time whether the rest of the run can still be one piece (a date, a
 * number, an abbreviation, a host name, an e-mail address...) or is certainly cut again at its
 * first connector, so that a run of {@code n} groups is read a bounded number of times instead of
 * {@code n} times.
 *
 * <p>It only says "certainly cut" when {@link SpecialForms}' own classification would say so: for
 * every property that classification checks over a whole piece, the summary holds the last position
 * in the run where it fails, and a piece starting after that position has the property.
 */
final class ConnectedRun {

  /** The window the run was found in, or null when there is none. */
  private char[] text;

  /** The run is {@code text[from, end)}, {@code end} excluding a percent sign after it. */
  private int from;

  private int end;

  /** Positions of the connectors in the run, ascending. */
  private int[] connectors = new int[16];

  private int connectorCount;

  /** Index of the first connector at or after the start asked about last. */
  private int cursor;

  /** Last position of each connector kind ({@link SpecialForms#DOT} and so on, by bit). */
  private final int[] lastOfKind = new int[SpecialForms.CONNECTOR_KINDS];

  /** Last positions of a letter and of a digit, as the scanner counts them. */
  private int lastLetter;

  private int lastDigit;

  /** Last positions where a group has more than one char or a non-letter (no single letters). */
  private int lastNotSingleLetter;

  /** Last position of a char that is neither a dot, an upper-case letter nor a digit. */
  private int lastNotUpper;

  /** Last position of a char that is neither a dot, an ASCII lower-case letter nor a digit. */
  private int lastNotHost;

  /** Last position of a char that cannot be in the local part of an e-mail address. */
  private int lastNotEmailLocal;

  /** Forgets the run: the window changes. */
  void clear() {
    text = null;
  }

  /** Whether {@code start} is a group start of the recorded run, after its first group. */
  boolean covers(char[] window, int start) {
    return window == text
        && start > from
        && start < end
        && SpecialForms.connector(window[start - 1]) != 0;
  }

  /** Records the run {@code window[from, end)}, every connector of which joins two groups. */
  void record(char[] window, int from, int end) {
    this.text = window;
    this.from = from;
    this.end = end;
    connectorCount = 0;
    cursor = 0;
    Arrays.fill(lastOfKind, -1);
    lastLetter = lastDigit = -1;
    lastNotSingleLetter = lastNotUpper = lastNotHost = lastNotEmailLocal = -1;
    for (int i = from; i < end; ) {
      int c = Character.codePointAt(window, i, end);
      int kind = SpecialForms.connector(c);
      if (kind != 0) {
        if (connectorCount == connectors.length) {
          connectors = ArrayUtil.grow(connectors, connectorCount + 1);
        }
        connectors[connectorCount++] = i;
        lastOfKind[Integer.numberOfTrailingZeros(kind)] = i;
      } else {
        int f = CharacterDefinition.flags(c);
        if ((f & CharacterDefinition.DIGIT) != 0) {
          lastDigit = i;
        }
        if ((f & (CharacterDefinition.DIGIT | CharacterDefinition.LETTER))
            == CharacterDefinition.LETTER) {
          lastLetter = i;
        }
      }
      i += Character.charCount(c);
    }
    // the properties the scanner checks char by char, as it does
    for (int i = from; i < end; i++) {
      char c = window[i];
      if (c != '.') {
        if (!Character.isLetter(c) || (i > from && SpecialForms.connector(window[i - 1]) == 0)) {
          lastNotSingleLetter = i;
        }
        if (!Character.isUpperCase(c) && !Character.isDigit(c)) {
          lastNotUpper = i;
        }
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
          lastNotHost = i;
        }
      }
      if (!SpecialForms.isEmailLocalChar(c)) {
        lastNotEmailLocal = i;
      }
    }
  }

  /** The first connector at or after {@code start} (one exists when {@link #mayBeWhole} fails). */
  int nextConnector(int start) {
    return connectors[firstConnectorIndex(start)];
  }

  /**
   * False when the scanner, starting at {@code start} (a group start that {@link #covers}), would
   * certainly keep only the part before the next connector; true when the rest of the run may be
   * one piece, which only the scanner can tell.
   *
   * @param forms answers whether an e-mail address starts at {@code start}
   * @param limit the end of the window
   */
  boolean mayBeWhole(SpecialForms forms, int start, int limit) {
    boolean letters = lastLetter >= start;
    boolean digits = lastDigit >= start;
    int kinds = 0;
    for (int bit = 0; bit < SpecialForms.CONNECTOR_KINDS; bit++) {
      if (lastOfKind[bit] >= start) {
        kinds |= 1 << bit;
      }
    }
    int pieceEnd = end;
    if (end < limit && text[end] == '%' && digits && !letters) {
      kinds |= SpecialForms.PERCENT;
      pieceEnd++;
    }
    if (pieceEnd < limit
        && (text[pieceEnd] == '@' || text[pieceEnd] == '_' || text[pieceEnd] == '+')
        && pieceEnd == end
        && start > lastNotEmailLocal
        && forms.emailEnd(text, start, limit) > 0) {
      return true;
    }
    int groups = 1 + connectorCount - firstConnectorIndex(start);
    if (kinds == 0) {
      return true;
    }
    if ((kinds & SpecialForms.HYPHEN) != 0) {
      return (kinds & ~SpecialForms.HYPHEN) == 0;
    }
    if (!letters) {
      if (kinds == SpecialForms.SLASH || kinds == SpecialForms.COLON) {
        return groups <= 3; // the scanner checks the digits of so few groups itself
      }
      return (kinds & (SpecialForms.SLASH | SpecialForms.COLON)) == 0;
    }
    if (kinds != SpecialForms.DOT) {
      return false;
    }
    int lastLabel = end - lastOfKind[Integer.numberOfTrailingZeros(SpecialForms.DOT)] - 1;
    return lastNotSingleLetter < start
        || lastNotUpper < start
        || (lastNotHost < start && lastLabel >= 2 && lastLabel <= 6);
  }

  /** The index of the first connector at or after {@code start}; starts come in order. */
  private int firstConnectorIndex(int start) {
    if (cursor > 0 && connectors[cursor - 1] >= start) {
      cursor = 0; // asked about an earlier start: look from the beginning
    }
    while (cursor < connectorCount && connectors[cursor] < start) {
      cursor++;
    }
    return cursor;
  }
}
