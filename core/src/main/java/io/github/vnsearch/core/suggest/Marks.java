package io.github.vnsearch.core.suggest;

import java.text.Normalizer;

/**
 * The diacritics of a Vietnamese letter, split in two: its shape mark (circumflex, breve, horn, or
 * the bar of {@code đ}) and its tone mark (one of five). {@code ễ} is {@code e} with a circumflex
 * and a tilde; {@code a} has neither.
 */
final class Marks {

  /** No shape mark or no tone mark. */
  static final int NONE = 0;

  private static final int TABLE_SIZE = 0x1F00;
  private static final byte[] SHAPE = new byte[TABLE_SIZE];
  private static final byte[] TONE = new byte[TABLE_SIZE];
  private static final String SHAPES = "\u0302\u0306\u031B";
  private static final String TONES = "\u0300\u0301\u0309\u0303\u0323";

  static {
    for (int c = 0x80; c < TABLE_SIZE; c++) {
      if (!Character.isLetter(c)) {
        continue;
      }
      String nfd = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFD);
      for (int i = 1; i < nfd.length(); i++) {
        int shape = SHAPES.indexOf(nfd.charAt(i));
        int tone = TONES.indexOf(nfd.charAt(i));
        if (shape >= 0) {
          SHAPE[c] = (byte) (shape + 1);
        }
        if (tone >= 0) {
          TONE[c] = (byte) (tone + 1);
        }
      }
    }
    SHAPE['đ'] = SHAPE['Đ'] = 4;
  }

  private Marks() {}

  /** The shape mark of {@code c}: {@link #NONE} or 1–4 (circumflex, breve, horn, bar). */
  static int shape(char c) {
    return c < TABLE_SIZE ? SHAPE[c] : NONE;
  }

  /** The tone mark of {@code c}: {@link #NONE} or 1–5 (grave, acute, hook, tilde, dot). */
  static int tone(char c) {
    return c < TABLE_SIZE ? TONE[c] : NONE;
  }

  /** The Telex key of a tone ({@code f s r x j}) as its number, or {@link #NONE}. */
  static int telexTone(char key) {
    return "fsrxj".indexOf(key) + 1;
  }
}
