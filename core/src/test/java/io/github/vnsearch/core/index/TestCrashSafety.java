package io.github.vnsearch.core.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vnsearch.core.search.ArticleSearcher;
import io.github.vnsearch.core.search.SearchRequest;
import io.github.vnsearch.core.search.SearchResult;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a JVM that is indexing ({@code destroyForcibly}, no shutdown hooks) and checks that the
 * index it leaves is intact and holds at least everything committed.
 */
class TestCrashSafety {

  private static final int EVERY = 150;

  @TempDir Path dir;

  @Test
  void committedArticlesSurviveAKilledProcess() throws Exception {
    Path indexDir = dir.resolve("index");
    String java =
        ProcessHandle.current()
            .info()
            .command()
            .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    Process child =
        new ProcessBuilder(
                java,
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                CrashingIndexer.class.getName(),
                indexDir.toString(),
                Integer.toString(EVERY))
            .redirectErrorStream(true)
            .start();
    long lastCommitted = 0;
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (line.startsWith("COMMITTED ")) {
          lastCommitted = Long.parseLong(line.substring(10).strip());
          if (lastCommitted >= 4 * EVERY) {
            break; // mid-run: the child is already indexing the next batch
          }
        } else {
          System.out.println("child: " + line);
        }
      }
      child.destroyForcibly();
      assertTrue(child.waitFor(60, TimeUnit.SECONDS), "child did not die");
    } finally {
      child.destroyForcibly();
    }
    assertTrue(lastCommitted >= 4 * EVERY, "child never committed; see its output above");

    try (Directory d = FSDirectory.open(indexDir);
        CheckIndex check = new CheckIndex(d)) {
      ByteArrayOutputStream log = new ByteArrayOutputStream();
      check.setInfoStream(new PrintStream(log, true, StandardCharsets.UTF_8));
      CheckIndex.Status status = check.checkIndex();
      assertTrue(status.clean, log.toString(StandardCharsets.UTF_8));
    }

    try (ArticleIndex index = ArticleIndex.open(indexDir)) {
      IndexStats stats = index.stats();
      assertTrue(stats.documents() >= lastCommitted, stats + " < " + lastCommitted);
      assertEquals(0, stats.documents() % EVERY, "only whole commits survive: " + stats);
      ArticleSearcher searcher = new ArticleSearcher(index);
      SearchResult hue = searcher.search(SearchRequest.builder("Huế").build());
      assertEquals(stats.documents() / 5, hue.total());
      // the reopened index accepts new work
      new Ingester(index).ingest(List.of());
      assertEquals(stats.documents(), index.stats().documents());
    }
  }
}
