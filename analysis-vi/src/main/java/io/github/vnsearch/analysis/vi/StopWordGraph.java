package io.github.vnsearch.analysis.vi;

/**
 * The rule by which stop words leave a token graph: a token of position length 1 inside the span of
 * a kept longer token before it (in MIXED mode, a syllable of the word just emitted) is kept
 * whatever its text, so that phrases over syllables still match; any other token is removed when it
 * is a stop word. Used by {@link VietnameseStopFilter} and by the tokenizer when it removes stop
 * words itself.
 */
final class StopWordGraph {

  private int position = -1;
  private int coveredUntil = -1;

  /**
   * Moves to the next token, {@code positionIncrement} after the previous one; returns true when
   * the token is covered by a kept longer token and so must be kept.
   */
  boolean advanceToCovered(int positionIncrement, int positionLength) {
    position += positionIncrement;
    return positionLength == 1 && position < coveredUntil;
  }

  /** Records that the current, uncovered token is kept. */
  void keep(int positionLength) {
    coveredUntil = Math.max(coveredUntil, position + positionLength);
  }

  void reset() {
    position = -1;
    coveredUntil = -1;
  }
}
