package io.github.vnsearch.core.index;

import io.github.vnsearch.analysis.vi.TwinTextFields;
import io.github.vnsearch.analysis.vi.VietnameseTokenizer;
import java.io.IOException;
import java.util.regex.Pattern;
import org.apache.lucene.util.BytesRef;

/**
 * The start of an article as suggestions need it, kept per article in the binary doc values field
 * {@link ArticleSchema#LEAD}: its headline, and the words of the headline and of the body's first
 * sentences (about {@link #LEAD_CHARS} chars) with their capitals and the breaks between them. It
 * is written from the segmentation the article's text fields are indexed with, so that counting
 * phrases for suggestions reads these few hundred bytes per article instead of decompressing and
 * segmenting stored text again.
 *
 * <p>Format, UTF-8: the headline with its whitespace collapsed, a newline, the headline's words, a
 * newline, the lead's words. Words are written as indexed (syllables joined by {@code _}, tone
 * marks placed) with the capitals they have in the text; between two words of a run stands a space,
 * where anything else stood between them (punctuation, a number) a {@code |}, and where a sentence
 * ended ({@code . ! ? :} or an opening quote) a {@code .}.
 */
public final class LeadText {

  /** Chars of a body, from its start, whose words are kept. */
  public static final int LEAD_CHARS = 240;

  /** Longest headline whose words are kept (a longer one is no headline to complete). */
  static final int MAX_TITLE_CHARS = 1_000;

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private static final char NEXT = ' ';
  private static final char BREAK = '|';
  private static final char SENTENCE = '.';

  private LeadText() {}

  /** Receives the decoded words of a lead; see {@link #decode}. */
  public interface Visitor {
    /** The headline, whitespace collapsed; empty when the article has none. */
    void title(String title);

    /** Starts the headline's words ({@code true}) or the body's ({@code false}). */
    void part(boolean headline);

    /**
     * One word, as written in the text but for its tone marks' placement.
     *
     * @param runStart whether something other than a space separates it from the word before
     * @param sentenceStart whether it starts the part or a sentence
     */
    void word(String cased, boolean runStart, boolean sentenceStart);
  }

  /** Decodes what {@link ArticleSchema#LEAD} holds for one article. */
  public static void decode(BytesRef value, Visitor visitor) {
    String text = value.utf8ToString();
    int titleEnd = text.indexOf('\n');
    int headlineEnd = titleEnd < 0 ? -1 : text.indexOf('\n', titleEnd + 1);
    if (headlineEnd < 0) {
      return; // not written by this class
    }
    visitor.title(text.substring(0, titleEnd));
    visitor.part(true);
    words(text, titleEnd + 1, headlineEnd, visitor);
    visitor.part(false);
    words(text, headlineEnd + 1, text.length(), visitor);
  }

  private static void words(String text, int from, int to, Visitor visitor) {
    boolean runStart = true;
    boolean sentenceStart = true;
    int start = from;
    for (int i = from; i <= to; i++) {
      char c = i == to ? NEXT : text.charAt(i);
      if (c != NEXT && c != BREAK && c != SENTENCE) {
        continue;
      }
      if (i > start) {
        visitor.word(text.substring(start, i), runStart, sentenceStart);
        runStart = false;
        sentenceStart = false;
      }
      runStart |= c != NEXT;
      sentenceStart |= c == SENTENCE;
      start = i + 1;
    }
  }

  /** The value of {@link ArticleSchema#LEAD} for an article, from its texts' segmentation. */
  static BytesRef encode(
      String title, TwinTextFields titleText, String body, TwinTextFields bodyText)
      throws IOException {
    StringBuilder out = new StringBuilder(4 * LEAD_CHARS);
    if (title != null && title.length() <= MAX_TITLE_CHARS) {
      out.append(WHITESPACE.matcher(title.strip()).replaceAll(" "));
      out.append('\n');
      appendWords(out, title, titleText, title.length());
    } else {
      out.append('\n');
    }
    out.append('\n');
    appendWords(out, body, bodyText, leadEnd(body));
    return new BytesRef(out);
  }

