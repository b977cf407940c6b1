package io.github.vnsearch.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.vnsearch.core.article.JsonLines;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipException;

/**
 * Reads passages and judged queries from JSON Lines files with core's {@link JsonLines} (strict
 * UTF-8, optionally gzipped when the name ends in {@code .gz}; blank lines are skipped). The first
 * problem stops the reading and is reported with the file and line, never as a bare parser
 * exception.
 */
final class JsonlReader {

  /** Longest line read: a passage or a query is far shorter. */
  private static final int MAX_LINE_BYTES = 64 << 20;

  private JsonlReader() {}

  /** Reads {@code {"id", "text"[, "title"]}} lines; ids must be unique. */
  static List<Passage> readPassages(Path file) throws IOException {
    List<Passage> passages = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    forEachObject(
        file,
        (object, line) -> {
          String id = id(file, line, object.get("id"), "id");
          if (!seen.add(id)) {
            throw new EvalInputException(file, line, "duplicate passage id '" + id + "'");
          }
          String text = requiredText(file, line, object, "text");
          JsonNode title = object.get("title");
          if (title != null && !title.isNull() && !title.isTextual()) {
            throw new EvalInputException(file, line, "\"title\" must be a string");
          }
          passages.add(
              new Passage(id, title == null || title.isNull() ? "" : title.asText(), text));
        });
    return passages;
  }

  /**
   * Reads {@code {"id", "text", "relevant": [ids]}} lines; ids must be unique and at least one
   * relevant id of each query must name a passage in {@code passageIds}.
   */
  static List<JudgedQuery> readQueries(Path file, Set<String> passageIds) throws IOException {
    List<JudgedQuery> queries = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    forEachObject(
        file,
        (object, line) -> {
          String id = id(file, line, object.get("id"), "id");
          if (!seen.add(id)) {
            throw new EvalInputException(file, line, "duplicate query id '" + id + "'");
          }
          String text = requiredText(file, line, object, "text");
          JsonNode relevantNode = object.get("relevant");
          if (relevantNode == null || !relevantNode.isArray() || relevantNode.isEmpty()) {
            throw new EvalInputException(
                file, line, "\"relevant\" must be a non-empty array of passage ids");
          }
          Set<String> relevant = new LinkedHashSet<>();
          boolean known = false;
          for (JsonNode element : relevantNode) {
            String passageId = id(file, line, element, "relevant");
            relevant.add(passageId);
            known |= passageIds.contains(passageId);
          }
          if (!known) {
            throw new EvalInputException(
                file, line, "query '" + id + "': no relevant id names a passage: " + relevant);
          }
          queries.add(new JudgedQuery(id, text, relevant));
        });
    return queries;
  }

  private interface LineHandler {
    void accept(JsonNode object, long line) throws EvalInputException;
  }

  private static void forEachObject(Path file, LineHandler handler) throws IOException {
    try (InputStream in = JsonLines.open(file)) {
      JsonLines.readObjects(
          in,
          MAX_LINE_BYTES,
          new JsonLines.ObjectVisitor() {
            @Override
            public void object(JsonNode object, long line) throws IOException {
              handler.accept(object, line);
            }

            @Override
            public void unreadable(long line, String reason) throws IOException {
              throw new EvalInputException(file, line, reason);
            }
          });
    } catch (NoSuchFileException e) {
      throw new EvalInputException(file, "no such file", e);
    } catch (ZipException e) {
      throw new EvalInputException(file, "not a valid gzip file", e);
    }
  }

  private static String id(Path file, long line, JsonNode node, String field)
      throws EvalInputException {
    if (node != null && (node.isTextual() || node.isIntegralNumber())) {
      String id = node.asText();
      if (!id.isEmpty()) {
        return id;
      }
    }
    throw new EvalInputException(
        file, line, "\"" + field + "\" must hold non-empty string or integer ids");
  }

  private static String requiredText(Path file, long line, JsonNode object, String field)
      throws EvalInputException {
    JsonNode node = object.get(field);
    if (node == null || !node.isTextual()) {
      throw new EvalInputException(file, line, "\"" + field + "\" must be a string");
    }
    return node.asText();
  }
}
