package io.github.vnsearch.analysis.vi.dict;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.TreeMap;

/**
 * Words supplied by the user, preferred over the system dictionary when they match.
 *
 * <p>Text format, UTF-8, one word per line: the syllables separated by spaces or {@code _}, then
 * optionally a cost (an integer from 0 to {@value #MAX_COST}; lower is preferred; default {@value
 * #DEFAULT_COST}, which beats every system word; a word listed twice keeps its lower cost). {@code
 * #} starts a comment; blank lines are ignored:
 *
 * <pre>
 * # organisations
 * Ngân hàng Nhà nước
 * điện toán đám mây 300
 * </pre>
 *
 * System dictionary costs are {@code 7 × −ln p(word)}, from about 20 for the commonest words to
 * {@value #MAX_COST}, the highest cost accepted.
 */
public final class UserDictionary extends WordDictionary {

  /** Highest cost accepted. */
  public static final int MAX_COST = 127;

  /** Cost of a word given without one. */
  public static final int DEFAULT_COST = 0;

  private UserDictionary(Parts parts) {
    super(parts);
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
          cost = -1;
        }
        if (cost < 0 || cost > MAX_COST) {
          throw new IllegalArgumentException(
              "user dictionary line "
                  + lineNumber
                  + ": bad cost '"
                  + last
                  + "' (expected an integer from 0 to "
                  + MAX_COST
                  + ")");
        }
        if (lastSpace < 0) {
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
    return new UserDictionary(WordDictionary.build(words));
  }
}
