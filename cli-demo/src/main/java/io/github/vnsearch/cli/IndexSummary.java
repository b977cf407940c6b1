package io.github.vnsearch.cli;

import io.github.vnsearch.core.article.IngestReport;
import java.nio.file.Path;

/**
 * What {@code index} reports when it is done.
 *
 * @param report what core's ingestion did
 * @param seconds elapsed wall time
 * @param index the index directory
 * @param documents documents in the index afterwards
 * @param sizeBytes bytes the index directory occupies afterwards
 */
record IndexSummary(
    IngestReport report, double seconds, Path index, long documents, long sizeBytes) {}
