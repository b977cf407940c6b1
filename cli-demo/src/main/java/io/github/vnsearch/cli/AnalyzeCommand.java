package io.github.vnsearch.cli;

import io.github.vnsearch.analysis.vi.VietnameseAnalyzer;
import io.github.vnsearch.analysis.vi.VietnameseTokenizer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vnsearch analyze}: shows the tokens the Vietnamese analyzer makes of a text. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
      "Show the tokens the Vietnamese analyzer makes of TEXT.",
      "Term, type, offsets, position increment and length, like Elasticsearch's _analyze."
    })
final class AnalyzeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "TEXT",
      arity = "1..*",
      description = "Text to analyze (words are joined by spaces).")
  List<String> text;

  @Option(
      names = "--mode",
      paramLabel = "MODE",
      defaultValue = "mixed",
      description = "words, syllables or mixed (default: ${DEFAULT-VALUE}, as at index time).")
  VietnameseTokenizer.Mode mode;

  @Option(
      names = "--folding",
      description = "Remove diacritics, as the accent-insensitive field does.")
  boolean folding;

  @Option(names = "--no-stopwords", description = "Keep stop words (và, của, là...).")
  boolean noStopwords;

  @Option(names = "--json", description = "Print {\"tokens\": [...]} as JSON.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    String input = String.join(" ", text);
    CharArraySet stop =
        noStopwords ? CharArraySet.EMPTY_SET : VietnameseAnalyzer.getDefaultStopSet();
    List<TokenRow> tokens;
    try (Analyzer analyzer = new VietnameseAnalyzer(mode, stop, folding, null)) {
      tokens = tokens(analyzer, input);
    }
    Renderers.of(spec, json).tokens(input, tokens);
    return ExitCode.OK;
  }

  /** Runs {@code analyzer} over {@code input} and collects every token's attributes. */
  static List<TokenRow> tokens(Analyzer analyzer, String input) throws IOException {
    List<TokenRow> rows = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("text", input)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      TypeAttribute type = ts.addAttribute(TypeAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute posInc = ts.addAttribute(PositionIncrementAttribute.class);
      PositionLengthAttribute posLen = ts.addAttribute(PositionLengthAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        rows.add(
            new TokenRow(
                term.toString(),
                type.type(),
                offset.startOffset(),
                offset.endOffset(),
                posInc.getPositionIncrement(),
                posLen.getPositionLength()));
      }
      ts.end();
    }
    return rows;
  }
}
