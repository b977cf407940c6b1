package io.github.vnsearch.cli;

import io.github.vnsearch.eval.Configurations;
import io.github.vnsearch.eval.EvalInputException;
import io.github.vnsearch.eval.EvaluationReport;
import io.github.vnsearch.eval.ReportFormat;
import io.github.vnsearch.eval.RetrievalConfiguration;
import io.github.vnsearch.eval.RetrievalEvaluator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vnsearch eval-retrieval}: indexes judged passages with each configuration, runs the
 * queries and prints MRR@10, Recall@1/10/100 and nDCG@10 (a thin shell over {@link
 * RetrievalEvaluator}).
 */
@Command(
    name = "eval-retrieval",
    mixinStandardHelpOptions = true,
    description = {
      "Measure retrieval quality: index the passages with each configuration, run the queries,"
          + " report MRR@10, Recall@1, Recall@10, Recall@100 and nDCG@10."
    })
final class EvalRetrievalCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--passages",
      required = true,
      paramLabel = "FILE",
      description = "JSON Lines, one {\"id\", \"text\"[, \"title\"]} per line (.gz accepted).")
  Path passages;

  @Option(
      names = "--queries",
      required = true,
      paramLabel = "FILE",
      description = "JSON Lines, one {\"id\", \"text\", \"relevant\": [ids]} per line.")
  Path queries;

  @Option(
      names = "--analyzer",
      paramLabel = "NAME",
      description =
          "Configuration to evaluate, repeatable (default: all of ${COMPLETION-CANDIDATES}).",
      completionCandidates = ConfigurationNames.class)
  List<String> analyzers = new ArrayList<>();

  @Option(
      names = "--strip-query-diacritics",
      description = "Remove all diacritics from the queries, as users typing without accents do.")
  boolean stripQueryDiacritics;

  @Option(names = "--json", description = "Print one JSON object with per-query ranks.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    List<RetrievalConfiguration> configurations;
    try {
      configurations =
          Configurations.create(analyzers.isEmpty() ? Configurations.NAMES : analyzers);
    } catch (IllegalArgumentException e) {
      throw CliException.usage(e.getMessage());
    }
    RetrievalEvaluator evaluator;
    try {
      evaluator = RetrievalEvaluator.load(passages, queries);
    } catch (EvalInputException e) {
      throw CliException.usage(e.getMessage());
    }
    EvaluationReport report = evaluator.evaluate(configurations, stripQueryDiacritics);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(ReportFormat.json(report));
    } else {
      out.print(ReportFormat.table(report));
    }
    out.flush();
    return ExitCode.OK;
  }

  /** The configuration names, for help and shell completion. */
  static final class ConfigurationNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return Configurations.NAMES.iterator();
    }
  }
}