  /** Where a body's lead ends: {@link #LEAD_CHARS}, or the end of the sentence there. */
  static int leadEnd(String body) {
    if (body.length() <= LEAD_CHARS) {
      return body.length();
    }
    int end = LEAD_CHARS;
    while (end < body.length() && end < 2 * LEAD_CHARS && ".!?\n".indexOf(body.charAt(end)) < 0) {
      end++;
    }
    return end;
  }

  private static void appendWords(StringBuilder out, String text, TwinTextFields words, int end)
      throws IOException {
    int partStart = out.length();
    int[] previousEnd = {0};
    words.words(
        end,
        (term, from, length, start, wordEnd, type) -> {
          char separator = separator(text, previousEnd[0], start);
          previousEnd[0] = wordEnd;
          if (!isWord(type, term, from, length)) {
            separator = SENTENCE == separator ? SENTENCE : BREAK;
            appendSeparator(out, partStart, separator);
            return;
          }
          appendSeparator(out, partStart, separator);
          appendCased(out, term, from, length, text, start, wordEnd);
        });
  }

  /**
   * Appends the lower-case {@code term} with the capitals of its text {@code text[start, end)}:
   * char by char where both have the same length, else syllable by syllable (a text in decomposed
   * form is longer): a syllable all in capitals stays so, one that starts with a capital starts
   * with one.
   */
  private static void appendCased(
      StringBuilder out, char[] term, int from, int length, String text, int start, int end) {
    if (end - start == length) {
      for (int i = 0; i < length; i++) {
        char c = term[from + i];
        out.append(Character.isUpperCase(text.charAt(start + i)) ? Character.toUpperCase(c) : c);
      }
      return;
    }
    int at = start; // start of the text's syllable
    for (int i = from; i < from + length; ) {
      int syllableEnd = i;
      while (syllableEnd < from + length && term[syllableEnd] != '_') {
        syllableEnd++;
      }
      while (at < end && Character.isWhitespace(text.charAt(at))) {
        at++;
      }
      int textEnd = at;
      boolean allCapitals = true;
      int letters = 0;
      while (textEnd < end && !Character.isWhitespace(text.charAt(textEnd))) {
        char t = text.charAt(textEnd++);
        if (Character.isLetter(t)) {
          letters++;
          allCapitals &= Character.isUpperCase(t);
        }
      }
      boolean first = at < end && Character.isUpperCase(text.charAt(at));
      for (int j = i; j < syllableEnd; j++) {
        char c = term[j];
        out.append(allCapitals && letters > 1 || first && j == i ? Character.toUpperCase(c) : c);
      }
      if (syllableEnd < from + length) {
        out.append('_');
      }
      i = syllableEnd + 1;
      at = textEnd;
    }
  }

  /** A separator between words: the strongest break seen wins ({@code .} over {@code |}). */
  private static void appendSeparator(StringBuilder out, int partStart, char separator) {
    if (out.length() == partStart) {
      return; // nothing before: the part starts a run and a sentence anyway
    }
    char last = out.charAt(out.length() - 1);
    if (last == NEXT || last == BREAK || last == SENTENCE) {
      if (rank(separator) > rank(last)) {
        out.setCharAt(out.length() - 1, separator);
      }
      return;
    }
    out.append(separator);
  }

  private static int rank(char separator) {
    return separator == SENTENCE ? 2 : separator == BREAK ? 1 : 0;
  }

  /**
   * What stands between two words in {@code text[from, to)}: a space, a break or a sentence end.
   */
  private static char separator(String text, int from, int to) {
    char separator = NEXT;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '.' || c == '!' || c == '?' || c == ':' || c == '"' || c == '“') {
        return SENTENCE;
      }
      if (!Character.isWhitespace(c)) {
        separator = BREAK;
      }
    }
    return separator;
  }

  /** Words worth counting: dictionary words, names and foreign words, without separator chars. */
  private static boolean isWord(String type, char[] term, int from, int length) {
    if (!type.equals(VietnameseTokenizer.TYPE_WORD)
        && !type.equals(VietnameseTokenizer.TYPE_PROPER_NAME)
        && !type.equals(VietnameseTokenizer.TYPE_FOREIGN)) {
      return false;
    }
    for (int i = from; i < from + length; i++) {
      char c = term[i];
      if (c == NEXT || c == BREAK || c == SENTENCE || c == '\n') {
        return false;
      }
    }
    return length > 0;
  }
}
