package io.github.vnsearch.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads UTF-8 lines strictly and streaming: a line holding a malformed byte sequence fails with the
 * source name and its line number, instead of being read as replacement characters.
 */
final class CheckedLineReader extends BufferedReader {

  /** Replaces malformed input; a noncharacter, so it cannot be mistaken for text. */
  private static final String BAD = "\uFFFF";

  private final String name;
  private long line;

  CheckedLineReader(InputStream in, String name) {
    super(new InputStreamReader(in, decoder()), 1 << 16);
    this.name = name;
  }

  private static CharsetDecoder decoder() {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE)
        .replaceWith(BAD);
  }

  @Override
  public String readLine() throws IOException {
    String text = super.readLine();
    if (text != null) {
      line++;
      if (text.contains(BAD)) {
        throw CliException.usage(
            name + ":" + line + ": not valid UTF-8: convert the input with iconv -t UTF-8");
      }
    }
    return text;
  }
}
