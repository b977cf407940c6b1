package io.github.vnsearch.cli;

import io.github.vnsearch.core.index.ArticleIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;

/** Opens indexes for commands, turning the usual mistakes into messages that name the fix. */
final class Indexes {

  private Indexes() {}

  /** Opens the existing index in {@code dir} for searching. */
  static ArticleIndex openForReading(Path dir) throws IOException {
    if (Files.isDirectory(dir) && !isEmpty(dir) && !hasIndex(dir)) {
      throw new CliException(
          ExitCode.INDEX,
          "no index at "
              + dir
              + ": the folder holds other files; point --index (or VNSEARCH_INDEX) at an existing"
              + " index, or build one in a new or empty folder with 'vnsearch index PATH --index"
              + " NEW_DIR'");
    }
    if (!Files.isDirectory(dir) || !hasIndex(dir)) {
      throw new CliException(
          ExitCode.INDEX,
          "no index at "
              + dir
              + ": build one with 'vnsearch index PATH --index "
              + dir
              + "' or point --index (or VNSEARCH_INDEX) at an existing one");
    }
    return ArticleIndex.openReadOnly(dir);
  }

  /**
   * Opens or creates the index in {@code dir}; refuses a non-empty directory that holds no index,
   * so that a mistyped {@code --index} never litters someone's folder with index files.
   */
  static ArticleIndex openForWriting(Path dir) throws IOException {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new CliException(
          ExitCode.USAGE, "--index " + dir + " is a file: give a directory for the index");
    }
    if (Files.isDirectory(dir) && !isEmpty(dir) && !hasIndex(dir)) {
      throw new CliException(
          ExitCode.USAGE,
          "--index "
              + dir
              + " is not empty and holds no index: give a new or empty directory for the index");
    }
    return ArticleIndex.open(dir);
  }

  /** A step that reads an index. */
  interface IndexRead<T> {
    T run() throws IOException;
  }

  /**
   * Runs {@code read} on {@code index}. An unexpected failure (a runtime exception, an I/O error
   * such as reading past the end of a file, running out of memory, or one of Lucene's assertions
   * when they are enabled, all of which reading a damaged file can cause) is checked against the
   * index's checksums: when they show the index is corrupt, the {@link CorruptIndexException} is
   * thrown instead, so that the user is told to rebuild the index rather than to report a bug.
   */
  static <T> T read(ArticleIndex index, IndexRead<T> read) throws IOException {
    try {
      return read.run();
    } catch (CliException | CorruptIndexException e) {
      throw e;
    } catch (IOException | RuntimeException | OutOfMemoryError | AssertionError e) {
      try {
        index.checkIntegrity();
      } catch (CorruptIndexException corrupt) {
        corrupt.addSuppressed(e);
        throw corrupt;
      } catch (IOException | RuntimeException other) {
        e.addSuppressed(other);
      }
      throw e;
    }
  }

  private static boolean hasIndex(Path dir) throws IOException {
    try (FSDirectory directory = FSDirectory.open(dir)) {
      return DirectoryReader.indexExists(directory);
    }
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    }
  }
}
