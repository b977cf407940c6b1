/**
 * Diacritic restoration: {@link io.github.vnsearch.restore.DiacriticRestorer} puts the marks back
 * into Vietnamese text typed without them ({@code dam phan} becomes {@code đàm phán}) with a
 * bundled syllable n-gram model counted from news text; {@link
 * io.github.vnsearch.restore.Restoration} is one candidate reading with its score.
 */
package io.github.vnsearch.restore;
