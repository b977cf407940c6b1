package io.github.vnsearch.analysis.vi;

import java.io.IOException;
import java.io.StringReader;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * The bottom of a {@link TwinTextFields} chain: tokenizes a text and records its tokens, or, when
 * the other field of the same text has recorded them already, replays them without tokenizing.
 * Texts longer than {@link #MAX_RECORDED_CHARS} are tokenized by each field, so that memory stays
 * bounded.
 */
final class RecordingTokenFilter extends TokenFilter {

  /** Longest text whose tokens are recorded for the other field. */
  static final int MAX_RECORDED_CHARS = 1 << 16;

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute posIncAtt =
      addAttribute(PositionIncrementAttribute.class);
  private final PositionLengthAttribute posLenAtt = addAttribute(PositionLengthAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);

  private final Tokenizer tokenizer;
  private final TokenRecording recording = new TokenRecording();

  private TwinTextFields text;
  private TokenRecording replaying;
  private boolean recordingTokens;
  private int next;

  RecordingTokenFilter(Tokenizer tokenizer) {
    super(tokenizer);
    this.tokenizer = tokenizer;
  }

  /** Starts on {@code twin}'s text: replays its tokens if they are recorded, else tokenizes it. */
  void setText(TwinTextFields twin) {
    text = twin;
    TokenRecording other = twin.recording;
    if (other != null && other.owner == twin) {
      replaying = other;
      recordingTokens = false;
    } else {
      replaying = null;
      recordingTokens = twin.text.length() <= MAX_RECORDED_CHARS;
      recording.clear();
      tokenizer.setReader(
          new VietnameseNormalizationCharFilter(new StringReader(twin.text), true, false));
    }
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (replaying != null) {
      if (next == replaying.count) {
        return false;
      }
      clearAttributes();
      replaying.copyTo(next++, termAtt, offsetAtt, posIncAtt, posLenAtt, typeAtt);
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    if (recordingTokens) {
      recording.add(termAtt, offsetAtt, posIncAtt, posLenAtt, typeAtt);
    }
    return true;
  }

  @Override
  public void end() throws IOException {
    if (replaying != null) {
      endAttributes();
      offsetAtt.setOffset(replaying.finalOffset, replaying.finalOffset);
      posIncAtt.setPositionIncrement(replaying.finalPositionIncrement);
      return;
    }
    super.end();
    if (recordingTokens) {
      recording.finalOffset = offsetAtt.endOffset();
      recording.finalPositionIncrement = posIncAtt.getPositionIncrement();
      recording.owner = text; // complete: the other field may replay it
      text.recording = recording;
    }
  }

  @Override
  public void reset() throws IOException {
    next = 0;
    if (replaying == null) {
      super.reset();
    }
  }

  @Override
  public void close() throws IOException {
    try {
      if (replaying == null) {
        super.close();
      }
    } finally {
      replaying = null;
      text = null;
    }
  }
}
