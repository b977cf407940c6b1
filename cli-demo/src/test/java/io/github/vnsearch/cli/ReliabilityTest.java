package io.github.vnsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vnsearch.core.index.ArticleIndex;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.store.AlreadyClosedException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The command line's answers when things go wrong: a damaged index, a full disk, running out of
 * memory, and hints that lead somewhere.
 */
class ReliabilityTest {

  @TempDir static Path tmp;
  static SampleIndex sample;

  @BeforeAll
  static void indexSample() throws IOException {
    sample = SampleIndex.build(tmp);
  }

  private static Path copyOfIndex(String name) throws IOException {
    Path copy = tmp.resolve(name);
    Files.createDirectories(copy);
    try (Stream<Path> files = Files.list(sample.index)) {
      for (Path f : files.toList()) {
        Files.copy(f, copy.resolve(f.getFileName()));
      }
    }
    return copy;
  }

  private static Path largestFile(Path index) throws IOException {
    try (Stream<Path> files = Files.list(index)) {
      return files
          .filter(f -> !f.getFileName().toString().startsWith("write.lock"))
          .max(Comparator.comparingLong(f -> f.toFile().length()))
          .orElseThrow();
    }
  }

  /** Inverts 64 bytes of {@code file} at {@code fraction} of its length. */
  private static void damage(Path file, double fraction) throws IOException {
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      long at = (long) (f.length() * fraction);
      byte[] bytes = new byte[(int) Math.min(64, f.length() - at)];
      f.seek(at);
      f.readFully(bytes);
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = (byte) ~bytes[i];
      }
      f.seek(at);
      f.write(bytes);
    }
  }

  @Test
  void damageFoundWhileSearchingIsReportedAsCorruptionNeverAsABug() throws IOException {
    int corrupt = 0;
    for (int step = 1; step < 20; step++) {
      Path index = copyOfIndex("damaged-" + step);
      damage(largestFile(index), step / 20.0);
      for (String[] args :
          List.of(
              new String[] {"search", "--limit", "1000", "--index", index.toString()},
              new String[] {"search", "Hà Nội", "--limit", "1000", "--index", index.toString()},
              new String[] {"stats", "--index", index.toString()})) {
        Cli.Result r = Cli.run(args);
        assertTrue(r.code() == ExitCode.OK || r.code() == ExitCode.INDEX, r::toString);
        if (r.code() == ExitCode.INDEX) {
          corrupt++;
          assertTrue(r.err().startsWith("vnsearch: the index is corrupt ("), r::toString);
          assertTrue(r.err().endsWith("): delete it and rebuild it\n"), r::toString);
          assertEquals(1, r.err().lines().count(), r::toString);
        }
      }
    }
    assertTrue(corrupt > 0, "no damage was ever noticed");
  }

  @Test
  void anUnexpectedFailureIsCorruptionOnlyWhenTheChecksumsSaySo() throws IOException {
    RuntimeException bug = new ArrayIndexOutOfBoundsException("-47375");
    try (ArticleIndex healthy = ArticleIndex.openReadOnly(sample.index)) {
      assertSame(bug, assertThrows(RuntimeException.class, () -> Indexes.read(healthy, fail(bug))));
    }
    Path index = copyOfIndex("checksums");
    damage(largestFile(index), 0.5);
    try (ArticleIndex damaged = ArticleIndex.openReadOnly(index)) {
      CorruptIndexException e =
          assertThrows(CorruptIndexException.class, () -> Indexes.read(damaged, fail(bug)));
      assertSame(bug, e.getSuppressed()[0]);
      assertEquals(ExitCode.INDEX, ErrorHandler.describe(e).exitCode());
    }
  }

  private static Indexes.IndexRead<Object> fail(RuntimeException e) {
    return () -> {
      throw e;
    };
  }

  @Test
  void aFullDiskIsNamedThroughTheWritersWrappers() {
    IOException full = new IOException("No space left on device");
    for (Throwable wrapped :
        List.of(
            full,
            new AlreadyClosedException("this IndexWriter is closed", full),
            new IOException(
                "indexing failed on x: java.lang.IllegalStateException: this writer hit an"
                    + " unrecoverable error",
                new IllegalStateException("this writer hit an unrecoverable error", full)))) {
      ErrorHandler.Failure f = ErrorHandler.describe(wrapped);
      assertEquals(ExitCode.INDEX, f.exitCode(), f::message);
      assertEquals(
          "no space left on device (No space left on device): free some space and run again;"
              + " the index keeps its last commit",
          f.message());
    }
  }

  @Test
  void runningOutOfMemoryHasItsOwnMessage() {
    String heap = "Java's maximum heap is " + (Runtime.getRuntime().maxMemory() >> 20) + " MB";
    ErrorHandler.Failure writing =
        ErrorHandler.describe(
            new IOException("out of memory while indexing m5", new OutOfMemoryError("heap")));
    assertEquals(ExitCode.INDEX, writing.exitCode());
    assertEquals(
        "out of memory while indexing m5 ("
            + heap
            + "): the index keeps its last commit; run again with more memory, e.g."
            + " VNSEARCH_JAVA_OPTS=-Xmx2g",
        writing.message());
    NoClassDefFoundError initFailed = new NoClassDefFoundError("Could not initialize class X");
    initFailed.initCause(
        new ExceptionInInitializerError("Exception java.lang.OutOfMemoryError: Java heap space"));
    for (Throwable e : List.of(new OutOfMemoryError("Java heap space"), initFailed)) {
      ErrorHandler.Failure f = ErrorHandler.describe(e);
      assertEquals(ExitCode.INTERNAL, f.exitCode());
      assertEquals(
          "out of memory ("
              + heap
              + "): run again with more memory, e.g. VNSEARCH_JAVA_OPTS=-Xmx2g",
          f.message());
    }
  }

  /** A command that runs out of memory. */
  @CommandLine.Command(name = "het-bo-nho")
  static final class OutOfMemory implements Callable<Integer> {
    @Override
    public Integer call() {
      throw new OutOfMemoryError("Java heap space");
    }
  }

  @Test
  void anErrorInACommandIsOneLineToo() {
    CommandLine cmd = VnSearchCommand.commandLine();
    StringWriter err = new StringWriter();
    cmd.setErr(new PrintWriter(err, true));
    cmd.addSubcommand(new OutOfMemory());
    assertEquals(ExitCode.INTERNAL, cmd.execute("het-bo-nho"));
    assertEquals(1, err.toString().lines().count(), err::toString);
    assertTrue(err.toString().startsWith("vnsearch: out of memory ("), err::toString);
  }

  @Test
  void aQueryStartingWithADashGetsTheHintThatWorks() {
    Cli.Result r = Cli.run("search", "-bóng đá", "--index", sample.index.toString());
    assertEquals(ExitCode.USAGE, r.code(), r::toString);
    assertEquals(1, r.err().lines().count(), r::toString);
    assertTrue(
        r.err()
            .contains(
                "to give text that starts with '-', put '--' before it: vnsearch search --"
                    + " '-bóng đá'"),
        r::toString);
    Cli.Result followed = Cli.run("search", "--index", sample.index.toString(), "--", "-bóng đá");
    assertEquals(ExitCode.OK, followed.code(), followed::toString);

    Cli.Result typo = Cli.run("search", "bão", "--limt", "3", "--index", sample.index.toString());
    assertEquals(ExitCode.USAGE, typo.code(), typo::toString);
    assertFalse(typo.err().contains("put '--'"), typo::toString);
  }

  @Test
  void aFolderThatIsNotAnIndexGetsTheHintThatWorks() throws IOException {
    Path notes = Files.createDirectories(tmp.resolve("ghi-chu"));
    Files.writeString(notes.resolve("viec-can-lam.txt"), "Mua gạo, trả sách thư viện.");
    Cli.Result r = Cli.run("search", "gạo", "--index", notes.toString());
    assertEquals(ExitCode.INDEX, r.code(), r::toString);
    assertEquals(1, r.err().lines().count(), r::toString);
    assertTrue(r.err().contains("the folder holds other files"), r::toString);
    assertTrue(r.err().contains("in a new or empty folder"), r::toString);
    Path fresh = tmp.resolve("chi-muc-moi");
    Cli.Result index = Cli.run("index", sample.articles.toString(), "--index", fresh.toString());
    assertEquals(ExitCode.OK, index.code(), index::toString);
    assertEquals(ExitCode.OK, Cli.run("search", "gạo", "--index", fresh.toString()).code());
  }
}
