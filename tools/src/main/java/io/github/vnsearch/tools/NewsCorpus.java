package io.github.vnsearch.tools;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import io.github.vnsearch.core.article.ArticleFiles;
import io.github.vnsearch.core.article.JsonLines;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * The articles of a news corpus as the builders count them: the {@code title} and {@code body}
 * string members of the object on each line of a JSON Lines file (gzipped when its name ends in
 * {@code .gz}), read with core's {@link JsonLines}. A line that cannot be read stops the build: a
 * committed resource is counted from all of its corpus or not at all.
 */
public final class NewsCorpus {

  private NewsCorpus() {}

  /** Receives the articles of a corpus, in order. */
  public interface Visitor {
    /**
     * One article.
     *
     * @param line its 1-based line number
     * @param title its title, or null when it has none (or not as a string)
     * @param body its text, or null likewise
     */
    void article(long line, String title, String body) throws IOException;
  }

  /**
   * Reads the articles on the first {@code maxLines} lines of {@code file}: blank lines count and
   * are skipped; the lines after the first {@code maxLines} are read but not handed on.
   *
   * @throws IOException when a line is not valid UTF-8 or not a JSON object
   */
  public static void read(Path file, long maxLines, Visitor visitor) throws IOException {
    try (InputStream in = JsonLines.open(file)) {
      JsonLines.read(
          in,
          ArticleFiles.MAX_ARTICLE_BYTES,
          new JsonLines.Visitor() {
            @Override
            public void line(JsonParser json, long line) throws IOException {
              if (line > maxLines) {
                return;
              }
              String[] fields = new String[2];
              try {
                JsonMembers.read(
                    json,
                    (name, value) -> {
                      if (name.equals("title")) {
                        fields[0] = value;
                      } else if (name.equals("body")) {
                        fields[1] = value;
                      }
                    });
              } catch (JsonParseException e) {
                throw new IOException(
                    file + ":" + line + ": invalid JSON: " + e.getOriginalMessage(), e);
              }
              visitor.article(line, fields[0], fields[1]);
            }

            @Override
            public void unreadable(long line, String reason) throws IOException {
              throw new IOException(file + ":" + line + ": " + reason);
            }
          });
    }
  }
}
