package io.github.vnsearch.core.article;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Reads JSON Lines articles, one object per line with fields {@code id, title, date (YYYY-MM-DD),
 * url, category, source, body}; other fields are ignored. Each line is decoded as strict UTF-8 and
 * parsed on its own, so a bad line is reported with its number and the next one is read. Lines are
 * streamed: a line longer than {@link ArticleFiles#MAX_ARTICLE_BYTES} is reported as too large
 * without being held in memory, so a file of any size is read in bounded memory.
 *
 * <p>The fields must have the right JSON type: text (or null) for all of them, or an integer for
 * {@code id}; {@code "body": 123} is reported, not indexed as the text {@code 123}.
 */
public final class JsonLinesReader {

  private JsonLinesReader() {}

  /**
   * Reads every line of {@code in} (already decompressed) and sends articles and problems to {@code
   * sink}.
   *
   * @param name the file name used in problem reports
   * @param idPrefix ids of articles without one are {@code idPrefix#line}
   */
  public static void read(InputStream in, String name, String idPrefix, ArticleSink sink)
      throws IOException {
    read(in, name, idPrefix, sink, ArticleFiles.MAX_ARTICLE_BYTES);
  }

  /** {@link #read(InputStream, String, String, ArticleSink)} with another line limit. */
  static void read(InputStream in, String name, String idPrefix, ArticleSink sink, int maxLineBytes)
      throws IOException {
    JsonLines.read(
        in,
        maxLineBytes,
        new JsonLines.Visitor() {
          @Override
          public void line(JsonParser json, long line) throws IOException {
            Article article;
            try {
              article = toArticle(json, idPrefix, line);
            } catch (JsonProcessingException e) {
              String why = e.getOriginalMessage();
              sink.skipped(
                  new IngestReport.Skipped(
                      name, line, "not a valid JSON object (" + firstLine(why) + ")"));
              return;
            } catch (IllegalArgumentException e) {
              sink.skipped(new IngestReport.Skipped(name, line, e.getMessage()));
              return;
            }
            sink.article(article);
          }

          @Override
          public void unreadable(long line, String reason) {
            sink.skipped(new IngestReport.Skipped(name, line, reason));
          }
        });
  }

  private static Article toArticle(JsonParser p, String idPrefix, long line) throws IOException {
    String id = null;
    String title = null;
    String date = null;
    String url = null;
    String category = null;
    String source = null;
    String body = null;
    if (p.nextToken() != JsonToken.START_OBJECT) {
      throw new IllegalArgumentException("not a JSON object");
    }
    for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      String field = p.currentName();
      JsonToken value = p.nextToken();
      switch (field) {
        case "id" -> id = value == JsonToken.VALUE_NUMBER_INT ? p.getText() : text(p, value);
        case "title" -> title = text(p, value);
        case "date" -> date = text(p, value);
        case "url" -> url = text(p, value);
        case "category" -> category = text(p, value);
        case "source" -> source = text(p, value);
        case "body" -> body = text(p, value);
        default -> p.skipChildren();
      }
    }
    if (p.nextToken() != null) {
      throw new IllegalArgumentException("not a valid JSON object (more text after it)");
    }
    if (body == null || body.isBlank()) {
      throw new IllegalArgumentException("no \"body\" text");
    }
    if (id == null || id.isBlank()) {
      id = idPrefix + "#" + line;
    }
    LocalDate day = null;
    if (date != null && !date.isBlank()) {
      try {
        day = LocalDate.parse(date.length() > 10 ? date.substring(0, 10) : date);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("invalid \"date\" '" + date + "' (expected YYYY-MM-DD)");
      }
    }
    return Article.builder(id, body)
        .title(title)
        .date(day)
        .source(source)
        .url(url)
        .category(category)
        .build();
  }

  /** The text of a field's value, null for JSON null; any other type is an error. */
  private static String text(JsonParser p, JsonToken value) throws IOException {
    return switch (value) {
      case VALUE_STRING -> p.getText();
      case VALUE_NULL -> null;
      default ->
          throw new IllegalArgumentException(
              "\""
                  + p.currentName()
                  + "\" must be "
                  + ("id".equals(p.currentName()) ? "text or an integer" : "text")
                  + ", not "
                  + typeName(value));
    };
  }

  private static String typeName(JsonToken value) {
    return switch (value) {
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case START_ARRAY -> "an array";
      case START_OBJECT -> "an object";
      default -> value.toString();
    };
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "syntax error";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
