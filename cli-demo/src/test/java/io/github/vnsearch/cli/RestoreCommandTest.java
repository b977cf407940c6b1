package io.github.vnsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class RestoreCommandTest {

  @Test
  void printsTheRestorationThenAlternatives() {
    Cli.Result r = Cli.run("restore", "dam", "phan", "hoa", "binh");
    assertEquals(0, r.code(), r::toString);
    String[] lines = r.out().split("\n");
    assertEquals("đàm phán hòa bình", lines[0], r::toString);
    assertTrue(r.out().contains("Alternatives"), r::toString);
    assertEquals(1 + 1 + 1 + 4, lines.length, r::toString);
  }

  @Test
  void jsonListsScoredAlternatives() throws IOException {
    Cli.Result r = Cli.run("restore", "--json", "--alternatives", "2", "Tong thong My, NATO 2024");
    assertEquals(0, r.code(), r::toString);
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertEquals("Tổng thống Mỹ, NATO 2024", json.get("restored").asText());
    assertEquals(2, json.get("alternatives").size());
    double best = json.get("score").asDouble();
    for (JsonNode alternative : json.get("alternatives")) {
      assertTrue(alternative.get("score").asDouble() <= best, r::toString);
    }
  }

  @Test
  void badCountIsAUsageError() {
    Cli.Result r = Cli.run("restore", "--alternatives", "99", "ban");
    assertEquals(2, r.code(), r::toString);
    assertTrue(r.err().contains("--alternatives"), r::toString);
  }
}
