package io.github.vnsearch.core.article;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes bytes as UTF-8, refusing malformed and unmappable input instead of replacing it with
 * U+FFFD, and says on which line the first bad byte is.
 */
final class StrictUtf8 {

  private StrictUtf8() {}

  /** Thrown with the 1-based line of the first invalid byte. */
  static final class InvalidUtf8Exception extends CharacterCodingException {
    final long line;
    final long byteOffset;

    InvalidUtf8Exception(long line, long byteOffset) {
      this.line = line;
      this.byteOffset = byteOffset;
    }

    @Override
    public String getMessage() {
      return "not valid UTF-8 (bad byte at offset " + byteOffset + ")";
    }
  }

  /**
   * Checks that {@code bytes[off, off+len)} is valid UTF-8 without decoding it all at once: the
   * memory used does not grow with the length.
   */
  static void check(byte[] bytes, int off, int len, long firstLine) throws InvalidUtf8Exception {
    CharsetDecoder decoder = strictDecoder();
    ByteBuffer in = ByteBuffer.wrap(bytes, off, len);
    CharBuffer out = CharBuffer.allocate(4096);
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isError()) {
        throw invalid(bytes, off, in.position(), firstLine);
      }
      if (result.isUnderflow()) {
        return;
      }
      out.clear();
    }
  }

  private static CharsetDecoder strictDecoder() {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  private static InvalidUtf8Exception invalid(byte[] bytes, int off, int bad, long firstLine) {
    long line = firstLine;
    for (int i = off; i < bad; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return new InvalidUtf8Exception(line, bad - off);
  }

  /** Decodes {@code bytes[off, off+len)}; a leading byte order mark is dropped. */
  static String decode(byte[] bytes, int off, int len, long firstLine) throws InvalidUtf8Exception {
    if (len >= 3
        && (bytes[off] & 0xFF) == 0xEF
        && (bytes[off + 1] & 0xFF) == 0xBB
        && (bytes[off + 2] & 0xFF) == 0xBF) {
      off += 3;
      len -= 3;
    }
    CharsetDecoder decoder = strictDecoder();
    ByteBuffer in = ByteBuffer.wrap(bytes, off, len);
    CharBuffer out = CharBuffer.allocate(len);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw invalid(bytes, off, in.position(), firstLine);
    }
    decoder.flush(out);
    out.flip();
    return out.toString();
  }
}
