package io.github.vnsearch.cli;

import io.github.vnsearch.core.index.IndexStats;
import io.github.vnsearch.core.search.FacetValue;
import java.nio.file.Path;
import java.util.List;

/**
 * What {@code stats} shows about an index.
 *
 * @param index the index directory
 * @param stats counts, date range, size and schema version from core
 * @param years article counts per year ({@code no date} last)
 */
record StatsReport(Path index, IndexStats stats, List<FacetValue> years) {}
