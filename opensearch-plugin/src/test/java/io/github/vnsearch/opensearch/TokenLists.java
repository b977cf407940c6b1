package io.github.vnsearch.opensearch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.opensearch.action.admin.indices.analyze.AnalyzeAction;

/**
 * Tokens as comparable strings {@code term[start,end)@position+length:type}, from a Lucene analyzer
 * run directly or from an OpenSearch {@code _analyze} response.
 */
final class TokenLists {

  private TokenLists() {}

  static List<String> of(Analyzer analyzer, String text) throws IOException {
    List<String> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("f", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute posInc = stream.addAttribute(PositionIncrementAttribute.class);
      PositionLengthAttribute posLen = stream.addAttribute(PositionLengthAttribute.class);
      TypeAttribute type = stream.addAttribute(TypeAttribute.class);
      stream.reset();
      int position = -1;
      while (stream.incrementToken()) {
        position += posInc.getPositionIncrement();
        tokens.add(
            format(
                term.toString(),
                offset.startOffset(),
                offset.endOffset(),
                position,
                posLen.getPositionLength(),
                type.type()));
      }
      stream.end();
    }
    return tokens;
  }

  static List<String> of(AnalyzeAction.Response response) {
    List<String> tokens = new ArrayList<>();
    for (AnalyzeAction.AnalyzeToken token : response.getTokens()) {
      tokens.add(
          format(
              token.getTerm(),
              token.getStartOffset(),
              token.getEndOffset(),
              token.getPosition(),
              token.getPositionLength(),
              token.getType()));
    }
    return tokens;
  }

  private static String format(
      String term, int start, int end, int position, int positionLength, String type) {
    return term + "[" + start + "," + end + ")@" + position + "+" + positionLength + ":" + type;
  }
}
