package io.github.vnsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

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
          "index", "search", "analyze", "segment", "stats", "demo", "generate-completion"
        }) {
      assertTrue(r.out().contains("  " + command), command + " missing:\n" + r.out());
    }
    assertTrue(r.out().contains("VNSEARCH_INDEX"), r::toString);
    assertTrue(r.out().contains("Exit codes"), r::toString);
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
