package io.github.vnsearch.analysis.vi;

import java.text.Normalizer;

/**
 * Puts the tone mark of one Vietnamese syllable on its canonical vowel, so that the spellings
 * {@code hoà}/{@code hòa}, {@code thuỷ}/{@code thủy}, {@code qúy}/{@code quý} become one.
 *
 * <p>The canonical placement is the traditional one that most Vietnamese news sites use: {@code
 * hòa}, {@code khỏe}, {@code thủy}, {@code ủy} (in the VNTC news corpus {@code hòa} outnumbers
 * {@code hoà} 3 to 2, {@code thủy} outnumbers {@code thuỷ} 3 to 1, {@code khỏe} {@code khoẻ} 8 to
 * 1). After the onset (with {@code qu} and, before another vowel, {@code gi} counted as onsets),
 * the tone goes on
 *
 * <ol>
 *   <li>the last vowel that carries a vowel mark ({@code ă â ê ô ơ ư}), if any: {@code thuận},
 *       {@code người}, {@code thuở};
 *   <li>otherwise, when the syllable has a final consonant, the last vowel: {@code hoàng}, {@code
 *       huỳnh}, {@code quýt};
 *   <li>otherwise the middle of three vowels ({@code ngoài}, {@code khuỷu}) or the first of two
 *       ({@code hòa}, {@code khỏe}, {@code thủy}, {@code mía}, {@code gửi}), or the only one
 *       ({@code quý}, {@code già}).
 * </ol>
 *
 * <p>Only letter runs that parse as one Vietnamese syllable with exactly one tone mark are touched;
 * foreign words, runs with several tone marks and anything longer than a syllable are left alone.
 * Case is kept per letter. The tables cover precomposed (NFC) letters only.
 */
final class ToneMarks {

  /** Longest run treated as a syllable ({@code nghiêng} has 7 letters). */
  static final int MAX_SYLLABLE_LENGTH = 8;

  private static final String VOWELS = "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY";
  private static final int VOWEL_COUNT = 12;
  private static final int I = VOWELS.indexOf('i');
  private static final int U = VOWELS.indexOf('u');
  private static final char[] TONE_MARKS = {0, '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'};

  /** {@code TONED[v][t]}: vowel {@code v} of {@link #VOWELS} with tone {@code t} (0 = none). */
  private static final char[][] TONED = new char[VOWELS.length()][TONE_MARKS.length];

  /** For a vowel char: {@code (v + 1) << 3 | tone}; 0 for any other char. */
  private static final short[] INFO = new short[0x1F00];

  private static final String CONSONANTS = "bcdđghklmnpqrstvx";
  private static final String[] ONSETS = {
    "", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh",
    "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x"
  };
  private static final String[] FINALS = {"", "c", "ch", "k", "m", "n", "ng", "nh", "p", "t"};

  private static final boolean[] MARKED = new boolean[VOWELS.length()];

  /** True for the consonant letters of {@link #CONSONANTS}, both cases. */
  private static final boolean[] CONSONANT = new boolean[0x1F00];

  static {
    for (int v = 0; v < VOWELS.length(); v++) {
      MARKED[v] = "ăâêôơưĂÂÊÔƠƯ".indexOf(VOWELS.charAt(v)) >= 0;
    }
    for (char c : CONSONANTS.toCharArray()) {
      CONSONANT[c] = true;
      CONSONANT[Character.toUpperCase(c)] = true;
    }
    for (int v = 0; v < VOWELS.length(); v++) {
      for (int t = 0; t < TONE_MARKS.length; t++) {
        String s = t == 0 ? VOWELS.substring(v, v + 1) : VOWELS.charAt(v) + "" + TONE_MARKS[t];
        String composed = Normalizer.normalize(s, Normalizer.Form.NFC);
        if (composed.length() != 1) {
          throw new AssertionError("no precomposed form for " + s);
        }
        char c = composed.charAt(0);
        TONED[v][t] = c;
        INFO[c] = (short) (((v + 1) << 3) | t);
      }
    }
  }

  private ToneMarks() {}

  /** Returns the index in {@link #VOWELS} of {@code c} without its tone, or -1. */
  private static int vowel(char c) {
    return c < INFO.length ? (INFO[c] >> 3) - 1 : -1;
  }

  /** True when {@code c} is a precomposed Vietnamese vowel, with or without a tone mark. */
  static boolean isVowel(char c) {
    return vowel(c) >= 0;
  }

  /** True when {@code c} is a Vietnamese vowel carrying a tone mark. */
  static boolean hasTone(char c) {
    return tone(c) != 0;
  }

