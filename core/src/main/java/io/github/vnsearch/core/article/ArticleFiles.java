package io.github.vnsearch.core.article;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;

/**
 * Finds article files under the paths a user gives and reads each one with the right reader: JSON
 * Lines for {@code .jsonl}/{@code .ndjson} (optionally {@code .gz}), plain-text articles for the
 * rest.
 */
public final class ArticleFiles {

  /** The file pattern used for directories when none is given. */
  public static final String DEFAULT_PATTERN = "*.{txt,jsonl,jsonl.gz,ndjson,ndjson.gz}";

  /**
   * The most bytes an article may take, as a plain-text file or as one JSON line: larger inputs are
   * reported and skipped unread. No news article comes near it, and indexing one this large takes
   * hundreds of MB of memory.
   */
  public static final int MAX_ARTICLE_BYTES = 32 << 20;

  private ArticleFiles() {}

  /**
   * Lists the files to read: each regular file given, and under each directory (recursively, hidden
   * entries excluded, symbolic links followed) the files whose name matches {@code glob} (or whose
   * path relative to the directory does, when the pattern contains {@code /}). Paths that do not
   * exist, folders that cannot be read, symbolic links that loop or lead nowhere are reported to
   * {@code problems} and skipped. The result is sorted within each directory and keeps argument
   * order.
   */
  public static List<Path> list(List<Path> paths, String glob, ArticleSink problems)
      throws IOException {
    String pattern = glob == null || glob.isBlank() ? DEFAULT_PATTERN : glob;
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
    boolean relative = pattern.contains("/");
    List<Path> files = new ArrayList<>();
    for (Path root : paths) {
      if (Files.isRegularFile(root)) {
        files.add(root);
      } else if (Files.isDirectory(root)) {
        files.addAll(FolderWalk.find(root, matcher, relative, problems));
      } else {
        problems.skipped(new IngestReport.Skipped(root.toString(), 0, "no such file or directory"));
      }
    }
    return files;
  }

  /** The message of {@code e}, or its class name when it has none. */
  static String message(IOException e) {
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }

  /** True for files read as JSON Lines. */
  public static boolean isJsonLines(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    return name.endsWith(".jsonl") || name.endsWith(".ndjson");
  }

  /**
   * Reads one file, sending its articles and problems to {@code sink}. Problems with the file's
   * content are reported, not thrown, and so is any other failure to read it, running out of memory
   * included: the file is then reported as skipped from there on. Only failures of the sink itself
   * propagate.
   *
   * @param bytesRead told how many more bytes of the file were consumed, as reading goes
   */
  public static void read(Path file, ArticleSink sink, LongConsumer bytesRead) throws IOException {
    String name = file.toString();
    try {
      readFile(file, name, new GuardedSink(sink), bytesRead);
    } catch (SinkFailure e) {
      throw e.getCause();
    } catch (OutOfMemoryError e) {
      sink.skipped(new IngestReport.Skipped(name, 0, outOfMemory()));
    } catch (IOException e) {
      sink.skipped(new IngestReport.Skipped(name, 0, "reading failed: " + message(e)));
    } catch (RuntimeException e) {
      sink.skipped(new IngestReport.Skipped(name, 0, "reading failed: " + e));
    }
  }

  /** Tells the sink's own failures from the reader's. */
  private record GuardedSink(ArticleSink sink) implements ArticleSink {
    @Override
    public void article(Article article) throws IOException {
      try {
        sink.article(article);
      } catch (IOException e) {
        throw new SinkFailure(e);
      }
    }

    @Override
    public void skipped(IngestReport.Skipped skipped) {
      sink.skipped(skipped);
    }
  }

  /** A failure of the sink, not of reading. */
  private static final class SinkFailure extends IOException {
    private static final long serialVersionUID = 1L;

    SinkFailure(IOException cause) {
      super(cause);
    }

    @Override
    public synchronized IOException getCause() {
      return (IOException) super.getCause();
    }
  }

  private static void readFile(Path file, String name, ArticleSink sink, LongConsumer bytesRead)
      throws IOException {
    try {
      if (Files.size(file) == 0) {
        sink.skipped(new IngestReport.Skipped(name, 0, "empty file"));
        return;
      }
      if (isJsonLines(file)) {
        try (InputStream in = open(file, bytesRead)) {
          JsonLinesReader.read(in, name, idOf(file), sink);
        }
      } else {
        readPlainText(file, name, sink, bytesRead);
      }
    } catch (NoSuchFileException e) {
      sink.skipped(new IngestReport.Skipped(name, 0, "no such file"));
    } catch (AccessDeniedException e) {
      sink.skipped(new IngestReport.Skipped(name, 0, "permission denied"));
    } catch (java.util.zip.ZipException e) {
      sink.skipped(new IngestReport.Skipped(name, 0, "not a gzip file"));
    }
  }

  private static void readPlainText(Path file, String name, ArticleSink sink, LongConsumer bytes)
      throws IOException {
    long size = Files.size(file);
    if (size > MAX_ARTICLE_BYTES) {
      sink.skipped(
          new IngestReport.Skipped(
              name,
              0,
              "too large: "
                  + megabytes(size)
                  + ", more than the "
                  + megabytes(MAX_ARTICLE_BYTES)
                  + " an article may take"));
      return;
    }
    byte[] content = Files.readAllBytes(file);
    bytes.accept(content.length);
    String text;
    try {
      text = StrictUtf8.decode(content, 0, content.length, 1);
    } catch (StrictUtf8.InvalidUtf8Exception e) {
      sink.skipped(new IngestReport.Skipped(name, e.line, e.getMessage()));
      return;
    }
    if (text.isBlank()) {
      sink.skipped(new IngestReport.Skipped(name, 0, "empty file"));
      return;
    }
    Article article;
    try {
      article = PlainTextArticleParser.parse(idOf(file), text);
    } catch (InvalidArticleException e) {
      sink.skipped(new IngestReport.Skipped(name, e.line(), e.getMessage()));
      return;
    }
    if (article == null) {
      sink.skipped(new IngestReport.Skipped(name, 0, "no article text found"));
      return;
    }
    sink.article(article);
  }

  /** The reason given for an input that did not fit in memory. */
  static String outOfMemory() {
    return "out of memory (Java's maximum heap is "
        + megabytes(Runtime.getRuntime().maxMemory())
        + ")";
  }

  /** A size for messages: {@code "32 MB"}, or in bytes below a megabyte. */
  static String megabytes(long bytes) {
    return bytes < 1 << 20 ? bytes + " bytes" : (bytes >> 20) + " MB";
  }

  /** The stable id of a plain-text article: its absolute, normalized path. */
  public static String idOf(Path file) {
    try {
      return file.toRealPath().toString();
    } catch (IOException e) {
      return file.toAbsolutePath().normalize().toString();
    }
  }

  private static InputStream open(Path file, LongConsumer bytesRead) throws IOException {
    return JsonLines.open(new CountingInputStream(Files.newInputStream(file), bytesRead), file);
  }

  /** Tells a listener how many bytes were read. */
  private static final class CountingInputStream extends FilterInputStream {
    private final LongConsumer counter;

    CountingInputStream(InputStream in, LongConsumer counter) {
      super(in);
      this.counter = counter;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        counter.accept(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        counter.accept(n);
      }
      return n;
    }
  }
}
