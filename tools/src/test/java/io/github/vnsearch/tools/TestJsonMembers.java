package io.github.vnsearch.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestJsonMembers {

  /** The members of {@code json} as {@code name=value} strings, in order. */
  private static List<String> members(String json) throws IOException {
    List<String> out = new ArrayList<>();
    try (JsonParser parser = new JsonFactory().createParser(json)) {
      JsonMembers.read(parser, (name, value) -> out.add(name + "=" + value));
    }
    return out;
  }

  @Test
  void readsStringMembersAndSkipsOthers() throws IOException {
    assertEquals(
        List.of(
            "id=a-1",
            "title=null",
            "n=null",
            "tags=null",
            "body=Hà Nội\nngày \"mưa\" đẹp",
            "ok=null",
            "title=Hà Nội mưa"),
        members(
            "{\"id\": \"a-1\", \"title\": null, \"n\": 12.5, \"tags\": [\"x\", {\"y\": [1]}],"
                + " \"body\": \"Hà Nội\\nngày \\\"mưa\\\" \\u0111\\u1eb9p\", \"ok\": true,"
                + " \"title\": \"Hà Nội mưa\"}"));
  }

  @Test
  void emptyObject() throws IOException {
    assertTrue(members(" {} ").isEmpty());
  }

  @Test
  void rejectsWhatIsNotAnObject() {
    assertThrows(JsonParseException.class, () -> members("[1, 2]"));
    assertThrows(JsonParseException.class, () -> members("{\"a\" 1}"));
    assertThrows(JsonParseException.class, () -> members("{\"body\": \"không đóng"));
  }

  @Test
  void readsAFileKeepingRepeatedNamesAndNamesItInErrors(@TempDir Path dir) throws IOException {
    Path dictionary = dir.resolve("dictionary.json");
    Files.writeString(
        dictionary, "{\"đàm phán\": {\"pos\": [\"V\"]}, \"hòa bình\": 1, \"đàm phán\": 2}");
    List<String> words = new ArrayList<>();
    JsonMembers.read(dictionary, (name, value) -> words.add(name));
    assertEquals(Arrays.asList("đàm phán", "hòa bình", "đàm phán"), words);

    Files.write(dictionary, "{\"đàm phán\": ".getBytes(StandardCharsets.UTF_8));
    IOException e =
        assertThrows(IOException.class, () -> JsonMembers.read(dictionary, (n, v) -> {}));
    assertTrue(e.getMessage().startsWith(dictionary + ": invalid JSON"), e.getMessage());
  }
}
