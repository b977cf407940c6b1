package io.github.vnsearch.core.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vnsearch.core.article.IngestReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random folders of good and bad files of every kind: every run ends, every good article is
 * indexed, every bad input is reported by its path (and line), nothing else gets in, and the index
 * is clean. Set {@code -Dtests.seed=N} to replay a failure; the seed is in every message.
 */
class TestRandomBadFiles {

  @TempDir Path dir;

  private final List<Path> locked = new ArrayList<>();

  private static final String[] WORDS = {
    "mưa", "lũ", "miền", "Trung", "giá", "lúa", "gạo", "học", "sinh", "tựu", "trường", "bóng", "đá",
    "đội", "tuyển", "Hà", "Nội", "phố", "cổ", "du", "lịch", "kinh", "tế", "tăng", "trưởng"
  };

  /** What one generated run expects. */
  private static final class Expected {
    final Set<String> goodIds = new HashSet<>();
    final Set<String> maybeIds = new HashSet<>(); // damaged at random: indexed or reported
    final Set<String> reported = new HashSet<>(); // "path" or "path:line"
    final Set<String> reportedAnyLine = new HashSet<>(); // "path", reported with some line
    final Set<String> paths = new HashSet<>(); // every input that may be reported
  }

  @AfterEach
  void unlock() throws IOException {
    for (Path p : locked) {
      Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void everyGoodArticleIsIndexedEveryBadInputReported() throws Exception {
    long seed = Long.getLong("tests.seed", new Random().nextLong());
    Random random = new Random(seed);
    for (int round = 0; round < 4; round++) {
      Path root = dir.resolve("round-" + round);
      Expected expected = new Expected();
      int files = 20 + random.nextInt(30);
      for (int i = 0; i < files; i++) {
        Path folder = root.resolve(random.nextInt(4) == 0 ? "con/chau-" + random.nextInt(3) : "");
        Files.createDirectories(folder);
        write(folder, i, random, expected);
      }
      check(root, expected, "seed " + seed + ", round " + round);
    }
  }

  private void check(Path root, Expected expected, String where) throws IOException {
    Path indexDir = root.resolveSibling(root.getFileName() + "-index");
    IngestReport report;
    try (ArticleIndex index = ArticleIndex.open(indexDir)) {
      report = new Ingester(index).threads(2).ingest(List.of(root));
    }
    Set<String> skipped = new HashSet<>();
    Set<String> skippedPaths = new HashSet<>();
    for (IngestReport.Skipped s : report.skipped()) {
      skipped.add(s.line() > 0 ? s.path() + ":" + s.line() : s.path());
      skippedPaths.add(s.path());
      assertTrue(expected.paths.contains(s.path()), where + ": unexpected report " + s);
      assertFalse(s.reason().isBlank() || s.reason().contains("\n"), where + ": " + s);
    }
    for (String bad : expected.reported) {
      assertTrue(skipped.contains(bad), where + ": not reported: " + bad + " in " + skipped);
    }
    for (String bad : expected.reportedAnyLine) {
      assertTrue(skippedPaths.contains(bad), where + ": not reported: " + bad + " in " + skipped);
    }
    Set<String> ids = new HashSet<>();
    try (FSDirectory d = FSDirectory.open(indexDir);
        IndexReader reader = org.apache.lucene.index.DirectoryReader.open(d)) {
      StoredFields stored = reader.storedFields();
      for (int doc = 0; doc < reader.maxDoc(); doc++) {
        ids.add(stored.document(doc).get(ArticleSchema.ID));
      }
      try (CheckIndex checker = new CheckIndex(d)) {
        checker.setInfoStream(null);
        assertTrue(checker.checkIndex().clean, where);
      }
    }
    assertTrue(
        ids.containsAll(expected.goodIds), where + ": missing " + minus(expected.goodIds, ids));
    Set<String> allowed = new HashSet<>(expected.goodIds);
    allowed.addAll(expected.maybeIds);
    assertTrue(allowed.containsAll(ids), where + ": unexpected " + minus(ids, allowed));
    assertEquals(ids.size(), report.indexed(), where);
  }

  private static Set<String> minus(Set<String> a, Set<String> b) {
    Set<String> d = new HashSet<>(a);
    d.removeAll(b);
    return d;
  }

  private static String sentence(Random random) {
    StringBuilder sb = new StringBuilder();
    int n = 5 + random.nextInt(12);
    for (int i = 0; i < n; i++) {
      sb.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
    }
    return Character.toUpperCase(sb.charAt(0)) + sb.substring(1) + ".";
  }

  private static String textArticle(Random random) {
    return sentence(random).replace(".", "")
        + "\n\n"
        + (1 + random.nextInt(28))
        + "/"
        + (1 + random.nextInt(12))
        + "/2024 08:15 GMT+7\n\n"
        + sentence(random)
        + "\n"
        + sentence(random)
        + "\n";
  }

  private static String jsonLine(String id, Random random) {
    return "{\"id\": \""
        + id
        + "\", \"title\": \""
        + sentence(random)
        + "\", \"date\": \"2024-0"
        + (1 + random.nextInt(9))
        + "-1"
        + random.nextInt(10)
        + "\", \"body\": \""
        + sentence(random)
        + " "
        + sentence(random)
        + "\"}";
  }

  /** A JSON line that is certainly refused, and why. */
  private static String badJsonLine(String id, Random random) {
    return switch (random.nextInt(9)) {
      case 0 -> jsonLine(id, random).substring(0, 20); // cut
      case 1 -> "{\"id\": \"" + id + "\", \"body\": " + random.nextInt(1000) + "}";
      case 2 -> "{\"id\": \"" + id + "\", \"title\": \"Không có nội dung\"}";
      case 3 -> "{\"id\": \"" + id + "\", \"date\": \"2024-02-30\", \"body\": \"Ngày không có.\"}";
      case 4 -> "[\"" + id + "\", \"không phải đối tượng\"]";
      case 5 -> jsonLine(id, random) + " {\"id\": \"thua\"}";
      case 6 -> "{\"x\": " + "[".repeat(3000) + "]".repeat(3000) + ", \"body\": \"sâu\"}";
      case 7 -> "{\"id\": \"" + id + "\", \"body\": {\"p\": \"đoạn văn\"}}";
      default -> "{\"id\": \"" + id + "\", \"body\": \"   \"}";
    };
  }

  private void write(Path folder, int i, Random random, Expected expected) throws IOException {
    String stem = random.nextInt(5) == 0 ? "bài số " + i + " (bản nháp)" : "f" + i;
    Path file;
    switch (random.nextInt(14)) {
      case 0, 1 -> { // a good plain-text article
        file = folder.resolve(stem + ".txt");
        Files.writeString(file, textArticle(random));
        expected.goodIds.add(file.toRealPath().toString());
      }
      case 2, 3 -> { // JSON Lines with good, bad and randomly damaged lines
        file = folder.resolve(stem + ".jsonl");
        int lines = 1 + random.nextInt(20);
        List<byte[]> parts = new ArrayList<>();
        for (int line = 1; line <= lines; line++) {
          String id = "f" + i + "-" + line;
          switch (random.nextInt(4)) {
            case 0 -> {
              parts.add(badJsonLine(id, random).getBytes(StandardCharsets.UTF_8));
              expected.reported.add(file + ":" + line);
            }
            case 1 -> {
              byte[] damaged = jsonLine(id, random).getBytes(StandardCharsets.UTF_8);
              int keep = ("{\"id\": \"" + id + "\"").length(); // the id stays what it is
              for (int k = 0; k < 3; k++) {
                byte b = (byte) random.nextInt(256);
                damaged[keep + random.nextInt(damaged.length - keep)] = b == '\n' ? (byte) 'x' : b;
              }
              parts.add(damaged);
              expected.maybeIds.add(id);
            }
            default -> {
              parts.add(jsonLine(id, random).getBytes(StandardCharsets.UTF_8));
              expected.goodIds.add(id);
            }
          }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
          out.write(p);
          out.write('\n');
        }
        Files.write(file, out.toByteArray());
      }
      case 4 -> { // gzipped JSON Lines, whole or cut short
        file = folder.resolve(stem + ".jsonl.gz");
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        int lines = 50 + random.nextInt(200);
        try (OutputStream out = new GZIPOutputStream(gz)) {
          for (int line = 1; line <= lines; line++) {
            out.write(
                (jsonLine("g" + i + "-" + line, random) + "\n").getBytes(StandardCharsets.UTF_8));
          }
        }
        byte[] bytes = gz.toByteArray();
        boolean cut = random.nextBoolean();
        Files.write(file, cut ? java.util.Arrays.copyOf(bytes, bytes.length / 2) : bytes);
        for (int line = 1; line <= lines; line++) {
          (cut ? expected.maybeIds : expected.goodIds).add("g" + i + "-" + line);
        }
        if (cut) {
          expected.reportedAnyLine.add(file.toString()); // at the line where it ends
        }
      }
      case 5 -> { // named .gz, not gzip
        file = folder.resolve(stem + ".ndjson.gz");
        Files.writeString(file, jsonLine("z" + i, random));
        expected.reported.add(file.toString());
      }
      case 6 -> { // empty or blank
        file = folder.resolve(stem + (random.nextBoolean() ? ".txt" : ".jsonl"));
        Files.writeString(file, random.nextBoolean() ? "" : " \n\t\n");
        if (file.toString().endsWith(".txt") || Files.size(file) == 0) {
          expected.reported.add(file.toString());
        }
      }
      case 7 -> { // a legacy 8-bit encoding
        file = folder.resolve(stem + ".txt");
        Files.write(file, textArticle(random).getBytes(StandardCharsets.ISO_8859_1));
        expected.reportedAnyLine.add(file.toString()); // at the line of the first bad byte
      }
      case 8 -> { // random bytes
        file = folder.resolve(stem + ".txt");
        byte[] junk = new byte[1 + random.nextInt(2000)];
        random.nextBytes(junk);
        Files.write(file, junk);
        expected.maybeIds.add(file.toRealPath().toString());
      }
      case 9 -> { // a date that does not exist
        file = folder.resolve(stem + ".txt");
        Files.writeString(
            file,
            sentence(random).replace(".", "") + "\n\n30/02/2024 10:00\n\n" + sentence(random));
        expected.reported.add(file + ":3");
      }
      case 10 -> { // links that lead nowhere or loop
        file = folder.resolve(stem + (random.nextBoolean() ? ".txt" : "-vong"));
        if (file.toString().endsWith(".txt")) {
          Files.createSymbolicLink(file, folder.resolve("khong-co-" + i));
        } else {
          Files.createSymbolicLink(file, folder);
        }
        expected.reported.add(file.toString());
      }
      case 11 -> { // unreadable file or folder (meaningful only for users other than root)
        boolean folderToo = random.nextBoolean();
        Path target = folderToo ? folder.resolve(stem + "-khoa") : folder.resolve(stem + ".txt");
        file = folderToo ? target.resolve("a.txt") : target;
        Files.createDirectories(file.getParent());
        Files.writeString(file, textArticle(random));
        String id = file.toRealPath().toString();
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("---------"));
        locked.add(target);
        expected.paths.add(target.toString());
        if (Files.isReadable(target)) {
          expected.goodIds.add(id); // root reads it anyway
        } else {
          expected.reported.add(target.toString());
        }
      }
      case 12 -> { // not an article file: ignored
        file = folder.resolve(stem + ".md");
        Files.writeString(file, textArticle(random));
      }
      default -> { // hidden: ignored
        file = folder.resolve("." + stem + ".txt");
        Files.writeString(file, textArticle(random));
      }
    }
    expected.paths.add(file.toString());
  }
}
