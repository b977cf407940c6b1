package io.github.vnsearch.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --index DIR} option shared by commands that read or write an index. */
final class IndexOption {

  @Option(
      names = "--index",
      paramLabel = "DIR",
      defaultValue = "${env:VNSEARCH_INDEX:-vnsearch-index}",
      description = "Index directory (default: ${DEFAULT-VALUE}; set VNSEARCH_INDEX to change it).")
  Path dir;

  /**
   * The index directory, normalized, as the user gave it: a relative one stays relative (to the
   * working directory, which never changes during a run), so that messages show it as typed.
   */
  Path dir() {
    Path normalized = dir.normalize();
    return normalized.toString().isEmpty() ? Path.of(".") : normalized;
  }
}
