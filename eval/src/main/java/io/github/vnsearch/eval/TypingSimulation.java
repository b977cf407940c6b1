package io.github.vnsearch.eval;

import io.github.vnsearch.analysis.vi.VietnameseAnalyzer;
import io.github.vnsearch.analysis.vi.VietnameseTokenizer;
import io.github.vnsearch.core.index.ArticleIndex;
import io.github.vnsearch.core.suggest.ArticleSuggester;
import io.github.vnsearch.core.suggest.Suggestion;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Measures suggestions the way a person meets them: the first word, and the first two words, of
 * each headline are typed one keystroke at a time, and after each keystroke the top 5 suggestions
 * are checked for the whole word or phrase. Three typists: one whose input method shows each letter
 * with its marks ({@code N, Ng, … Nguyễ, Nguyễn}), one who types no marks ({@code nguyen}), and one
 * whose box shows the Telex keys as typed ({@code nguyeenx}). Headlines whose first word is a stop
 * word are skipped (stop words are not suggested).
 *
 * <p>Rerun on any index: {@code java -cp … io.github.vnsearch.eval.TypingSimulation INDEX
 * HEADLINES.jsonl} (a JSON-lines file with a {@code "text"} field per headline).
 */
public final class TypingSimulation {

  /** Suggestions looked at after each keystroke. */
  public static final int TOP = 5;

  /** How the typed text is produced from the intended one. */
  public enum Typist {
    /** Each letter as shown by an input method once complete: {@code Nguyễn} is 6 keystrokes. */
    ACCENTED,
    /** Without diacritics: {@code nguyen}. */
    UNACCENTED,
    /** Telex keys shown as typed, tone last: {@code nguyeenx}. */
    TELEX
  }

  /**
   * The figures of one typist for one kind of target.
   *
   * @param targets words or phrases typed
   * @param hits how many were in the top 5 at some keystroke
   * @param keystrokes keystrokes needed to type them all
   * @param saved keystrokes left to type when each first appeared in the top 5, summed
   */
  public record Result(int targets, int hits, long keystrokes, long saved) {

    /** Fraction of targets in the top 5 at some keystroke. */
    public double hitRate() {
      return targets == 0 ? 0 : (double) hits / targets;
    }

    /** Keystrokes saved per target (0 for a miss). */
    public double meanSaved() {
      return targets == 0 ? 0 : (double) saved / targets;
    }

