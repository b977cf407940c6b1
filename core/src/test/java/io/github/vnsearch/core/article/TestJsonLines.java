package io.github.vnsearch.core.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link JsonLines#readObjects}: one object per line, every other line reported by number. */
class TestJsonLines {

  private static List<String> readObjects(String text, int maxLineBytes) throws IOException {
    List<String> seen = new ArrayList<>();
    JsonLines.readObjects(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        maxLineBytes,
        new JsonLines.ObjectVisitor() {
          @Override
          public void object(JsonNode object, long line) {
            seen.add(line + " " + object.path("text").asText());
          }

          @Override
          public void unreadable(long line, String reason) {
            seen.add(line + " ! " + reason);
          }
        });
    return seen;
  }

  @Test
  void objectsAndTheLinesThatAreNotOne() throws IOException {
    String text =
        "{\"id\": 1, \"text\": \"Hà Nội mưa to\"}\n"
            + "\n"
            + "[\"Đà Nẵng\"]\n"
            + "{\"text\": \"Huế\"} {\"text\": \"Cần Thơ\"}\n"
            + "{\"text\": \"Sài Gòn\n"
            + "{\"text\": \"nắng nóng kéo dài ở miền Trung\"}\n"
            + "\uFEFF{\"text\": \"Đồng bằng sông Cửu Long\"}\n";
    assertEquals(
        List.of(
            "1 Hà Nội mưa to",
            "3 ! expected a JSON object",
            "4 ! not valid JSON: text after the value",
            "5 ! not valid JSON: Unexpected end-of-input in VALUE_STRING",
            "6 ! too large: more than 48 bytes in one line",
            "7 Đồng bằng sông Cửu Long"),
        readObjects(text, 48));
  }
}
