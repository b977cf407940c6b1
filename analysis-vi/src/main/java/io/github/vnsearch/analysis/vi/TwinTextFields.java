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
