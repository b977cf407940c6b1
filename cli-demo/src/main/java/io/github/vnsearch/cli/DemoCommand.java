package io.github.vnsearch.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code vnsearch demo}: indexes the bundled sample articles and runs example searches. */
@Command(name = "demo", description = "Index the bundled sample articles and run example searches.")
final class DemoCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine()
        .getOut()
        .println("vnsearch demo: the sample index and searches are not yet available.");
    return 0;
  }
}
