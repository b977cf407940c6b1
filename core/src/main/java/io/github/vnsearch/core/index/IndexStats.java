package io.github.vnsearch.core.index;

import java.time.LocalDate;

/**
 * Facts about an index as of its last refresh.
 *
 * @param documents live articles
 * @param firstDate earliest publication day, or {@code null} when no article has a date
 * @param lastDate latest publication day, or {@code null}
 * @param sizeInBytes bytes of the files of the last commit ({@link ArticleIndex#sizeInBytes()})
 * @param schemaVersion the {@link ArticleSchema#VERSION} the index was built with
 */
public record IndexStats(
    int documents, LocalDate firstDate, LocalDate lastDate, long sizeInBytes, int schemaVersion) {}
