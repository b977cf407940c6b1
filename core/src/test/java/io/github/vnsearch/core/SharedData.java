package io.github.vnsearch.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates {@code ../shared} (system property {@code vnsearch.shared.dir}) for tests. */
public final class SharedData {

  private SharedData() {}

  /** A path under the shared data directory; fails the test when it is missing. */
  public static Path path(String relative) {
    String dir = System.getProperty("vnsearch.shared.dir", "../../shared");
    Path p = Path.of(dir).resolve(relative);
    assertTrue(Files.exists(p), "shared data missing: " + p.toAbsolutePath());
    return p;
  }
}
