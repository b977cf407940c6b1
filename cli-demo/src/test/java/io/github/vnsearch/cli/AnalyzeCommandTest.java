package io.github.vnsearch.cli;

import static io.github.vnsearch.cli.IndexCommandTest.fieldNames;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {

  private static final String TEXT = "Đàm phán hòa bình tại Hà Nội";

  private static JsonNode analyze(String... args) throws IOException {
    List<String> all = new ArrayList<>(List.of("analyze"));
    all.addAll(List.of(args));
    all.add("--json");
    Cli.Result r = Cli.run(all.toArray(String[]::new));
    assertEquals(0, r.code(), r::toString);
    return new ObjectMapper().readTree(r.out());
  }

  private static List<String> terms(JsonNode json) {
    List<String> terms = new ArrayList<>();
    json.get("tokens").forEach(t -> terms.add(t.get("term").asText()));
    return terms;
  }

  @Test
  void jsonHasTheDocumentedShapeAndOffsetsPointIntoTheText() throws IOException {
    JsonNode json = analyze(TEXT);
    assertEquals(List.of("tokens"), fieldNames(json));
    assertTrue(json.get("tokens").size() > 0);
    for (JsonNode t : json.get("tokens")) {
      assertEquals(
          List.of("term", "type", "start", "end", "positionIncrement", "positionLength"),
          fieldNames(t));
      String covered = TEXT.substring(t.get("start").asInt(), t.get("end").asInt());
      // The term is the covered text, lower-cased, syllables joined by '_'.
      assertEquals(
          covered.toLowerCase(java.util.Locale.ROOT).replace(' ', '_'), t.get("term").asText());
    }
  }

  @Test
  void syllablesModeGivesOneTokenPerSyllable() throws IOException {
    List<String> terms = terms(analyze(TEXT, "--mode", "syllables", "--no-stopwords"));
    assertEquals(List.of("đàm", "phán", "hòa", "bình", "tại", "hà", "nội"), terms);
  }

  @Test
  void foldingRemovesDiacritics() throws IOException {
    List<String> terms = terms(analyze(TEXT, "--mode", "SYLLABLES", "--folding", "--no-stopwords"));
    assertEquals(List.of("dam", "phan", "hoa", "binh", "tai", "ha", "noi"), terms);
  }

  @Test
  void mixedModeStacksSyllablesUnderWords() throws IOException {
    JsonNode json = analyze("Hà Nội", "--mode", "mixed");
    boolean word = false;
    for (JsonNode t : json.get("tokens")) {
      if (t.get("positionLength").asInt() > 1) {
        word = true;
      }
    }
    assertTrue(word || json.get("tokens").size() == 2, json::toString);
  }

  @Test
  void tableHasAHeaderAndOneRowPerToken() throws IOException {
    Cli.Result r = Cli.run("analyze", TEXT, "--mode", "syllables", "--no-stopwords");
    assertEquals(0, r.code(), r::toString);
    List<String> lines = r.out().lines().toList();
    assertTrue(
        lines.get(0).matches("term\\s+type\\s+start\\s+end\\s+posInc\\s+posLen"), r::toString);
    assertEquals(8, lines.size(), r::toString);
    assertTrue(lines.get(1).startsWith("đàm "), r::toString);
    assertTrue(lines.get(1).matches(".*\\s0\\s+3\\s+1\\s+1"), r::toString);
  }

  @Test
  void stopWordsAreRemovedByDefault() throws IOException {
    List<String> terms = terms(analyze(TEXT, "--mode", "syllables"));
    assertTrue(terms.contains("đàm") && !terms.contains("tại"), terms::toString);
  }

  @Test
  void unknownModeIsAUsageErrorListingTheModes() {
    Cli.Result r = Cli.run("analyze", TEXT, "--mode", "chu");
    assertEquals(ExitCode.USAGE, r.code(), r::toString);
    assertTrue(r.err().contains("WORDS") && r.err().contains("MIXED"), r::toString);
  }

  @Test
  void segmentWritesOneSegmentedLinePerInputLine(@TempDir Path tmp) throws IOException {
    Path input = tmp.resolve("in.txt");
    Files.writeString(
        input, "Hà Nội là thủ đô của Việt Nam.\n\nTôi đi học.\n", StandardCharsets.UTF_8);
    Cli.Result r = Cli.run("segment", input.toString());
    assertEquals(0, r.code(), r::toString);
    List<String> lines = r.out().lines().toList();
    assertEquals(3, lines.size(), r::toString);
    assertEquals("", lines.get(1));
    // Every non-space character is kept, in order; punctuation is a word of its own.
    assertEquals("HàNộilàthủđôcủaViệtNam.", lines.get(0).replace(" ", "").replace("_", ""));
    assertTrue(lines.get(0).endsWith(" ."), r::toString);
    assertEquals("Tôi đi học .", lines.get(2).replace('_', ' '));
  }

  @Test
  void segmentReadsStandardInput() {
    Cli.Result r =
        Cli.runWithInput(
            "Hà Nội là thủ đô.\n\nĐàm phán hòa bình\n".getBytes(StandardCharsets.UTF_8), "segment");
    assertEquals(0, r.code(), r::toString);
    assertEquals("Hà_Nội là thủ_đô .\n\nĐàm_phán hòa_bình\n", r.out(), r::toString);
  }

  @Test
  void segmentRejectsInvalidUtf8NamingTheLine(@TempDir Path tmp) throws IOException {
    Path input = tmp.resolve("latin1.txt");
    Files.write(input, "dòng một\nHà Nội\n".getBytes(StandardCharsets.UTF_8));
    Files.write(
        input,
        "Mùa thu\n".getBytes(StandardCharsets.ISO_8859_1),
        java.nio.file.StandardOpenOption.APPEND);
    Cli.Result r = Cli.run("segment", input.toString());
    assertEquals(ExitCode.USAGE, r.code(), r::toString);
    assertTrue(r.err().contains(input + ":3: not valid UTF-8"), r::toString);
  }
}
