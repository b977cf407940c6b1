package io.github.vnsearch.cli;

/**
 * One token as {@code analyze} shows it, like Elasticsearch's {@code _analyze}.
 *
 * @param term the indexed term
 * @param type the token type, e.g. {@code <WORD>} or {@code <NUM>}
 * @param start start offset in the input (UTF-16 units)
 * @param end end offset in the input, exclusive
 * @param positionIncrement positions advanced since the previous token
 * @param positionLength positions this token spans
 */
record TokenRow(
    String term, String type, int start, int end, int positionIncrement, int positionLength) {}
