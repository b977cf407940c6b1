package io.github.vnsearch.core.article;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a stream line by line into one reused byte buffer. A line longer than the limit is read to
 * its end but not kept, so memory stays bounded whatever the input: a file without a single line
 * break is read in constant memory.
 */
final class LineReader {

  /** What {@link #next} found. */
  enum Line {
    /** A line, in {@link #bytes()} {@code [0, length())}, without its line break. */
    READ,
    /** A line longer than the limit: skipped. */
    TOO_LONG,
    /** A line whose buffer could not be allocated: skipped. */
    OUT_OF_MEMORY,
    /** No more lines. */
    END
  }

  private final InputStream in;
  private final int limit;
  private final byte[] chunk = new byte[1 << 16];
  private int chunkPos;
  private int chunkEnd;
  private byte[] line = new byte[8192];
  private int length;
  private long number;

  /**
   * @param in the stream, read in chunks (no need to buffer it)
   * @param limit lines of more bytes than this are skipped
   */
  LineReader(InputStream in, int limit) {
    this.in = in;
    this.limit = limit;
  }

  /** Reads the next line. */
  Line next() throws IOException {
    length = 0;
    Line kind = Line.READ;
    boolean started = false;
    while (true) {
      if (chunkPos == chunkEnd) {
        int n = in.read(chunk, 0, chunk.length);
        if (n < 0) {
          if (!started) {
            return Line.END;
          }
          number++;
          return kind;
        }
        chunkPos = 0;
        chunkEnd = n;
        continue;
      }
      started = true;
      int newline = indexOf('\n', chunkPos, chunkEnd);
      int end = newline < 0 ? chunkEnd : newline;
      if (kind == Line.READ) {
        kind = append(chunkPos, end);
      }
      if (newline >= 0) {
        chunkPos = newline + 1;
        number++;
        return kind;
      }
      chunkPos = chunkEnd;
    }
  }

  private Line append(int from, int to) {
    int n = to - from;
    if (n > limit - length) {
      release();
      return Line.TOO_LONG;
    }
    if (length + n > line.length) {
      try {
        line = Arrays.copyOf(line, (int) Math.min(limit, Math.max(2L * line.length, length + n)));
      } catch (OutOfMemoryError e) {
        release();
        return Line.OUT_OF_MEMORY;
      }
    }
    System.arraycopy(chunk, from, line, length, n);
    length += n;
    return Line.READ;
  }

  private int indexOf(int b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (chunk[i] == b) {
        return i;
      }
    }
    return -1;
  }

  /** Drops a large line buffer, e.g. after a line too long for memory. */
  void release() {
    line = new byte[8192];
    length = 0;
  }

  /** The buffer holding the line read last. */
  byte[] bytes() {
    return line;
  }

  /** Bytes in the line read last. */
  int length() {
    return length;
  }

  /** The 1-based number of the line read last. */
  long number() {
    return number;
  }
}
