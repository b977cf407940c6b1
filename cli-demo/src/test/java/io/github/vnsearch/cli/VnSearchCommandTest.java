package io.github.vnsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

class VnSearchCommandTest {

  @Test
  void versionNamesLucene() {
    Cli.Result r = Cli.run("--version");
    assertEquals(0, r.code(), r::toString);
    assertTrue(r.out().contains("Lucene 10.5.0"), r::toString);
  }

  @Test
  void helpListsEveryCommandAndTheExitCodes() {
    Cli.Result r = Cli.run("--help");
    assertEquals(0, r.code(), r::toString);
    for (String command :
        new String[] {
          "index",
          "search",
          "analyze",
          "segment",
          "restore",
          "stats",
          "suggest",
          "demo",
          "generate-completion"
        }) {
      assertTrue(r.out().contains("  " + command), command + " missing:\n" + r.out());
    }
    assertTrue(r.out().contains("VNSEARCH_INDEX"), r::toString);
    assertTrue(r.out().contains("Exit codes"), r::toString);
  }

  /**
   * Picocli wraps each element of a description at the help width and starts a new line for the
   * next element, so an element that stops mid-sentence (a line broken by hand) breaks the text
   * twice: every element must end a sentence, a clause or an example.
   */
  @Test
  void everyDescriptionElementEndsWhereALineMayEnd() {
    List<String> broken = new ArrayList<>();
    collectBrokenDescriptions(VnSearchCommand.commandLine(), broken);
    assertEquals(List.of(), broken);
  }

  private static void collectBrokenDescriptions(CommandLine cmd, List<String> broken) {
    CommandSpec spec = cmd.getCommandSpec();
    List<String[]> descriptions = new ArrayList<>();
    descriptions.add(spec.usageMessage().description());
    for (ArgSpec arg : spec.args()) {
      descriptions.add(arg.description());
    }
    for (String[] description : descriptions) {
      for (String line : description) {
        String end = line.replaceAll("(%n)+$", "").strip();
        if (!end.isEmpty() && ".:)!?\"".indexOf(end.charAt(end.length() - 1)) < 0) {
          broken.add(spec.qualifiedName() + ": " + line);
        }
      }
    }
    for (CommandLine sub : cmd.getSubcommands().values()) {
      collectBrokenDescriptions(sub, broken);
    }
  }

  @Test
  void helpFitsItsWidthAndIndentsWrappedExitCodes() {
    String help = Cli.run("--help").out();
    for (String line : help.lines().toList()) {
      assertTrue(line.length() <= Style.terminalWidth(), "wider than the help: " + line);
    }
    String exitCodes = help.substring(help.indexOf("Exit codes:"), help.indexOf("Environment:"));
    for (String line : exitCodes.lines().skip(1).toList()) {
      assertTrue(line.isEmpty() || line.startsWith("  "), "not indented: " + line);
    }
  }

  @Test
  void unknownCommandIsAUsageError() {
    Cli.Result r = Cli.run("frobnicate");
    assertEquals(ExitCode.USAGE, r.code(), r::toString);
    assertTrue(r.err().contains("frobnicate"), r::toString);
    assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
  }

  @Test
  void misspelledCommandGetsASuggestion() {
    Cli.Result r = Cli.run("serch", "hòa bình");
    assertEquals(ExitCode.USAGE, r.code(), r::toString);
    assertTrue(r.err().contains("search"), r::toString);
  }

  @Test
  void completionScriptIsGenerated() {
    Cli.Result r = Cli.run("generate-completion");
    assertEquals(0, r.code(), r::toString);
    assertTrue(r.out().contains("complete -F"), "bash completion expected");
    assertTrue(r.out().contains("--page-after"), "search options are completed");
  }
}
