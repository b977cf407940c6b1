package io.github.vnsearch.cli;

import java.io.IOException;
import java.nio.file.Path;

/** Shows absolute file paths (article ids of files) relative to the working directory. */
final class WorkingDirectory {

  private WorkingDirectory() {}

  /**
   * {@code id} relative to the working directory when it is an absolute path that becomes shorter
   * so ({@code ../shared/seeds/001.txt}); any other id unchanged.
   */
  static String relative(String id) {
    try {
      Path path = Path.of(id);
      if (!path.isAbsolute()) {
        return id;
      }
      Path here = Path.of("").toAbsolutePath();
      try {
        here = here.toRealPath();
      } catch (IOException e) {
        // keep the absolute form
      }
      String relative = here.relativize(path).toString();
      return !relative.isEmpty() && relative.length() < id.length() ? relative : id;
    } catch (IllegalArgumentException e) { // also InvalidPathException
      return id; // not a path of this file system (an id from JSON Lines)
    }
  }
}
