package io.github.vnsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ErrorHandlingTest {

  @TempDir Path tmp;

  @Test
  void foreignLuceneIndexIsRejectedWithAClearLine() throws IOException {
    Path foreign = tmp.resolve("foreign");
    try (FSDirectory dir = FSDirectory.open(foreign);
        IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
      Document doc = new Document();
      doc.add(new StringField("id", "x", Field.Store.YES));
      w.addDocument(doc);
      w.commit();
    }
    for (String command : new String[] {"search", "stats"}) {
      Cli.Result r =
          command.equals("search")
              ? Cli.run("search", "bão", "--index", foreign.toString())
              : Cli.run("stats", "--index", foreign.toString());
      assertEquals(ExitCode.INDEX, r.code(), r::toString);
      assertEquals(1, r.err().lines().count(), r::toString);
      assertTrue(r.err().contains(foreign.toString()), r::toString);
      assertTrue(r.err().contains("not built by vnsearch"), r::toString);
    }
    Path articles = Files.createDirectory(tmp.resolve("a"));
    Files.writeString(articles.resolve("x.txt"), "Tin ngắn\n\nMột câu tin tức ngắn gọn.\n");
    Cli.Result r = Cli.run("index", articles.toString(), "--index", foreign.toString());
    assertEquals(ExitCode.INDEX, r.code(), r::toString);
  }

  @Test
  void verbosePrintsTheStackTrace() throws IOException {
    Path foreign = tmp.resolve("foreign");
    try (FSDirectory dir = FSDirectory.open(foreign);
        IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
      w.commit();
    }
    Cli.Result quiet = Cli.run("stats", "--index", foreign.toString());
    assertFalse(quiet.err().contains("\tat "), quiet::toString);
    Cli.Result verbose = Cli.run("stats", "--index", foreign.toString(), "--verbose");
    assertEquals(ExitCode.INDEX, verbose.code(), verbose::toString);
    assertTrue(verbose.err().contains("\tat "), verbose::toString);
  }

  @Test
  void unknownOptionIsAUsageErrorWithAHint() {
    Cli.Result r = Cli.run("search", "bão", "--limt", "3");
    assertEquals(ExitCode.USAGE, r.code(), r::toString);
    assertTrue(r.err().contains("--limt"), r::toString);
    assertTrue(r.err().contains("--limit") || r.err().contains("--help"), r::toString);
  }

  @Test
  void badOptionValueIsOneLineNamingTheFormatAndTheHelp() {
    Cli.Result r = Cli.run("search", "bão", "--from", "2025-13", "--index", tmp.toString());
    assertEquals(ExitCode.USAGE, r.code(), r::toString);
    assertEquals(
        "vnsearch: Invalid value for option '--from': '2025-13' is not a date: use 2025, 2025-12"
            + " or 2025-12-15 (see 'vnsearch search --help')\n",
        r.err());
  }

  @Test
  void limitOutOfRangeIsAUsageError() {
    Cli.Result r = Cli.run("search", "bão", "--limit", "0", "--index", tmp.toString());
    assertEquals(ExitCode.USAGE, r.code(), r::toString);
    assertTrue(r.err().contains("--limit must be between 1 and 1000"), r::toString);
  }

  @Test
  void internalErrorsAreOneLineToo() {
    ErrorHandler.Failure f = ErrorHandler.describe(new NullPointerException("x"));
    assertEquals(ExitCode.INTERNAL, f.exitCode());
    assertTrue(f.message().contains("--verbose"), f.message());
  }
}
