package io.github.vnsearch.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The {@code .sha256} file committed beside each built resource, which the runtime modules' tests
 * compare with the resource.
 */
public final class Checksums {

  private Checksums() {}

  /** Hex SHA-256 of {@code bytes}. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  /**
   * Writes the hex SHA-256 of {@code file} and a newline into {@code file.sha256}, beside it.
   *
   * @return that checksum file
   */
  public static Path writeSha256(Path file) throws IOException {
    Path checksum = file.resolveSibling(file.getFileName() + ".sha256");
    Files.writeString(checksum, sha256(Files.readAllBytes(file)) + "\n", StandardCharsets.US_ASCII);
    return checksum;
  }
}
