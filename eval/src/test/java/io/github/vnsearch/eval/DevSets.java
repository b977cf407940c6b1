package io.github.vnsearch.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Loads a retrieval dev set from {@code ${vnsearch.shared.dir}/data/retrieval/NAME/}. */
final class DevSets {

  private DevSets() {}

  static RetrievalEvaluator load(String name, String passagesFile) throws IOException {
    String shared = System.getProperty("vnsearch.shared.dir");
    assertTrue(shared != null, "system property vnsearch.shared.dir is not set");
    Path dir = Path.of(shared, "data", "retrieval", name);
    assertTrue(Files.isDirectory(dir), "missing dev set: " + dir);
    return RetrievalEvaluator.load(dir.resolve(passagesFile), dir.resolve("queries.jsonl"));
  }
}
