package io.github.vnsearch.core.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits user query syntax into items: words, quoted phrases, {@code +}/{@code -} prefixes, {@code
 * field:} prefixes and the {@code OR} connector. Never fails: unbalanced quotes close at the end,
 * lone operators are dropped.
 */
final class QueryLexer {

  enum Occur {
    DEFAULT,
    MUST,
    MUST_NOT
  }

  /**
   * One word or phrase with its prefixes; {@code text == null} marks an {@code OR}. {@code start}
   * is where {@code text} begins in the query, so that the same span of a restored copy of the
   * query (same length) can be read.
   */
  record Item(Occur occur, String field, boolean phrase, String text, int start) {
    boolean isOr() {
      return text == null;
    }
  }

  static final Item OR = new Item(Occur.DEFAULT, null, false, null, -1);

  private QueryLexer() {}

  static List<Item> lex(String query, List<String> fields) {
    List<Item> items = new ArrayList<>();
    int n = query.length();
    int i = 0;
    Occur occur = Occur.DEFAULT;
    String field = null;
    while (i < n) {
      char c = query.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      if ((c == '+' || c == '-') && occur == Occur.DEFAULT && field == null) {
        occur = c == '+' ? Occur.MUST : Occur.MUST_NOT;
        i++;
        if (i >= n || Character.isWhitespace(query.charAt(i))) {
          occur = Occur.DEFAULT; // a lone operator means nothing
        }
        continue;
      }
      if (c == '"' || c == '“' || c == '”') {
        int end = i + 1;
        while (end < n && !isQuote(query.charAt(end))) {
          end++;
        }
        String text = query.substring(i + 1, end);
        if (!text.isBlank()) {
          items.add(new Item(occur, field, true, text, i + 1));
        }
        occur = Occur.DEFAULT;
        field = null;
        i = end + 1;
        continue;
      }
      int end = i;
      while (end < n && !Character.isWhitespace(query.charAt(end)) && !isQuote(query.charAt(end))) {
        end++;
      }
      String word = query.substring(i, end);
      int start = i;
      i = end;
      int colon = word.indexOf(':');
      if (colon > 0 && field == null) {
        String name = word.substring(0, colon).toLowerCase(Locale.ROOT);
        if (fields.contains(name)) {
          field = name;
          word = word.substring(colon + 1);
          start += colon + 1;
          if (word.isEmpty()) {
            continue; // applies to the next word or phrase
          }
        }
      }
      if (occur == Occur.DEFAULT && field == null) {
        if (word.equals("OR") || word.equals("||")) {
          items.add(OR);
          continue;
        }
        if (word.equals("AND") || word.equals("&&")) {
          continue;
        }
        if (word.equals("NOT")) {
          occur = Occur.MUST_NOT;
          continue;
        }
      }
      items.add(new Item(occur, field, false, word, start));
      occur = Occur.DEFAULT;
      field = null;
    }
    return items;
  }

  private static boolean isQuote(char c) {
    return c == '"' || c == '“' || c == '”';
  }
}
