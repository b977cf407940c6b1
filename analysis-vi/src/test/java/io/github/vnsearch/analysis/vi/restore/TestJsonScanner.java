package io.github.vnsearch.analysis.vi.restore;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.tests.util.LuceneTestCase;

public class TestJsonScanner extends LuceneTestCase {

  private static Map<String, String> members(String json) {
    Map<String, String> out = new LinkedHashMap<>();
    JsonScanner.members(json, "test.jsonl:1", out::put);
    return out;
  }

  public void testReadsStringMembersAndSkipsOthers() {
    Map<String, String> m =
        members(
            "{\"id\": \"a-1\", \"title\": null, \"n\": 12.5, \"tags\": [\"x\", {\"y\": [1]}],"
                + " \"body\": \"Hà Nội\\nngày \\\"mưa\\\" \\u0111\\u1eb9p\", \"ok\": true}");
    assertEquals("a-1", m.get("id"));
    assertTrue(m.containsKey("title"));
    assertNull(m.get("title"));
    assertNull(m.get("tags"));
    assertEquals("Hà Nội\nngày \"mưa\" đẹp", m.get("body"));
    assertEquals(6, m.size());
  }

  public void testEmptyObject() {
    assertTrue(members(" {} ").isEmpty());
  }

  public void testReportsWhereTheInputIsBroken() {
    IllegalArgumentException e =
        expectThrows(IllegalArgumentException.class, () -> members("{\"body\": \"không đóng"));
    assertTrue(e.getMessage(), e.getMessage().startsWith("test.jsonl:1: invalid JSON"));
    expectThrows(IllegalArgumentException.class, () -> members("[1, 2]"));
    expectThrows(IllegalArgumentException.class, () -> members("{\"a\" 1}"));
  }
}
