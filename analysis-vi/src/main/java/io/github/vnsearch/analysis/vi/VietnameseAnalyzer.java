package io.github.vnsearch.analysis.vi;

import io.github.vnsearch.analysis.vi.VietnameseTokenizer.Mode;
import io.github.vnsearch.analysis.vi.dict.TokenInfoDictionary;
import io.github.vnsearch.analysis.vi.dict.UserDictionary;
import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;

/**
 * Analyzer for Vietnamese text: normalization char filter → {@link VietnameseTokenizer} → lower
 * case → {@link VietnameseStopFilter} (which keeps the stop syllables of longer words) → optionally
 * {@link VietnameseFoldingFilter} (for an accent-insensitive field). For speed, three steps are
 * done by the tokenizer, with exactly the tokens the chain above gives (tested token by token):
 * lower casing and stop word removal as it emits each token, without the filters' passes; and tone
 * mark placement ({@code hoà → hòa}), which the char filter leaves to it, because for most
 * syllables it is a lookup of their spelling in the dictionary rather than a check of every char.
 *
 * <p>Index with {@link Mode#MIXED} (the default) and query with {@link Mode#WORDS}: the query's
 * words then match both the indexed words and, through the token graph, phrases of syllables.
 */
public final class VietnameseAnalyzer extends Analyzer {

  private final Mode mode;
  private final CharArraySet stopWords;
  private final boolean folding;
  private final UserDictionary userDictionary;

  /** MIXED mode, default stop words, no folding. */
  public VietnameseAnalyzer() {
    this(Mode.MIXED, false);
  }

  /** The given mode and folding, default stop words, no user dictionary. */
  public VietnameseAnalyzer(Mode mode, boolean folding) {
    this(mode, getDefaultStopSet(), folding, null);
  }

  /**
   * @param mode how words are emitted
   * @param stopWords lower-case stop words ({@link CharArraySet#EMPTY_SET} for none); copied
   * @param folding true to remove diacritics after the stop filter
   * @param userDictionary words preferred over the system dictionary, or null
   */
  public VietnameseAnalyzer(
      Mode mode, CharArraySet stopWords, boolean folding, UserDictionary userDictionary) {
    this.mode = mode;
    this.stopWords =
        stopWords == getDefaultStopSet()
            ? stopWords
            : CharArraySet.unmodifiableSet(CharArraySet.copy(stopWords));
    this.folding = folding;
    this.userDictionary = userDictionary;
  }

  /** Returns the default Vietnamese stop set (shared, unmodifiable). */
  public static CharArraySet getDefaultStopSet() {
    return VietnameseStopWords.defaultSet();
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    // the tokenizer places tone marks itself, most of them by looking up its syllables' spellings
    return new VietnameseNormalizationCharFilter(reader, true, false);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer tokenizer =
        new VietnameseTokenizer(
            TokenStream.DEFAULT_TOKEN_ATTRIBUTE_FACTORY,
            TokenInfoDictionary.getInstance(),
            userDictionary,
            mode,
            true,
            true, // lower-cases as it copies each term,
            stopWords.isEmpty()
                ? null
                : stopWords, // and removes them as VietnameseStopFilter would,
            true); // and places tone marks as the char filter would
    return new TokenStreamComponents(
        tokenizer, folding ? new VietnameseFoldingFilter(tokenizer) : tokenizer);
  }

  @Override
  protected Reader initReaderForNormalization(String fieldName, Reader reader) {
    return new VietnameseNormalizationCharFilter(reader);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    TokenStream stream = new LowerCaseFilter(in);
    return folding ? new VietnameseFoldingFilter(stream) : stream;
  }
}
