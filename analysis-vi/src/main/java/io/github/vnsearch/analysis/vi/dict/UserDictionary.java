package io.github.vnsearch.analysis.vi.dict;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.TreeMap;
import org.apache.lucene.util.fst.FST;

/**
 * Words supplied by the user, preferred over the system dictionary when they match.
 *
 * <p>Text format, UTF-8, one word per line: the syllables separated by spaces or {@code _}, then
 * optionally a cost (a non-negative integer; lower is preferred; default {@value #DEFAULT_COST},
 * which beats every system word). {@code #} starts a comment; blank lines are ignored:
 *
 * <pre>
 * # organisations
 * Ngân hàng Nhà nước
 * điện toán đám mây 300
 * </pre>
 *
 * System dictionary costs are {@code 100 × −ln p(word)}, roughly 400 to 2,000.
 */
public final class UserDictionary {

  /** Cost of a word given without one. */
  public static final int DEFAULT_COST = 0;

  private final FST<Long> fst;
  private final int entries;

  private UserDictionary(FST<Long> fst, int entries) {
    this.fst = fst;
    this.entries = entries;
  }

  /**
   * Reads a user dictionary; the reader is not closed.
   *
   * @return the dictionary, or null when the text holds no word
   * @throws IllegalArgumentException naming the line of a malformed entry
   */
  public static UserDictionary open(Reader reader) throws IOException {
    BufferedReader lines = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    TreeMap<String, Integer> words = new TreeMap<>();
    String line;
    int lineNumber = 0;
    while ((line = lines.readLine()) != null) {
      lineNumber++;
      int hash = line.indexOf('#');
      String text = (hash >= 0 ? line.substring(0, hash) : line).strip();
      if (lineNumber == 1 && !text.isEmpty() && text.charAt(0) == '\uFEFF') {
        text = text.substring(1).strip();
      }
      if (text.isEmpty()) {
        continue;
      }
      int cost = DEFAULT_COST;
      int lastSpace = Math.max(text.lastIndexOf(' '), text.lastIndexOf('\t'));
      String last = text.substring(lastSpace + 1);
      if (!last.isEmpty() && Character.isDigit(last.charAt(0))) {
        try {
          cost = Integer.parseInt(last);
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(
              "user dictionary line " + lineNumber + ": bad cost '" + last + "'");
        }
        if (cost < 0 || lastSpace < 0) {
          throw new IllegalArgumentException(
              "user dictionary line "
                  + lineNumber
                  + ": expected a word before cost '"
                  + last
                  + "'");
        }
        text = text.substring(0, lastSpace).strip();
      }
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (!Character.isLetter(c)
            && Character.getType(c) != Character.NON_SPACING_MARK
            && c != ' '
            && c != '\t'
            && c != '_') {
          throw new IllegalArgumentException(
              "user dictionary line "
                  + lineNumber
                  + ": '"
                  + text
                  + "' is not a word of letters (unexpected '"
                  + c
                  + "')");
        }
      }
      String key = DictionaryKeys.key(text);
      words.merge(key, cost, Math::min);
    }
    if (words.isEmpty()) {
      return null;
    }
    FST<Long> fst = FstIO.build(new ArrayList<>(words.keySet()), new ArrayList<>(words.values()));
    return new UserDictionary(fst, words.size());
  }

  /** The word FST: key chars (UTF-16 code units, see {@link DictionaryKeys}) → cost. */
  public FST<Long> getFST() {
    return fst;
  }

  /** Number of distinct words. */
  public int entries() {
    return entries;
  }
}
