package io.github.vnsearch.cli;

import io.github.vnsearch.core.article.IngestReport;
import io.github.vnsearch.core.index.ArticleIndex;
import io.github.vnsearch.core.index.IngestProgress;
import io.github.vnsearch.core.index.Ingester;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vnsearch index}: reads article files, folders and JSON Lines into an index. */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    description = {
      "Index article files, folders (recursively) and .jsonl[.gz] files.",
      "Re-indexing an article updates it. Inputs that cannot be read are reported and skipped"
          + " (exit code 1); Ctrl-C leaves the index as of its last commit."
    })
final class IndexCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin IndexOption index;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files and folders to index.")
  List<Path> paths;

  @Option(
      names = "--pattern",
      paramLabel = "GLOB",
      description = "File names to read inside folders (default: *.{txt,jsonl,jsonl.gz,...}).")
  String pattern;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Indexing threads (default: ${DEFAULT-VALUE}).",
      defaultValue = "2")
  int threads;

  @Option(
      names = "--commit-every",
      paramLabel = "N",
      defaultValue = "0",
      description =
          "Also commit after every N articles, so an interrupted run keeps its work"
              + " (default: only at the end).")
  long commitEvery;

  @Option(names = "--json", description = "Print the summary as JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    if (threads < 1 || threads > 256) {
      throw CliException.usage("--threads must be between 1 and 256, not " + threads);
    }
    if (commitEvery < 0) {
      throw CliException.usage("--commit-every must be 0 or more, not " + commitEvery);
    }
    for (Path path : paths) {
      if (!Files.exists(path)) {
        throw CliException.usage("no such file or directory: " + path + ": check the path");
      }
      if (!Files.isReadable(path)) {
        throw CliException.usage("cannot read " + path + ": check its permissions");
      }
    }
    Path dir = index.dir();
    PrintWriter err = spec.commandLine().getErr();
    ProgressBar bar =
        new ProgressBar(err, Renderers.isInteractiveErr(spec), Renderers.style(spec).width());
    long start = System.nanoTime();
    IngestReport report;
    long documents;
    long size;
    try (ArticleIndex articles = Indexes.openForWriting(dir);
        Interruption interruption = Interruption.install(articles, err)) {
      Ingester ingester =
          new Ingester(articles)
              .pattern(pattern)
              .threads(threads)
              .commitEvery(commitEvery)
              .progress(p -> bar.update(snapshot(p)));
      try {
        report = Indexes.read(articles, () -> ingester.ingest(paths));
      } catch (IOException | RuntimeException e) {
        interruption.awaitIfInterrupted();
        try {
          articles.rollback(); // a failed run leaves the index as of its last commit
        } catch (IOException | RuntimeException closing) {
          e.addSuppressed(closing);
        }
        throw e;
      }
      interruption.done();
      bar.finish();
      documents = articles.stats().documents();
      size = articles.sizeInBytes();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    Renderers.of(spec, json).indexSummary(new IndexSummary(report, seconds, dir, documents, size));
    return report.complete() ? ExitCode.OK : ExitCode.PARTIAL;
  }

  private static ProgressBar.Snapshot snapshot(IngestProgress p) {
    return new ProgressBar.Snapshot(
        p.filesDone(), p.filesTotal(), p.articles(), p.bytesRead(), p.bytesTotal());
  }
}
