package io.github.vnsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: runs the packaged {@code vnsearch.jar} as a separate process, as {@code ./vnsearch}
 * does, on the seed articles in {@code ../shared/seeds}.
 */
class VnSearchJarIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  record Run(int code, String out, String err) {
    @Override
    public String toString() {
      return "exit " + code + "\n--- out ---\n" + out + "--- err ---\n" + err;
    }
  }

  private static Path shared() {
    return Path.of(System.getProperty("vnsearch.shared.dir"));
  }

  private static ProcessBuilder vnsearch(Map<String, String> env, String... args) {
    return withHeap("1g", env, args);
  }

  private static ProcessBuilder withHeap(String heap, Map<String, String> env, String... args) {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>();
    command.add(java);
    command.add("--enable-native-access=ALL-UNNAMED");
    command.add("-Xmx" + heap);
    command.add("-jar");
    command.add(System.getProperty("vnsearch.jar"));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().remove("VNSEARCH_INDEX");
    pb.environment().put("NO_COLOR", "1");
    pb.environment().putAll(env);
    return pb;
  }

  private static Run run(Map<String, String> env, String stdin, String... args)
      throws IOException, InterruptedException {
    return run(vnsearch(env, args), stdin);
  }

  private static Run run(ProcessBuilder command, String stdin)
      throws IOException, InterruptedException {
    Path out = Files.createTempFile("vnsearch-out", ".txt");
    Path err = Files.createTempFile("vnsearch-err", ".txt");
    Process p = command.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    try (OutputStream in = p.getOutputStream()) {
      if (stdin != null) {
        in.write(stdin.getBytes(StandardCharsets.UTF_8));
      }
    }
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "vnsearch did not finish in time");
    Run run = new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    Files.delete(out);
    Files.delete(err);
    return run;
  }

  @Test
  void indexesAndSearchesTheSeedArticles() throws Exception {
    Map<String, String> env = Map.of("VNSEARCH_INDEX", tmp.resolve("index").toString());
    Run index = run(env, null, "index", shared().resolve("seeds").toString(), "--json");
    assertEquals(0, index.code(), index::toString);
    JsonNode summary = JSON.readTree(index.out());
    assertEquals(5, summary.get("indexed").asLong(), index::toString);
    assertEquals(0, summary.get("skipped").size(), index::toString);
    assertTrue(Files.isDirectory(tmp.resolve("index")), "VNSEARCH_INDEX chose the index directory");

    Run plain = run(env, null, "search", "dam phan", "--json");
    assertEquals(0, plain.code(), plain::toString);
    JsonNode result = JSON.readTree(plain.out());
    assertTrue(result.get("total").asLong() >= 3, plain::toString);
    Map<String, Long> years = new HashMap<>();
    JsonNode all = JSON.readTree(run(env, null, "search", "--json").out());
    for (JsonNode bucket : all.get("facets").get("date")) {
      years.put(bucket.get("label").asText(), bucket.get("count").asLong());
    }
    assertEquals(Map.of("2023", 1L, "2025", 3L, "no date", 1L), years, all::toString);

    Run drill = run(env, null, "search", "đàm phán", "--date", "2025/12");
    assertEquals(0, drill.code(), drill::toString);
    assertTrue(drill.out().contains("By day of 2025/12"), drill::toString);
    assertTrue(drill.out().contains("[đàm phán]"), drill::toString);
    assertFalse(drill.out().contains("2023-07-31"), drill::toString);

    Run segment = run(Map.of(), "Hà Nội là thủ đô của Việt Nam.\nĐàm phán hòa bình\n", "segment");
    assertEquals(0, segment.code(), segment::toString);
    List<String> lines = segment.out().lines().toList();
    assertEquals(2, lines.size(), segment::toString);
    assertTrue(lines.get(0).endsWith(" ."), segment::toString);
  }

  @Test
  void userErrorsAreOneLineWithoutStackTrace() throws Exception {
    Run missing = run(Map.of(), null, "search", "bão", "--index", tmp.resolve("none").toString());
    assertEquals(ExitCode.INDEX, missing.code(), missing::toString);
    assertEquals(1, missing.err().lines().count(), missing::toString);
    assertFalse(missing.err().contains("Exception"), missing::toString);
    Run badDate = run(Map.of(), null, "search", "bão", "--to", "2025-02-30");
    assertEquals(ExitCode.USAGE, badDate.code(), badDate::toString);
    assertFalse(badDate.err().contains("Exception"), badDate::toString);
  }

  @Test
  void interruptedIndexingLeavesTheLastCommitOpenable() throws Exception {
    Path corpus = shared().resolve("data/news/vntc.jsonl.gz");
    Path index = tmp.resolve("index");
    Process p =
        vnsearch(
                Map.of(),
                "index",
                corpus.toString(),
                "--index",
                index.toString(),
                "--commit-every",
                "200")
            .redirectErrorStream(true)
            .start();
    StringBuilder output = new StringBuilder();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      // Progress lines come every few seconds; stop once two commits must have happened.
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        output.append(line).append('\n');
        if (articles(line) >= 400) {
          // SIGTERM runs the shutdown hook as Ctrl-C does; unlike Process.destroy(), the handle
          // leaves the pipe open, so the final message can still be read.
          p.toHandle().destroy();
        }
      }
    }
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), output::toString);
    assertTrue(output.toString().contains("interrupted"), output::toString);
    try (FSDirectory dir = FSDirectory.open(index);
        CheckIndex check = new CheckIndex(dir)) {
      check.setInfoStream(null);
      assertTrue(check.checkIndex().clean, "index is clean after the interruption");
    }
    Run stats = run(Map.of(), null, "stats", "--index", index.toString(), "--json");
    assertEquals(0, stats.code(), stats::toString);
    assertTrue(JSON.readTree(stats.out()).get("documents").asLong() >= 200, stats::toString);
  }

  /** Writes a JSON Lines file of one article whose body takes about {@code megabytes}. */
  private static Path hugeArticle(Path file, int megabytes) throws IOException {
    String sentence = "Người dân miền Trung khẩn trương gia cố nhà cửa trước khi bão đổ bộ. ";
    try (Writer out = Files.newBufferedWriter(file)) {
      out.write("{\"id\": \"khong-lo\", \"title\": \"Bài rất dài\", \"body\": \"");
      int sentenceBytes = sentence.getBytes(StandardCharsets.UTF_8).length;
      for (long written = 0; written < ((long) megabytes << 20); written += sentenceBytes) {
        out.write(sentence);
      }
      out.write("\"}\n");
    }
    return file;
  }

  /** A good plain-text article and a JSON Lines file of two, to index beside a bad input. */
  private static Path goodArticles(Path dir) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(
        dir.resolve("tot.txt"),
        "Mưa lớn ở miền Trung\n\n15/10/2024 08:00 GMT+7\n\nMưa lớn kéo dài nhiều ngày khiến"
            + " nước sông dâng cao.\n");
    Files.writeString(
        dir.resolve("tot.jsonl"),
        "{\"id\": \"g1\", \"body\": \"Giá gạo xuất khẩu tăng mạnh.\"}\n"
            + "{\"id\": \"g2\", \"body\": \"Học sinh Hà Nội tựu trường.\"}\n");
    return dir;
  }

  private static JsonNode skippedOnly(Run run, int indexed) throws IOException {
    assertEquals(ExitCode.PARTIAL, run.code(), run::toString);
    assertFalse(run.err().contains("\tat "), run::toString);
    JsonNode summary = JSON.readTree(run.out());
    assertEquals(indexed, summary.get("indexed").asLong(), run::toString);
    assertEquals(1, summary.get("skipped").size(), run::toString);
    return summary.get("skipped").get(0);
  }

  @Test
  void aLineTooLargeIsSkippedAndTheOtherFilesIndexedUnderASmallHeap() throws Exception {
    Path big = hugeArticle(tmp.resolve("to.jsonl"), 39);
    Run run =
        run(
            withHeap(
                "128m",
                Map.of(),
                "index",
                big.toString(),
                goodArticles(tmp.resolve("tot")).toString(),
                "--index",
                tmp.resolve("index").toString(),
                "--json"),
            null);
    JsonNode skipped = skippedOnly(run, 3);
    assertEquals(big.toString(), skipped.get("path").asText());
    assertEquals(1, skipped.get("line").asLong());
    assertEquals("too large: more than 32 MB in one line", skipped.get("reason").asText());
  }

  @Test
  void aFileWithoutLineBreaksIsReadInBoundedMemory() throws Exception {
    // 1 GB in one line, 1 MB on disk once compressed
    Path endless = tmp.resolve("mot-dong.jsonl.gz");
    byte[] chunk = new byte[1 << 20];
    java.util.Arrays.fill(chunk, (byte) 'a');
    try (OutputStream out =
        new java.util.zip.GZIPOutputStream(Files.newOutputStream(endless), 1 << 16) {
          {
            def.setLevel(java.util.zip.Deflater.BEST_SPEED);
          }
        }) {
      for (int i = 0; i < 1024; i++) {
        out.write(chunk);
      }
    }
    Run run =
        run(
            withHeap(
                "64m",
                Map.of(),
                "index",
                endless.toString(),
                goodArticles(tmp.resolve("tot")).toString(),
                "--index",
                tmp.resolve("index").toString(),
                "--json"),
            null);
    JsonNode skipped = skippedOnly(run, 3);
    assertEquals(endless.toString(), skipped.get("path").asText());
    assertEquals("too large: more than 32 MB in one line", skipped.get("reason").asText());
  }

  @Test
  void anArticleTooLargeForTheHeapIsReportedAndTheRunGoesOn() throws Exception {
    Path big = hugeArticle(tmp.resolve("to.jsonl"), 30);
    Run run =
        run(
            withHeap(
                "96m",
                Map.of(),
                "index",
                big.toString(),
                goodArticles(tmp.resolve("tot")).toString(),
                "--index",
                tmp.resolve("index").toString(),
                "--json"),
            null);
    JsonNode skipped = skippedOnly(run, 3);
    assertEquals(big.toString(), skipped.get("path").asText());
    assertTrue(skipped.get("reason").asText().startsWith("out of memory"), run::toString);
  }

  /** The article count of a plain progress line such as {@code 0/1 files 1,234 articles ...}. */
  private static long articles(String line) {
    int end = line.indexOf(" articles ");
    if (end < 0) {
      return -1;
    }
    int start = line.lastIndexOf(' ', end - 1) + 1;
    try {
      return Long.parseLong(line.substring(start, end).replace(",", ""));
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
