package io.github.vnsearch.cli;

import io.github.vnsearch.core.index.ArticleIndex;
import io.github.vnsearch.core.search.SearchRequest;
import io.github.vnsearch.core.search.SearchResult;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vnsearch search}: ranked, highlighted hits with date facets. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Search the index: ranked hits, highlighted snippets, date facets.",
      "QUERY is plain text, with or without diacritics; \"quoted phrases\", +required and"
          + " -excluded words, OR, and title: prefixes are understood."
    })
final class SearchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin IndexOption index;

  @Parameters(
      paramLabel = "QUERY",
      arity = "0..*",
      description = "The query (words are joined by spaces); none lists every article.")
  List<String> query;

  @Option(
      names = "--from",
      paramLabel = "DATE",
      converter = DatePeriod.Converter.class,
      description = "Only articles on or after DATE: 2025, 2025-12 or 2025-12-15 (start of it).")
  DatePeriod from;

  @Option(
      names = "--to",
      paramLabel = "DATE",
      converter = DatePeriod.Converter.class,
      description = "Only articles on or before DATE: 2025, 2025-12 or 2025-12-15 (end of it).")
  DatePeriod to;

  @Option(
      names = "--date",
      paramLabel = "PATH",
      converter = DatePeriod.PathConverter.class,
      description =
          "Drill into a year, month or day (2025, 2025/12, 2025/12/15; none: undated):"
              + " the chart then counts its months or days.")
  String date;

  @Option(names = "--category", paramLabel = "C", description = "Only articles of category C.")
  String category;

  @Option(
      names = "--sort",
      paramLabel = "ORDER",
      defaultValue = "relevance",
      description = "relevance or date (newest first); default: ${DEFAULT-VALUE}.")
  SearchRequest.Sort sort;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "10",
      description = "Hits per page, 1 to 1000 (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(
      names = "--page-after",
      paramLabel = "TOKEN",
      description = "Show the page after the one that printed this token.")
  String pageAfter;

  @Option(names = "--json", description = "Print the result as one JSON object.")
  boolean json;

  @Option(
      names = "--no-restore",
      description = "Search an unaccented query only as typed, without restoring its diacritics.")
  boolean noRestore;

  @Override
  public Integer call() throws Exception {
    SearchRequest request = request();
    try (ArticleIndex articles = Indexes.openForReading(index.dir())) {
      Renderer renderer = Renderers.of(spec, json);
      SearchResult result =
          Indexes.read(articles, () -> Searches.run(articles, request, renderer.markers()));
      renderer.search(request, result);
    }
    return ExitCode.OK;
  }

  /** Builds the core request from the options; option mistakes are usage errors. */
  SearchRequest request() {
    if (limit < 1 || limit > 1000) {
      throw CliException.usage("--limit must be between 1 and 1000, not " + limit);
    }
    try {
      return SearchRequest.builder(query == null ? "" : String.join(" ", query))
          .from(from == null ? null : from.first())
          .to(to == null ? null : to.last())
          .datePath(date)
          .category(category)
          .sort(sort)
          .pageSize(limit)
          .searchAfter(pageAfter)
          .restoreDiacritics(!noRestore)
          .build();
    } catch (IllegalArgumentException e) {
      throw CliException.usage(e.getMessage());
    }
  }
}
