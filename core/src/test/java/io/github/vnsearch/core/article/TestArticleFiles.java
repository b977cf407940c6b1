package io.github.vnsearch.core.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding article files in folders, and reading failures that stop at one file. */
class TestArticleFiles {

  @TempDir Path dir;

  private final List<Path> locked = new ArrayList<>();

  /** Collects problems; throws on articles when told to. */
  private static final class Problems implements ArticleSink {
    final List<String> skipped = new ArrayList<>();
    final List<Article> articles = new ArrayList<>();
    Exception failure;

    @Override
    public void article(Article article) throws IOException {
      if (failure instanceof IOException io) {
        throw io;
      }
      if (failure instanceof RuntimeException e) {
        throw e;
      }
      articles.add(article);
    }

    @Override
    public void skipped(IngestReport.Skipped s) {
      skipped.add(s.toString());
    }
  }

  @AfterEach
  void unlock() throws IOException {
    for (Path p : locked) {
      Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwx------"));
    }
  }

  private static void article(Path file, String headline) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(
        file, headline + "\n\n12/05/2024 07:00 GMT+7\n\nNội dung bài viết về " + headline + ".\n");
  }

  @Test
  void unreadableFolderIsReportedAndTheRestIsListed() throws IOException {
    Path root = dir.resolve("bao");
    article(root.resolve("a.txt"), "Giá lúa tăng mạnh ở miền Tây");
    article(root.resolve("kin/b.txt"), "Bão số 3 đổ bộ vào Quảng Ninh");
    article(root.resolve("mo/c.txt"), "Học sinh Hà Nội tựu trường sớm");
    Path closed = root.resolve("kin");
    Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("---------"));
    locked.add(closed);
    // root reads every folder: the case only exists for other users (CI runs as one)
    assumeFalse(Files.isReadable(closed), "running as root: permissions do not apply");

    Problems problems = new Problems();
    List<Path> files = ArticleFiles.list(List.of(root), null, problems);
    assertEquals(List.of(root.resolve("a.txt"), root.resolve("mo/c.txt")), files);
    assertEquals(List.of(closed + ": permission denied"), problems.skipped);
  }

  @Test
  void linksAreFollowedLoopsAndBrokenLinksReported() throws IOException {
    Path root = dir.resolve("bao");
    Path elsewhere = dir.resolve("noi-khac");
    article(root.resolve("a.txt"), "Giá lúa tăng mạnh ở miền Tây");
    article(elsewhere.resolve("b.txt"), "Bão số 3 đổ bộ vào Quảng Ninh");
    Files.createSymbolicLink(root.resolve("them"), elsewhere); // a folder elsewhere: followed
    Files.createSymbolicLink(root.resolve("vong"), root); // back to the folder: a loop
    Files.createSymbolicLink(root.resolve("tu-tro.txt"), root.resolve("tu-tro.txt")); // itself
    Files.createSymbolicLink(root.resolve("mat.txt"), dir.resolve("khong-con")); // nowhere
    Files.createSymbolicLink(root.resolve(".an"), root); // hidden: not walked, not reported

    Problems problems = new Problems();
    List<Path> files = ArticleFiles.list(List.of(root), null, problems);
    assertEquals(List.of(root.resolve("a.txt"), root.resolve("them/b.txt")), files);
    assertEquals(
        List.of(
            root.resolve("mat.txt") + ": broken symbolic link",
            root.resolve("tu-tro.txt") + ": symbolic link loop",
            root.resolve("vong")
                + ": symbolic link loop (a link to a folder that contains it), not followed"),
        problems.skipped.stream().sorted().toList());
  }

  @Test
  void anUnexpectedFailureIsReportedForTheFileOnly() throws IOException {
    Path file = dir.resolve("a.txt");
    article(file, "Giá lúa tăng mạnh ở miền Tây");
    Problems problems = new Problems();
    problems.failure = new IllegalStateException("hỏng");
    ArticleFiles.read(file, problems, n -> {});
    assertEquals(
        List.of(file + ": reading failed: java.lang.IllegalStateException: hỏng"),
        problems.skipped);

    // the sink's own I/O failures are not the file's: they go to the caller
    Problems failing = new Problems();
    IOException full = new IOException("No space left on device");
    failing.failure = full;
    assertSame(
        full, assertThrows(IOException.class, () -> ArticleFiles.read(file, failing, n -> {})));
    assertTrue(failing.skipped.isEmpty());
  }

  @Test
  void aTextFileWithADateThatDoesNotExistIsReportedWithItsLine() throws IOException {
    Path file = dir.resolve("xang.txt");
    Files.writeString(
        file,
        "Giá xăng giảm lần thứ ba liên tiếp\n\n31/02/2024 09:49 GMT+7\n\n"
            + "Từ 15 giờ chiều nay, giá xăng RON 95 giảm 300 đồng mỗi lít.\n");
    Problems problems = new Problems();
    ArticleFiles.read(file, problems, n -> {});
    assertEquals(
        List.of(file + ":3: invalid date '31/02/2024 09:49 GMT+7' (no such day)"),
        problems.skipped);
    assertTrue(problems.articles.isEmpty());
  }
}
