package io.github.vnsearch.core.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.tests.store.MockDirectoryWrapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The disk fills up while Lucene merges segments in its own threads: the run ends with the cause
 * ("No space left on device"), not with the writer's "this IndexWriter is closed"; no merge thread
 * prints a stack trace; the index keeps its last commit.
 */
class TestDiskFull {

  @TempDir Path dir;

  @Test
  void aMergeThatFillsTheDiskEndsTheRunWithItsCause() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    StringBuilder jsonl = new StringBuilder();
    for (int i = 0; i < 3000; i++) {
      jsonl.append(
          "{\"id\": \"t"
              + i
              + "\", \"date\": \"2024-06-0"
              + (1 + i % 9)
              + "\", \"body\": \"Bản tin số "
              + i
              + ": mưa lớn ở Hà Nội, nhiều tuyến phố ngập sâu, giao thông ùn tắc.\"}\n");
    }
    Files.writeString(in.resolve("tin.jsonl"), jsonl);

    Path indexDir = dir.resolve("index");
    MockDirectoryWrapper disk =
        new MockDirectoryWrapper(new Random(20261202L), FSDirectory.open(indexDir));
    disk.setCheckIndexOnClose(false);
    disk.setAssertNoUnrefencedFilesOnClose(false);
    AtomicBoolean full = new AtomicBoolean();
    disk.failOn(
        new MockDirectoryWrapper.Failure() {
          @Override
          public void eval(MockDirectoryWrapper d) throws IOException {
            if (full.get() && Thread.currentThread().getName().contains("Merge")) {
              throw new IOException("No space left on device");
            }
          }
        });

    PrintStream stderr = System.err;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
    long committed;
    try (ArticleIndex index = ArticleIndex.open(disk, "disk", false)) {
      new Ingester(index).ingest(List.of()); // an empty commit
      committed = index.stats().documents();
      full.set(true); // from now on, merges find the disk full
      IOException e =
          assertThrows(
              IOException.class,
              () -> new Ingester(index).threads(2).commitEvery(10).ingest(List.of(in)));
      assertEquals("No space left on device", e.getMessage(), () -> describe(e));
    } finally {
      System.setErr(stderr);
    }
    String err = printed.toString(StandardCharsets.UTF_8);
    assertFalse(err.contains("Exception"), err);
    assertFalse(err.contains("\tat "), err);

    try (FSDirectory d = FSDirectory.open(indexDir);
        CheckIndex check = new CheckIndex(d)) {
      check.setInfoStream(null);
      assertTrue(check.checkIndex().clean);
    }
    try (ArticleIndex index = ArticleIndex.openReadOnly(indexDir)) {
      long kept = index.stats().documents();
      assertTrue(kept >= committed && kept < 3000, "last commit: " + kept);
    }
  }

  private static String describe(Throwable e) {
    StringBuilder sb = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      sb.append(t).append(" <- ");
    }
    return sb.toString();
  }
}
