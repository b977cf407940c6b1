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

  /** The index directory, absolute and normalized. */
  Path dir() {
    return dir.toAbsolutePath().normalize();
  }
}
