package io.github.vnsearch.analysis.vi;

/** Extracts one top-level string field from a JSON Lines object, for the training tool only. */
final class JsonField {

  private JsonField() {}

  /** Returns the decoded string value of {@code "name": "..."} in {@code json}, or null. */
  static String stringValue(String json, String name) {
    String marker = "\"" + name + "\": ";
    int i = json.indexOf(marker);
    if (i < 0) {
      return null;
    }
    i += marker.length();
    if (i >= json.length() || json.charAt(i) != '"') {
      return null;
    }
    StringBuilder sb = new StringBuilder();
    for (i++; i < json.length(); i++) {
      char c = json.charAt(i);
      if (c == '"') {
        return sb.toString();
      }
      if (c != '\\') {
        sb.append(c);
        continue;
      }
      char e = json.charAt(++i);
      switch (e) {
        case 'n' -> sb.append('\n');
        case 't' -> sb.append('\t');
        case 'r' -> sb.append('\r');
        case 'b' -> sb.append('\b');
        case 'f' -> sb.append('\f');
        case 'u' -> {
          sb.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
          i += 4;
        }
        default -> sb.append(e);
      }
    }
    return null;
  }
}
