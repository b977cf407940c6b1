package io.github.vnsearch.cli;

import io.github.vnsearch.core.index.ArticleIndex;
import io.github.vnsearch.core.suggest.ArticleSuggester;
import io.github.vnsearch.core.suggest.SuggestFilter;
import io.github.vnsearch.core.suggest.Suggestion;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vnsearch suggest}: completions of what a search box holds so far. */
@Command(
    name = "suggest",
    mixinStandardHelpOptions = true,
    description = {
      "Complete a prefix as a search box would: words, phrases and headlines of the index,"
          + " typed with or without diacritics, or in Telex keys (nguyeen).",
      "Example: vnsearch suggest \"ha no\""
    })
final class SuggestCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin IndexOption index;

  @Parameters(arity = "1..*", paramLabel = "PREFIX", description = "What has been typed so far.")
  List<String> prefix;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "10",
      description = "Suggestions to show, 1 to 100 (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(
      names = "--date",
      paramLabel = "PATH",
      converter = DatePeriod.PathConverter.class,
      description = "Only what articles of a year, month or day hold (2025, 2025/12, 2025/12/15).")
  String date;

  @Option(names = "--category", paramLabel = "C", description = "Only what articles of C hold.")
  String category;

  @Option(names = "--json", description = "Print the suggestions as one JSON object.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    if (limit < 1 || limit > 100) {
      throw CliException.usage("--limit must be between 1 and 100, not " + limit);
    }
    String typed = String.join(" ", prefix);
    SuggestFilter filter =
        (date == null ? SuggestFilter.NONE : SuggestFilter.date(date.split("/")))
            .category(category);
    try (ArticleIndex articles = Indexes.openForReading(index.dir())) {
      List<Suggestion> suggestions =
          Indexes.read(
              articles,
              () -> {
                try (ArticleSuggester suggester = ArticleSuggester.open(articles)) {
                  return suggester.suggest(typed, limit, filter);
                }
              });
      Renderers.of(spec, json).suggestions(typed, suggestions);
    }
    return ExitCode.OK;
  }
}
