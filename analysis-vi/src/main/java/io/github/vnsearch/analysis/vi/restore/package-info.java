/**
 * Diacritic restoration: {@link io.github.vnsearch.analysis.vi.restore.DiacriticRestorer} puts the
 * marks back into Vietnamese text typed without them ({@code dam phan} becomes {@code đàm phán})
 * with a bundled syllable n-gram model counted from news text, which {@link
 * io.github.vnsearch.analysis.vi.restore.RestorerModelBuilder} regenerates.
 */
package io.github.vnsearch.analysis.vi.restore;