  /**
   * Returns untoned vowel {@code c} with tone {@code tone} (1 grave, 2 acute, 3 hook, 4 tilde, 5
   * dot below), or 0 when {@code c} is not an untoned Vietnamese vowel.
   */
  static char withTone(char c, int tone) {
    int v = vowel(c);
    return v < 0 || tone(c) != 0 ? 0 : TONED[v][tone];
  }

  private static int tone(char c) {
    return c < INFO.length ? INFO[c] & 7 : 0;
  }

  /**
   * True when {@code c} is a Vietnamese vowel with a vowel mark ({@code ă â ê ô ơ ư}, toned or
   * not).
   */
  static boolean hasVowelMark(char c) {
    int v = vowel(c);
    return v >= 0 && MARKED[v];
  }

  /** True for the vowels written with a vowel mark: {@code ă â ê ô ơ ư}. */
  private static boolean hasVowelMark(int vowel) {
    return MARKED[vowel];
  }

  private static boolean isConsonant(char c) {
    return c < INFO.length && CONSONANT[c];
  }

  /** Lower-case letter at {@code i}, with its tone removed. */
  private static char plain(char[] buffer, int i) {
    int v = vowel(buffer[i]);
    return Character.toLowerCase(v >= 0 ? TONED[v][0] : buffer[i]);
  }

  private static boolean matchesAny(String[] candidates, char[] buffer, int start, int end) {
    for (String candidate : candidates) {
      if (candidate.length() == end - start) {
        int i = 0;
        while (i < candidate.length() && plain(buffer, start + i) == candidate.charAt(i)) {
          i++;
        }
        if (i == candidate.length()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Moves the tone mark of the syllable in {@code buffer[offset, offset + length)} to its canonical
   * vowel.
   *
   * @return true when the buffer changed
   */
  static boolean canonicalize(char[] buffer, int offset, int length) {
    if (length < 2 || length > MAX_SYLLABLE_LENGTH) {
      return false;
    }
    int end = offset + length;
    int tonePosition = -1;
    int lastMarked = -1;
    int vowelCount = 0;
    for (int i = offset; i < end; i++) {
      char c = buffer[i];
      int info = c < INFO.length ? INFO[c] : 0;
      if (info == 0) {
        if (!isConsonant(c)) {
          return false;
        }
      } else {
        vowelCount++;
        if (MARKED[(info >> 3) - 1]) {
          lastMarked = i;
        }
        if ((info & 7) != 0) {
          if (tonePosition >= 0) {
            return false;
          }
          tonePosition = i;
        }
      }
    }
    if (tonePosition < 0 || vowelCount < 2 || tonePosition == lastMarked) {
      return false; // nothing to move: most syllables end here
    }
    int nucleusStart = offset;
    while (nucleusStart < end && vowel(buffer[nucleusStart]) < 0) {
      nucleusStart++;
    }
    if (nucleusStart == end) {
      return false;
    }
    // "qu" is always an onset; "gi" is one when another vowel follows (gia, giữ, but gì, gìn).
    if (nucleusStart == offset + 1) {
      char onset = buffer[offset];
      int next = vowel(buffer[nucleusStart]) % VOWEL_COUNT;
      if (((onset == 'q' || onset == 'Q') && next == U)
          || ((onset == 'g' || onset == 'G')
              && next == I
              && nucleusStart + 1 < end
              && vowel(buffer[nucleusStart + 1]) >= 0)) {
        nucleusStart++;
      }
    }
    int nucleusEnd = nucleusStart;
    while (nucleusEnd < end && vowel(buffer[nucleusEnd]) >= 0) {
      nucleusEnd++;
    }
    int vowels = nucleusEnd - nucleusStart;
    if (vowels == 0 || vowels > 3) {
      return false;
    }
    int target = -1;
    for (int i = nucleusStart; i < nucleusEnd; i++) {
      if (hasVowelMark(vowel(buffer[i]))) {
        target = i;
      }
    }
    if (target < 0) {
      if (nucleusEnd < end) {
        target = nucleusEnd - 1;
      } else {
        target = vowels == 3 ? nucleusStart + 1 : nucleusStart;
      }
    }
    if (target == tonePosition) {
      return false; // the common case: no need to check the syllable's shape
    }
    if (!matchesAny(ONSETS, buffer, offset, nucleusStart)
        || !matchesAny(FINALS, buffer, nucleusEnd, end)) {
      return false;
    }
    int tone = tone(buffer[tonePosition]);
    buffer[tonePosition] = TONED[vowel(buffer[tonePosition])][0];
    buffer[target] = TONED[vowel(buffer[target])][tone];
    return true;
  }
}
