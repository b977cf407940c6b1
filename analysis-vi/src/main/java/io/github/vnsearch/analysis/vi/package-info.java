/**
 * Vietnamese analysis for Lucene: {@link io.github.vnsearch.analysis.vi.VietnameseAnalyzer} and the
 * components it chains, {@link io.github.vnsearch.analysis.vi.VietnameseNormalizationCharFilter}
 * (Unicode form, tone mark placement), {@link io.github.vnsearch.analysis.vi.VietnameseTokenizer}
 * (dictionary word segmentation), {@link io.github.vnsearch.analysis.vi.VietnameseStopFilter} and
 * {@link io.github.vnsearch.analysis.vi.VietnameseFoldingFilter} (diacritics removed); their
 * factories, by which {@code CustomAnalyzer} finds them by name; the default stop words ({@link
 * io.github.vnsearch.analysis.vi.VietnameseStopWords}); {@link
 * io.github.vnsearch.analysis.vi.TwinTextFields}, one text indexed in an exact and an
 * accent-insensitive field with a single segmentation; and {@link
 * io.github.vnsearch.analysis.vi.VietnameseSegmenter}, word segmentation as text.
 */
package io.github.vnsearch.analysis.vi;
