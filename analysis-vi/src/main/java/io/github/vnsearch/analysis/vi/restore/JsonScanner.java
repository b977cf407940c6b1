package io.github.vnsearch.analysis.vi.restore;

import java.util.function.BiConsumer;

/**
 * Just enough JSON for the model builder: walks the members of one top-level object and hands each
 * member name with its string value (or {@code null} for any other value) to a callback, skipping
 * nested objects and arrays.
 */
final class JsonScanner {

  private final String text;
  private final String source;
  private int pos;

  private JsonScanner(String text, String source) {
    this.text = text;
    this.source = source;
  }

  /**
   * Calls {@code member} for every top-level member of the JSON object in {@code text}.
   *
   * @param source names the input (file and line) in error messages
   * @throws IllegalArgumentException when {@code text} is not a JSON object
   */
  static void members(String text, String source, BiConsumer<String, String> member) {
    JsonScanner s = new JsonScanner(text, source);
    s.skipSpace();
    s.expect('{');
    s.skipSpace();
    if (s.peek() == '}') {
      return;
    }
    while (true) {
      s.skipSpace();
      String name = s.string();
      s.skipSpace();
      s.expect(':');
      s.skipSpace();
      String value = s.peek() == '"' ? s.string() : null;
      if (value == null) {
        s.skipValue();
      }
      member.accept(name, value);
      s.skipSpace();
      char c = s.next();
      if (c == '}') {
        return;
      }
      if (c != ',') {
        throw s.error("expected ',' or '}'");
      }
    }
  }

  private IllegalArgumentException error(String what) {
    return new IllegalArgumentException(source + ": invalid JSON at offset " + pos + ": " + what);
  }

  private char peek() {
    if (pos >= text.length()) {
      throw error("unexpected end");
    }
    return text.charAt(pos);
  }

  private char next() {
    char c = peek();
    pos++;
    return c;
  }

  private void expect(char c) {
    if (next() != c) {
      throw error("expected '" + c + "'");
    }
  }

  private void skipSpace() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }

  private String string() {
    expect('"');
    StringBuilder sb = new StringBuilder();
    while (true) {
      char c = next();
      if (c == '"') {
        return sb.toString();
      }
      if (c != '\\') {
        sb.append(c);
        continue;
      }
      char e = next();
      switch (e) {
        case 'n' -> sb.append('\n');
        case 't' -> sb.append('\t');
        case 'r' -> sb.append('\r');
        case 'b' -> sb.append('\b');
        case 'f' -> sb.append('\f');
        case 'u' -> {
          if (pos + 4 > text.length()) {
            throw error("bad \\u escape");
          }
          try {
            sb.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
          } catch (NumberFormatException ex) {
            throw error("bad \\u escape");
          }
          pos += 4;
        }
        default -> sb.append(e);
      }
    }
  }

  private void skipValue() {
    char c = peek();
    if (c == '"') {
      string();
    } else if (c == '{' || c == '[') {
      int depth = 0;
      do {
        c = next();
        if (c == '"') {
          pos--;
          string();
        } else if (c == '{' || c == '[') {
          depth++;
        } else if (c == '}' || c == ']') {
          depth--;
        }
      } while (depth > 0);
    } else {
      while (pos < text.length() && ",}] \t\r\n".indexOf(text.charAt(pos)) < 0) {
        pos++;
      }
    }
  }
}
