package io.github.vnsearch.elasticsearch;

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

/**
 * Tokens as comparable strings {@code term[start,end)@position+length:type}; the same code runs in
 * the test JVM (analysis-vi directly) and in the forked Elasticsearch JVM (the loaded plugin), so
 * it uses nothing but Lucene.
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

  static String format(String term, int start, int end, int position, int length, String type) {
    return term + "[" + start + "," + end + ")@" + position + "+" + length + ":" + type;
  }
}
