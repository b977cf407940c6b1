package io.github.vnsearch.analysis.vi;

import io.github.vnsearch.analysis.vi.VietnameseTokenizer.Mode;
import io.github.vnsearch.analysis.vi.dict.TokenInfoDictionary;
import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.IndexableFieldType;

/**
 * One text indexed in two fields, segmented once: an exact field with the tokens of {@code new
 * VietnameseAnalyzer(Mode.WORDS, false)} and an accent-insensitive twin with those of {@code new
 * VietnameseAnalyzer(Mode.MIXED, true)}. Whichever of the two fields the index writer inverts first
 * segments the text and records its tokens; the other replays them through its own filters (words
 * only and stop words, or stop words and folding) instead of segmenting the text again. Texts
 * longer than 64K chars are segmented once per field, so that the recording stays small.
 *
 * <p>{@link #words} hands the words of the start of the text to code that needs them besides the
 * index (suggestions), from the same segmentation.
 *
 * <p>The fields ignore the writer's analyzer; use the analyzers above wherever the same text must
 * be analyzed again (queries, highlighting). Default stop words, system dictionary only.
 *
 * <pre>{@code
 * TwinTextFields body = new TwinTextFields(text);
 * doc.add(body.exact("body", type));
 * doc.add(body.folded("body_folded", type));
 * }</pre>
 */
public final class TwinTextFields {

  final String text;

  /** The tokens of {@link #text} recorded by the field inverted first, once complete. */
  TokenRecording recording;

  /** The text both fields index. */
  public TwinTextFields(String text) {
    this.text = Objects.requireNonNull(text, "text");
  }

  /** The exact field: the words of the text, diacritics kept. */
  public Field exact(String name, IndexableFieldType type) {
    return new TwinField(name, type, false);
  }

  /** The accent-insensitive field: words and their syllables, diacritics folded. */
  public Field folded(String name, IndexableFieldType type) {
    return new TwinField(name, type, true);
  }

  /** Receives the words of a text, in order; see {@link #words}. */
  public interface WordVisitor {
    /**
     * One word.
     *
     * @param term the word as the exact field indexes it (lower case, tone marks placed, syllables
     *     joined by {@code _}) in {@code term[from .. from + length)}; valid during the call only
     * @param start offset of its first char in the text
     * @param end offset after its last char in the text
     * @param type its token type, such as {@link VietnameseTokenizer#TYPE_WORD} or {@link
     *     VietnameseTokenizer#TYPE_NUMBER}
     */
    void word(char[] term, int from, int length, int start, int end, String type);
  }

  /**
   * Calls {@code visitor} with each word (not the syllables of longer words; no punctuation; stop
   * words included) of the text that starts before offset {@code maxStart}, in order. Uses the
   * tokens recorded when a field of this text was inverted, once there is one; before that, or for
   * a text too long to be recorded, segments the start of the text on its own.
   */
  public void words(int maxStart, WordVisitor visitor) throws IOException {
    TokenRecording tokens = recording;
    if (tokens == null || tokens.owner != this) {
      tokens = recordStart(maxStart);
    }
    char[] chars = tokens.chars();
    int syllablesLeft = 0;
    for (int t = 0; t < tokens.count; t++) {
      if (syllablesLeft > 0) {
        syllablesLeft--; // a syllable of the word before, which MIXED mode adds after it
        continue;
      }
      int start = tokens.startOffset(t);
      if (start >= maxStart) {
        break;
      }
      int positionLength = tokens.positionLength(t);
      if (positionLength > 1) {
        syllablesLeft = positionLength;
      }
      int from = t == 0 ? 0 : tokens.termEnd(t - 1);
      visitor.word(
          chars, from, tokens.termEnd(t) - from, start, tokens.endOffset(t), tokens.type(t));
    }
  }

  /**
   * The tokens of the start of the text, up to a space at least 64 chars past {@code maxStart}, so
   * that the words starting before it are segmented as in the whole text.
   */
  private TokenRecording recordStart(int maxStart) throws IOException {
    int end = (int) Math.min(text.length(), (long) maxStart + 64);
    while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
      end++;
    }
    TwinTextFields start = new TwinTextFields(text.substring(0, end));
    try (RecordingTokenFilter stream = new RecordingTokenFilter(TwinStream.newTokenizer())) {
      stream.setText(start);
      stream.reset();
      while (stream.incrementToken()) {
        // recorded as it goes
      }
      stream.end();
    }
    return start.recording != null ? start.recording : new TokenRecording(); // too long: none
  }

  /** A field whose tokens come from this text's shared segmentation. */
  private final class TwinField extends Field {
    private final boolean folded;

    TwinField(String name, IndexableFieldType type, boolean folded) {
      super(name, text, type);
      this.folded = folded;
    }

    @Override
    public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
      TwinStream stream =
          reuse instanceof TwinStream s && s.folded == folded ? s : new TwinStream(folded);
      stream.bottom.setText(TwinTextFields.this);
      return stream;
    }
  }

  /**
   * The chain of one kind of field: tokenizer (MIXED, lower-cased, tone marks placed, no stop
   * words) → recording → words only and stop words (exact), or stop words and folding (folded).
   */
  private static final class TwinStream extends TokenFilter {
    final boolean folded;
    final RecordingTokenFilter bottom;

    TwinStream(boolean folded) {
      this(folded, new RecordingTokenFilter(newTokenizer()));
    }

    private TwinStream(boolean folded, RecordingTokenFilter bottom) {
      super(
          folded
              ? new VietnameseFoldingFilter(
                  new VietnameseStopFilter(bottom, VietnameseAnalyzer.getDefaultStopSet()))
              : new VietnameseStopFilter(
                  new WordsOfMixedFilter(bottom), VietnameseAnalyzer.getDefaultStopSet()));
      this.folded = folded;
      this.bottom = bottom;
    }

    private static Tokenizer newTokenizer() {
      return new VietnameseTokenizer(
          DEFAULT_TOKEN_ATTRIBUTE_FACTORY,
          TokenInfoDictionary.getInstance(),
          null,
          Mode.MIXED,
          true,
          true,
          null,
          true);
    }

    @Override
    public boolean incrementToken() throws IOException {
      return input.incrementToken();
    }
  }
}
