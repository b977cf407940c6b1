package io.github.vnsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class WorkingDirectoryTest {

  @Test
  void filePathsAreShownRelativeToTheWorkingDirectory() throws IOException {
    Path here = Path.of("").toAbsolutePath().toRealPath();
    assertEquals(
        Path.of("seeds", "001.txt").toString(),
        WorkingDirectory.relative(here.resolve("seeds/001.txt").toString()));
    assertEquals(
        Path.of("..", "shared", "seeds", "001.txt").toString(),
        WorkingDirectory.relative(here.resolveSibling("shared/seeds/001.txt").toString()));
  }

  @Test
  void otherIdsAreKept() {
    assertEquals("tin-1", WorkingDirectory.relative("tin-1"));
    assertEquals("vnexpress/2025/đàm-phán", WorkingDirectory.relative("vnexpress/2025/đàm-phán"));
    // a path that would only get longer stays absolute
    String far = Path.of("/").resolve("x.txt").toString();
    assertEquals(far, WorkingDirectory.relative(far));
  }
}
