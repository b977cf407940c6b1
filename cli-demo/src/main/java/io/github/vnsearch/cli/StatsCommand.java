package io.github.vnsearch.cli;

import io.github.vnsearch.core.index.ArticleIndex;
import io.github.vnsearch.core.search.SearchRequest;
import io.github.vnsearch.core.search.SnippetMarkers;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vnsearch stats}: what an index holds. */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description = "Show an index's article count, date range, articles per year, size and schema.")
final class StatsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin IndexOption index;

  @Option(names = "--json", description = "Print the statistics as JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    try (ArticleIndex articles = Indexes.openForReading(index.dir())) {
      SearchRequest everything = SearchRequest.builder("").pageSize(1).highlight(false).build();
      StatsReport report =
          Indexes.read(
              articles,
              () ->
                  new StatsReport(
                      index.dir(),
                      articles.stats(),
                      Searches.run(articles, everything, SnippetMarkers.BRACKETS).dateFacet()));
      Renderers.of(spec, json).stats(report);
    }
    return ExitCode.OK;
  }
}
