package io.github.vnsearch.tools;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiConsumer;

/**
 * The members of one JSON object, in order and with repeated names repeated: each member's name
 * with its string value, or {@code null} for any other value (a nested object or array is skipped
 * whole).
 */
public final class JsonMembers {

  private static final JsonFactory JSON = new JsonFactory();

  private JsonMembers() {}

  /**
   * Hands every member of the object at the start of {@code json} to {@code member}.
   *
   * @throws JsonParseException when the input is not a JSON object
   */
  public static void read(JsonParser json, BiConsumer<String, String> member) throws IOException {
    if (json.nextToken() != JsonToken.START_OBJECT) {
      throw new JsonParseException(json, "expected a JSON object");
    }
    while (json.nextToken() == JsonToken.FIELD_NAME) {
      String name = json.currentName();
      JsonToken value = json.nextToken();
      member.accept(name, value == JsonToken.VALUE_STRING ? json.getText() : null);
      json.skipChildren();
    }
  }

  /** {@link #read(JsonParser, BiConsumer)} over the object that makes up {@code file}. */
  public static void read(Path file, BiConsumer<String, String> member) throws IOException {
    try (InputStream in = Files.newInputStream(file);
        JsonParser json = JSON.createParser(in)) {
      read(json, member);
    } catch (JsonParseException e) {
      throw new IOException(file + ": invalid JSON: " + e.getOriginalMessage(), e);
    }
  }
}
