package io.github.vnsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class VnSearchCommandTest {

  private static String[] run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cmd = VnSearchCommand.commandLine();
    cmd.setOut(new PrintWriter(out));
    cmd.setErr(new PrintWriter(err));
    int code = cmd.execute(args);
    return new String[] {String.valueOf(code), out.toString(), err.toString()};
  }

  @Test
  void versionNamesLucene() {
    String[] r = run("--version");
    assertEquals("0", r[0]);
    assertTrue(r[1].contains("Lucene 10.5.0"), r[1]);
  }

  @Test
  void unknownCommandIsAUsageError() {
    String[] r = run("frobnicate");
    assertEquals("2", r[0]);
    assertTrue(r[2].contains("frobnicate"), r[2]);
  }
}
