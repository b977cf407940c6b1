package io.github.vnsearch.core.suggest;

import io.github.vnsearch.analysis.vi.VietnameseFoldingFilter;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a user has typed so far, read the way {@link CompletionTable} keys its completions (runs of
 * letters and digits) and kept with its diacritics, which rank completions whose marks agree.
 *
 * <p>Every state an input method passes through is accepted: {@code Nguy}, {@code Nguyê} and {@code
 * nguyen} are prefixes of {@code Nguyễn} once folded, and {@link #telex()} reads the Telex keys of
 * a box that shows them as typed ({@code nguyeenx}, {@code dduowngf}).
 */
final class TypedText {

  /** As typed, NFC, runs of white space made one space, no leading space. */
  final String text;

  /** Whether the last char typed was a space: the last word is complete. */
  final boolean endsWithSpace;

  /** The lower-cased runs of letters and digits of {@link #text}. */
  final String[] tokens;

  /** The tone of each token, typed as a mark or as a Telex key; {@link Marks#NONE} if none. */
  final int[] tones;

  private TypedText(String text, boolean endsWithSpace, String[] tokens, int[] tones) {
    this.text = text;
    this.endsWithSpace = endsWithSpace;
    this.tokens = tokens;
    this.tones = tones;
  }

  /** Reads {@code raw}, as typed. */
  static TypedText of(String raw) {
    String nfc = Normalizer.normalize(raw, Normalizer.Form.NFC);
    boolean endsWithSpace = !nfc.isEmpty() && Character.isWhitespace(nfc.charAt(nfc.length() - 1));
    String text = nfc.strip().replaceAll("\\s+", " ");
    String[] tokens = tokens(text.toLowerCase(Locale.ROOT));
    int[] tones = new int[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      tones[i] = tone(tokens[i]);
    }
    return new TypedText(text, endsWithSpace && !text.isEmpty(), tokens, tones);
  }

  /** Whether nothing but spaces or punctuation was typed. */
  boolean isEmpty() {
    return tokens.length == 0;
  }

  /** The space-separated words of {@link #text}. */
  String[] words() {
    return text.isEmpty() ? new String[0] : text.split(" ");
  }

  /** The text of its first {@code to} words. */
  TypedText head(int to) {
    return of(String.join(" ", Arrays.copyOfRange(words(), 0, to)));
  }

  /** Whether {@code candidate} has the same tokens as this text once folded. */
  boolean spellsAs(String candidate) {
    String[] theirs = tokens(candidate.toLowerCase(Locale.ROOT));
    if (theirs.length != tokens.length) {
      return false;
    }
    for (int i = 0; i < tokens.length; i++) {
      if (!VietnameseFoldingFilter.fold(theirs[i])
          .equals(VietnameseFoldingFilter.fold(tokens[i]))) {
        return false;
      }
    }
    return true;
  }

  /** The text from its {@code from}-th word on (0 for all of it). */
  TypedText tail(int from) {
    String[] words = words();
    TypedText tail = of(String.join(" ", Arrays.copyOfRange(words, from, words.length)));
    return new TypedText(tail.text, endsWithSpace, tail.tokens, tail.tones);
  }

  /**
   * The text read as Telex keys ({@code dd aa aw ee oo ow uw w} for letters, {@code f s r x j} for
   * tones, {@code z} to clear), or {@code null} when no token holds a Telex key.
   */
  TypedText telex() {
    String[] decoded = new String[tokens.length];
    int[] decodedTones = tones.clone();
    boolean changed = false;
    for (int i = 0; i < tokens.length; i++) {
      StringBuilder out = new StringBuilder(tokens[i].length());
      int tone = decodeTelex(tokens[i], out);
      decoded[i] = out.toString();
      if (tone >= 0) {
        decodedTones[i] = tone;
      }
      changed |= tone >= 0 || !decoded[i].equals(tokens[i]);
    }
    if (!changed) {
      return null;
    }
    return new TypedText(String.join(" ", decoded), endsWithSpace, decoded, decodedTones);
  }

  /**
   * Appends the letters of Telex keys {@code word} to {@code out}; returns the tone typed, or -1
   * when no tone key was typed.
   */
  private static int decodeTelex(String word, StringBuilder out) {
    int tone = -1;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      int last = out.length() - 1;
      char previous = last >= 0 ? out.charAt(last) : 0;
      if (c == 'd' && previous == 'd' && last == 0) {
        out.setCharAt(0, 'đ');
      } else if ((c == 'a' || c == 'e' || c == 'o') && previous == c) {
        out.setCharAt(last, c == 'a' ? 'â' : c == 'e' ? 'ê' : 'ô');
      } else if (c == 'w') {
        hook(out);
      } else if (Marks.telexTone(c) > 0 && hasVowel(out)) {
        tone = Marks.telexTone(c);
      } else if (c == 'z' && hasVowel(out)) {
        tone = Marks.NONE;
      } else {
        out.append(c);
      }
    }
    return tone;
  }

  /** Applies Telex {@code w} to the last of {@code a o u} typed ({@code uo} both), else adds ư. */
  private static void hook(StringBuilder out) {
    for (int i = out.length() - 1; i >= 0; i--) {
      char c = out.charAt(i);
      if (c == 'a') {
        out.setCharAt(i, 'ă');
        return;
      } else if (c == 'o') {
        out.setCharAt(i, 'ơ');
        if (i > 0 && out.charAt(i - 1) == 'u') {
          out.setCharAt(i - 1, 'ư');
        }
        return;
      } else if (c == 'u') {
        out.setCharAt(i, 'ư');
        return;
      }
    }
    out.append('ư');
  }

  private static boolean hasVowel(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      if ("aăâeêioôơuưy".indexOf(s.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * How many of the typed tokens {@code candidate} contradicts: a tone other than the one typed for
   * that syllable, or another shape where one was typed ({@code ă} for {@code â}). A letter typed
   * without marks contradicts nothing, since marks may still come.
   */
  int disagreements(String candidate) {
    String[] theirs = tokens(candidate.toLowerCase(Locale.ROOT));
    int count = 0;
    for (int i = 0; i < tokens.length && i < theirs.length; i++) {
      if (!agrees(tokens[i], tones[i], theirs[i])) {
        count++;
      }
    }
    return count;
  }

  private static boolean agrees(String typed, int typedTone, String theirs) {
    if (typedTone != Marks.NONE && typedTone != tone(theirs)) {
      return false;
    }
    for (int i = 0; i < typed.length() && i < theirs.length(); i++) {
      int shape = Marks.shape(typed.charAt(i));
      if (shape != Marks.NONE && shape != Marks.shape(theirs.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code candidate} goes on after the last typed token with another one, that token being
   * the whole of its word once folded ({@code đàm } is completed by {@code đầm phá}, not by {@code
   * đàmx}).
   */
  boolean completesLastWord(String candidate) {
    String[] theirs = tokens(candidate.toLowerCase(Locale.ROOT));
    int last = tokens.length - 1;
    return theirs.length > tokens.length
        && VietnameseFoldingFilter.fold(theirs[last])
            .equals(VietnameseFoldingFilter.fold(tokens[last]));
  }

  /** The tone of a syllable: that of its first toned letter. */
  private static int tone(String syllable) {
    for (int i = 0; i < syllable.length(); i++) {
      int tone = Marks.tone(syllable.charAt(i));
      if (tone != Marks.NONE) {
        return tone;
      }
    }
    return Marks.NONE;
  }

  /** The runs of letters and digits of {@code s}, as {@link CompletionTable} keys them. */
  static String[] tokens(String s) {
    List<String> tokens = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= s.length(); i++) {
      boolean inToken = i < s.length() && Character.isLetterOrDigit(s.charAt(i));
      if (inToken && start < 0) {
        start = i;
      } else if (!inToken && start >= 0) {
        tokens.add(s.substring(start, i));
        start = -1;
      }
    }
    return tokens.toArray(new String[0]);
  }
}