    /** Fraction of all keystrokes saved. */
    public double savedFraction() {
      return keystrokes == 0 ? 0 : (double) saved / keystrokes;
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "%d targets, top-%d hit rate %.1f%%, %.2f keystrokes saved each (%.1f%% of %d)",
          targets,
          TOP,
          100 * hitRate(),
          meanSaved(),
          100 * savedFraction(),
          keystrokes);
    }
  }

  private final ArticleSuggester suggester;

  /** Simulates typing into {@code suggester}. */
  public TypingSimulation(ArticleSuggester suggester) {
    this.suggester = suggester;
  }

  /**
   * The intended texts of {@code headlines}: for {@code words} 1 the first word, for 2 the first
   * two (when the second directly follows), as the analyzer segments them, with spaces between
   * syllables.
   */
  public static List<String> targets(List<String> headlines, int words) throws IOException {
    List<String> targets = new ArrayList<>();
    try (VietnameseTokenizer tokenizer =
        new VietnameseTokenizer(
            VietnameseTokenizer.DEFAULT_TOKEN_ATTRIBUTE_FACTORY,
            null,
            VietnameseTokenizer.Mode.WORDS,
            false)) {
      CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
      TypeAttribute type = tokenizer.addAttribute(TypeAttribute.class);
      for (String headline : headlines) {
        tokenizer.setReader(new StringReader(Normalizer.normalize(headline, Normalizer.Form.NFC)));
        tokenizer.reset();
        List<String> first = new ArrayList<>();
        while (first.size() < words && tokenizer.incrementToken()) {
          String t = type.type();
          if (!t.equals(VietnameseTokenizer.TYPE_WORD)
              && !t.equals(VietnameseTokenizer.TYPE_PROPER_NAME)
              && !t.equals(VietnameseTokenizer.TYPE_FOREIGN)) {
            break;
          }
          first.add(term.toString().replace('_', ' '));
        }
        tokenizer.end();
        tokenizer.close();
        if (first.size() == words
            && !VietnameseAnalyzer.getDefaultStopSet()
                .contains(first.get(0).toLowerCase(Locale.ROOT))) {
          targets.add(String.join(" ", first));
        }
      }
    }
    return targets;
  }

  /** Types every target as {@code typist} would. */
  public Result run(List<String> targets, Typist typist) throws IOException {
    int hits = 0;
    long keystrokes = 0;
    long saved = 0;
    for (String target : targets) {
      String keys = keys(target, typist);
      String wanted = target.toLowerCase(Locale.ROOT);
      keystrokes += keys.length();
      for (int k = 1; k <= keys.length(); k++) {
        if (shows(keys.substring(0, k), wanted)) {
          hits++;
          saved += keys.length() - k;
          break;
        }
      }
    }
    return new Result(targets.size(), hits, keystrokes, saved);
  }

  private boolean shows(String typed, String wanted) throws IOException {
    for (Suggestion s : suggester.suggest(typed, TOP)) {
      if (s.text().toLowerCase(Locale.ROOT).equals(wanted)) {
        return true;
      }
    }
    return false;
  }

  /** The keystrokes that type {@code text}, one char each. */
  public static String keys(String text, Typist typist) {
    return switch (typist) {
      case ACCENTED -> text;
      case UNACCENTED -> RetrievalEvaluator.stripDiacritics(text);
      case TELEX -> telex(text);
    };
  }

  /** Telex keys of {@code text}: letter marks after their letter, the tone after the syllable. */
  static String telex(String text) {
    StringBuilder out = new StringBuilder();
    char tone = 0;
    for (char c : text.toCharArray()) {
      if (!Character.isLetter(c)) {
        if (tone != 0) {
          out.append(tone);
          tone = 0;
        }
        out.append(c);
        continue;
      }
      String nfd = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
      char base = c == 'đ' ? 'd' : c == 'Đ' ? 'D' : nfd.charAt(0);
      out.append(base);
      if (c == 'đ' || c == 'Đ') {
        out.append(base);
      }
      for (int i = 1; i < nfd.length(); i++) {
        switch (nfd.charAt(i)) {
          case '\u0302' -> out.append(Character.toLowerCase(base));
          case '\u0306', '\u031B' -> out.append('w');
          case '\u0300' -> tone = 'f';
          case '\u0301' -> tone = 's';
          case '\u0309' -> tone = 'r';
          case '\u0303' -> tone = 'x';
          case '\u0323' -> tone = 'j';
          default -> {}
        }
      }
    }
    if (tone != 0) {
      out.append(tone);
    }
    return out.toString();
  }

  /** Prints the figures for an index and a file of headlines. */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: TypingSimulation INDEX_DIR HEADLINES.jsonl");
      System.exit(2);
    }
    List<String> headlines = new ArrayList<>();
    var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
    try (BufferedReader in = Files.newBufferedReader(Path.of(args[1]), StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (!line.isBlank()) {
          headlines.add(mapper.readTree(line).get("text").asText());
        }
      }
    }
    try (ArticleIndex index = ArticleIndex.openReadOnly(Path.of(args[0]))) {
      long start = System.nanoTime();
      try (ArticleSuggester suggester = ArticleSuggester.open(index)) {
        System.out.printf(
            Locale.ROOT,
            "suggester opened in %.2f s (%,d completions)%n",
            (System.nanoTime() - start) / 1e9,
            suggester.size());
        TypingSimulation simulation = new TypingSimulation(suggester);
        for (int words = 1; words <= 2; words++) {
          List<String> targets = targets(headlines, words);
          for (Typist typist : Typist.values()) {
            System.out.printf(
                Locale.ROOT,
                "first %s, %s: %s%n",
                words == 1 ? "word" : "two words",
                typist.name().toLowerCase(Locale.ROOT),
                simulation.run(targets, typist));
          }
        }
      }
    }
  }
}
