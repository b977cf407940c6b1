package io.github.vnsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code vnsearch suggest} on the bundled sample: the completions the issue asks for come first.
 */
class SuggestCommandTest {

  @TempDir static Path tmp;
  static SampleIndex sample;

  @BeforeAll
  static void indexSample() throws Exception {
    sample = SampleIndex.build(tmp);
  }

  private static Cli.Result suggest(String... args) {
    List<String> all = new ArrayList<>(List.of("suggest", "--index", sample.index.toString()));
    all.addAll(List.of(args));
    return Cli.run(all.toArray(String[]::new));
  }

  private static JsonNode json(String... args) throws Exception {
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--json");
    Cli.Result r = suggest(all.toArray(String[]::new));
    assertEquals(0, r.code(), r::toString);
    return new ObjectMapper().readTree(r.out());
  }

  private static String first(String prefix) throws Exception {
    JsonNode suggestions = json(prefix).get("suggestions");
    assertTrue(suggestions.size() > 0, prefix);
    return suggestions.get(0).get("text").asText();
  }

  @Test
  void theCompletionsOfTheIssue() throws Exception {
    assertEquals("đàm phán", first("dam p"));
    assertEquals("đàm phán", first("Đàm p"));
    assertTrue(first("nguye").startsWith("Nguyễn"));
    assertTrue(first("nguyeen").startsWith("Nguyễn"));
    assertEquals("Hà Nội", first("ha no"));
  }

  @Test
  void jsonShape() throws Exception {
    JsonNode root = json("dam p", "--limit", "2");
    assertEquals("dam p", root.get("prefix").asText());
    assertEquals(2, root.get("suggestions").size());
    JsonNode phrase = root.get("suggestions").get(1);
    assertEquals("đàm phán hòa bình", phrase.get("text").asText());
    assertEquals("phrase", phrase.get("kind").asText());
    assertTrue(phrase.get("weight").asLong() >= 2);
  }

  @Test
  void dateFilter() throws Exception {
    // đàm phán: in five articles of the sample, one of them from 2024
    JsonNode all = json("dam p").get("suggestions").get(0);
    JsonNode of2024 = json("dam p", "--date", "2024").get("suggestions").get(0);
    assertEquals("đàm phán", all.get("text").asText());
    assertEquals("đàm phán", of2024.get("text").asText());
    assertEquals(5, all.get("weight").asLong());
    assertEquals(1, of2024.get("weight").asLong());
    assertEquals(0, json("dam p", "--date", "2019").get("suggestions").size());
  }

  @Test
  void textOutputAndUsageErrors() {
    Cli.Result r = suggest("ha no", "--limit", "1");
    assertEquals(0, r.code(), r::toString);
    assertTrue(r.out().startsWith("Hà Nội"), r.out());
    assertTrue(r.out().contains("word 10"), r.out());
    assertEquals(2, suggest("ha", "--limit", "0").code());
    assertTrue(suggest("zzqx").out().contains("No suggestions"));
  }
}
