package io.github.vnsearch.core.search;

/**
 * One facet bucket: a label, the drill-down path that selects it and how many matching articles
 * fall in it.
 *
 * @param label what to display, e.g. {@code "2025"}, {@code "12"} or {@code "no date"}
 * @param path the value to pass back as a drill-down, e.g. {@code "2025/12"} for month 12 of 2025
 * @param count matching articles in the bucket
 */
public record FacetValue(String label, String path, long count) {}
