package io.github.vnsearch.analysis.vi;

import io.github.vnsearch.analysis.vi.dict.CharacterDefinition;

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
 * Case is kept per letter. Vowels and consonants are those of the {@link CharacterDefinition},
 * which knows precomposed (NFC) letters only.
 */
final class ToneMarks {

  /** Longest run treated as a syllable ({@code nghiêng} has 7 letters). */
  static final int MAX_SYLLABLE_LENGTH = 8;

  private static final int I = CharacterDefinition.vowel('i');
  private static final int U = CharacterDefinition.vowel('u');

  private static final String[] ONSETS = {
    "", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh",
    "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x"
  };
  private static final String[] FINALS = {"", "c", "ch", "k", "m", "n", "ng", "nh", "p", "t"};

  private ToneMarks() {}

  private static int vowel(char c) {
    return CharacterDefinition.vowel(c);
  }

  /** Lower-case letter at {@code i}, with its tone removed. */
  private static char plain(char[] buffer, int i) {
    int v = vowel(buffer[i]);
    return Character.toLowerCase(v >= 0 ? CharacterDefinition.toned(v, 0) : buffer[i]);
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
      int v = vowel(c);
      if (v < 0) {
        if (!CharacterDefinition.isConsonant(c)) {
          return false;
        }
      } else {
        vowelCount++;
        if (CharacterDefinition.isMarked(v)) {
          lastMarked = i;
        }
        if (CharacterDefinition.tone(c) != 0) {
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
      int next = vowel(buffer[nucleusStart]) % CharacterDefinition.VOWEL_COUNT;
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
      if (CharacterDefinition.isMarked(vowel(buffer[i]))) {
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
    int tone = CharacterDefinition.tone(buffer[tonePosition]);
    buffer[tonePosition] = CharacterDefinition.toned(vowel(buffer[tonePosition]), 0);
    buffer[target] = CharacterDefinition.toned(vowel(buffer[target]), tone);
    return true;
  }
}
