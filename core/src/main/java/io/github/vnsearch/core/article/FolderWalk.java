package io.github.vnsearch.core.article;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Finds the article files under one folder, recursively, following symbolic links and skipping
 * hidden entries; what cannot be walked (a folder that cannot be read, a link that loops or leads
 * nowhere) is reported and skipped, and the walk goes on.
 */
final class FolderWalk extends SimpleFileVisitor<Path> {

  private final Path root;
  private final PathMatcher matcher;
  private final boolean relative;
  private final ArticleSink problems;
  private final List<Path> found = new ArrayList<>();

  private FolderWalk(Path root, PathMatcher matcher, boolean relative, ArticleSink problems) {
    this.root = root;
    this.matcher = matcher;
    this.relative = relative;
    this.problems = problems;
  }

  /**
   * The files under {@code root} whose name (or path relative to {@code root}, when {@code
   * relative}) {@code matcher} accepts, sorted.
   */
  static List<Path> find(Path root, PathMatcher matcher, boolean relative, ArticleSink problems)
      throws IOException {
    FolderWalk walk = new FolderWalk(root, matcher, relative, problems);
    Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, walk);
    walk.found.sort(null);
    return walk.found;
  }

  @Override
  public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
    return isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
  }

  @Override
  public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
    if (isHidden(file)) {
      return FileVisitResult.CONTINUE;
    }
    if (attrs.isSymbolicLink()) {
      // a link the walk could not follow: it may have led to a folder of articles
      report(file, unresolvable(file));
    } else if (attrs.isRegularFile()
        && matcher.matches(relative ? root.relativize(file) : file.getFileName())) {
      found.add(file);
    }
    return FileVisitResult.CONTINUE;
  }

  @Override
  public FileVisitResult visitFileFailed(Path file, IOException e) {
    if (!isHidden(file)) {
      report(file, unlistable(e));
    }
    return FileVisitResult.CONTINUE;
  }

  @Override
  public FileVisitResult postVisitDirectory(Path dir, IOException e) {
    if (e != null) {
      report(dir, unlistable(e));
    }
    return FileVisitResult.CONTINUE;
  }

  private void report(Path path, String reason) {
    problems.skipped(new IngestReport.Skipped(path.toString(), 0, reason));
  }

  private boolean isHidden(Path path) {
    for (Path part : root.relativize(path)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /** Why a symbolic link cannot be followed. */
  private static String unresolvable(Path link) {
    try {
      Files.readAttributes(link, BasicFileAttributes.class);
      return "symbolic link that cannot be followed";
    } catch (IOException e) {
      return e instanceof NoSuchFileException ? "broken symbolic link" : unlistable(e);
    }
  }

  /** Why a folder or link could not be walked, in a few words. */
  private static String unlistable(IOException e) {
    if (e instanceof FileSystemLoopException) {
      return "symbolic link loop (a link to a folder that contains it), not followed";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof FileSystemException fs
        && fs.getReason() != null
        && fs.getReason().contains("symbolic links")) {
      return "symbolic link loop"; // ELOOP: "Too many levels of symbolic links"
    }
    return ArticleFiles.message(e);
  }
}
