package io.github.vnsearch.elasticsearch;

import io.github.vnsearch.analysis.vi.VietnameseNormalizationCharFilter;
import io.github.vnsearch.analysis.vi.VietnameseStopFilter;
import io.github.vnsearch.analysis.vi.VietnameseTokenizer;
import io.github.vnsearch.analysis.vi.VietnameseTokenizer.Mode;
import io.github.vnsearch.analysis.vi.dict.UserDictionary;
import java.io.Reader;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;

/** analysis-vi's classes assembled directly, as Elasticsearch assembles the plugin's. */
final class DirectAnalyzers {

  private DirectAnalyzers() {}

  /** A custom analyzer: optional normalization char filter, tokenizer, filters. */
  static Analyzer chain(
      boolean normalize,
      Supplier<Tokenizer> tokenizer,
      Function<TokenStream, TokenStream> filters) {
    return new Analyzer() {
      @Override
      protected Reader initReader(String fieldName, Reader reader) {
        return normalize ? new VietnameseNormalizationCharFilter(reader) : reader;
      }

      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = tokenizer.get();
        return new TokenStreamComponents(source, filters.apply(source));
      }
    };
  }

  static Supplier<Tokenizer> tokenizer(
      Mode mode, boolean discardPunctuation, UserDictionary userWords) {
    return () ->
        new VietnameseTokenizer(
            TokenStream.DEFAULT_TOKEN_ATTRIBUTE_FACTORY, userWords, mode, discardPunctuation);
  }

  /** Elasticsearch's {@code lowercase} filter, then {@code vi_stop}. */
  static TokenStream lowerCaseAndStop(TokenStream in, CharArraySet words) {
    return new VietnameseStopFilter(new LowerCaseFilter(in), words);
  }

  static CharArraySet words(CharArraySet base, String... more) {
    CharArraySet set = new CharArraySet(base, false);
    set.addAll(List.of(more));
    return set;
  }
}
