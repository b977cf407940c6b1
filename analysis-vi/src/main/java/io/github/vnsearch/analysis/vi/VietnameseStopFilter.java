package io.github.vnsearch.analysis.vi;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;

/**
 * Removes stop words, except the syllables of a longer word in a token graph: in {@code MIXED} mode
 * {@code sự_kiện} is followed by its syllables {@code sự} and {@code kiện}, and {@code sự} must
 * stay so that the phrase {@code "sự kiện"} still matches the syllables. A stand-alone {@code sự}
 * (a token not covered by a preceding multi-position token) is removed.
 */
public final class VietnameseStopFilter extends FilteringTokenFilter {

  private final CharArraySet stopWords;
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute posIncAtt =
      addAttribute(PositionIncrementAttribute.class);
  private final PositionLengthAttribute posLenAtt = addAttribute(PositionLengthAttribute.class);

  private final StopWordGraph graph = new StopWordGraph();

  /**
   * @param stopWords the words to remove, for example {@link VietnameseStopWords#defaultSet()}
   */
  public VietnameseStopFilter(TokenStream input, CharArraySet stopWords) {
    super(input);
    this.stopWords = stopWords;
  }

  @Override
  protected boolean accept() {
    int positionLength = posLenAtt.getPositionLength();
    if (graph.advanceToCovered(posIncAtt.getPositionIncrement(), positionLength)) {
      return true; // a syllable of the longer word before it
    }
    if (stopWords.contains(termAtt.buffer(), 0, termAtt.length())) {
      return false;
    }
    graph.keep(positionLength);
    return true;
  }

  @Override
  public void reset() throws java.io.IOException {
    super.reset();
    graph.reset();
  }
}
