package io.github.vnsearch.analysis.vi;

import java.text.Normalizer;
import java.util.Random;

/** Random Vietnamese-looking text in every spelling the normalization filter must handle. */
final class RandomVietnamese {

  /** Syllables in canonical spelling, each followed by a non-canonical spelling of it. */
  static final String[][] SYLLABLES = {
    {"hòa", "hoà"},
    {"khỏe", "khoẻ"},
    {"thủy", "thuỷ"},
    {"quý", "qúy"},
    {"lòa", "loà"},
    {"ủy", "uỷ"},
    {"tùy", "tuỳ"},
    {"giá", "gía"},
    {"hoàng", "hòang"},
    {"ngoài", "ngòai"},
    {"xòe", "xoè"},
    {"Hòa", "Hoà"},
    {"THỦY", "THUỶ"},
  };

  /** Canonical syllables that have no other spelling. */
  static final String[] PLAIN = {
    "Việt",
    "Nam",
    "đàm",
    "phán",
    "người",
    "thuận",
    "quyết",
    "giữa",
    "gì",
    "khuỷu",
    "Huế",
    "của",
    "và",
    "được",
    "tổng",
    "thống",
    "Zelensky",
    "NATO",
    "24%",
    "15/8",
    "TP.HCM",
    "Nguyễn",
    "nghiêng"
  };

  private static final String[] SEPARATORS = {
    " ", " ", " ", ", ", ". ", "\u00A0", "\u3000", "\u202F", "\n", " - ", "\u2009"
  };

  private static final String[] INVISIBLE = {"\u200B", "\u00AD", "\uFEFF", "\u2060", "\u200C"};

  private static final char[] MARKS = {
    '\u0300', '\u0301', '\u0302', '\u0303', '\u0306', '\u0309', '\u031B', '\u0323'
  };

  private RandomVietnamese() {}

  /** One random spelling of a random syllable. */
  static String syllable(Random random) {
    String s;
    if (random.nextInt(3) == 0) {
      s = PLAIN[random.nextInt(PLAIN.length)];
    } else {
      String[] forms = SYLLABLES[random.nextInt(SYLLABLES.length)];
      s = forms[random.nextInt(forms.length)];
    }
    switch (random.nextInt(6)) {
      case 0 -> s = Normalizer.normalize(s, Normalizer.Form.NFD);
      case 1 -> {
        int at = random.nextInt(s.length() + 1);
        s = s.substring(0, at) + INVISIBLE[random.nextInt(INVISIBLE.length)] + s.substring(at);
      }
      case 2 -> s = s + MARKS[random.nextInt(MARKS.length)];
      default -> {}
    }
    return s;
  }

  /** {@code syllables} random syllables joined by random separators. */
  static String text(Random random, int syllables) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < syllables; i++) {
      if (i > 0) {
        sb.append(SEPARATORS[random.nextInt(SEPARATORS.length)]);
      }
      sb.append(syllable(random));
    }
    return sb.toString();
  }
}
