package io.github.vnsearch.elasticsearch;

import io.github.vnsearch.analysis.vi.VietnameseAnalyzer;
import io.github.vnsearch.analysis.vi.VietnameseTokenizer.Mode;
import io.github.vnsearch.analysis.vi.dict.UserDictionary;
import org.apache.lucene.analysis.CharArraySet;

/** What a {@link VietnameseAnalyzer} is made of, read and checked once from its settings. */
record AnalyzerParts(Mode mode, CharArraySet stopWords, UserDictionary userWords) {

  /** Reads the settings of analyzer {@code component}; a bad value fails naming it. */
  static AnalyzerParts read(String component, AnalyzerSettings settings) {
    return new AnalyzerParts(
        ComponentSettings.getMode(component, settings.mode()),
        ComponentSettings.getStopWords(settings.stopwords()),
        ComponentSettings.getUserWords(component, settings.userWords()));
  }

  /** A new analyzer; Elasticsearch asks for one per index and closes it with the index. */
  VietnameseAnalyzer analyzer(boolean folding) {
    return new VietnameseAnalyzer(mode, stopWords, folding, userWords);
  }
}
