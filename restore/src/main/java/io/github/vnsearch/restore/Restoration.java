package io.github.vnsearch.restore;

/**
 * One candidate restoration of a text by {@link DiacriticRestorer}.
 *
 * @param text the text with diacritics restored; same length and layout as the input
 * @param score log10 probability of the chosen syllables under the restorer's language model;
 *     higher is more likely, comparable only between restorations of the same input
 */
public record Restoration(String text, double score) {}
