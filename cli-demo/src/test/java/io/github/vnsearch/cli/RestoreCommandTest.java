package io.github.vnsearch.cli;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class RestoreCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void printsTheRestorationThenAlternativesWithTheirChangesMarked() {
    Cli.Result r = Cli.run("restore", "dam", "phan", "hoa", "binh");
    assertEquals(0, r.code(), r::toString);
    List<String> lines = r.out().lines().toList();
    assertEquals("đàm phán hòa bình", lines.get(0), r::toString);
    assertEquals("", lines.get(1), r::toString);
    assertTrue(lines.get(2).startsWith("Alternatives"), r::toString);
    assertEquals(3 + 4, lines.size(), r::toString);
    for (String line : lines.subList(3, lines.size())) {
      assertMarksExactlyTheChangedWords(lines.get(0), line);
    }
  }

  @Test
  void marksOnlyTheChangedWordOfALongSentence() {
    Cli.Result r =
        Cli.run("restore", "--alternatives", "3", "Tong thong My da gap ong Witkoff tai Ha Noi");
    assertEquals(0, r.code(), r::toString);
    List<String> lines = r.out().lines().toList();
    assertEquals("Tổng thống Mỹ đã gặp ông Witkoff tại Hà Nội", lines.get(0), r::toString);
    assertEquals(3 + 3, lines.size(), r::toString);
    for (String line : lines.subList(3, lines.size())) {
      assertMarksExactlyTheChangedWords(lines.get(0), line);
      assertTrue(line.contains("Witkoff"), "a name the model does not know stays as typed");
    }
  }

  /**
   * An alternative line is {@code " -3.64 [đám] phán hòa bình"}: a score no higher than the best's,
   * then a different reading of the same length whose marked words are exactly those that differ
   * from the best.
   */
  private static void assertMarksExactlyTheChangedWords(String best, String line) {
    String[] scoreAndText = line.strip().split(" {2}", 2);
    assertTrue(Double.parseDouble(scoreAndText[0]) <= 0, line);
    String[] bestWords = best.split(" ");
    String[] words = scoreAndText[1].split(" ");
    assertEquals(bestWords.length, words.length, line);
    int changed = 0;
    for (int i = 0; i < words.length; i++) {
      boolean marked = words[i].startsWith("[") && words[i].endsWith("]");
      String word = marked ? words[i].substring(1, words[i].length() - 1) : words[i];
      assertEquals(marked, !word.equals(bestWords[i]), line);
      changed += marked ? 1 : 0;
    }
    assertTrue(changed > 0, line);
  }

  @Test
  void jsonListsScoredAlternatives() throws IOException {
    Cli.Result r = Cli.run("restore", "--json", "--alternatives", "2", "Tong thong My, NATO 2024");
    assertEquals(0, r.code(), r::toString);
    JsonNode json = JSON.readTree(r.out());
    assertEquals("Tong thong My, NATO 2024", json.get("text").asText());
    assertEquals("Tổng thống Mỹ, NATO 2024", json.get("restored").asText());
    assertEquals(2, json.get("alternatives").size());
    double best = json.get("score").asDouble();
    for (JsonNode alternative : json.get("alternatives")) {
      assertNotEquals(json.get("restored").asText(), alternative.get("text").asText());
      assertTrue(alternative.get("score").asDouble() <= best, r::toString);
    }
  }

  @Test
  void badCountIsAUsageError() {
    Cli.Result r = Cli.run("restore", "--alternatives", "99", "ban");
    assertEquals(2, r.code(), r::toString);
    assertTrue(r.err().contains("--alternatives"), r::toString);
  }

  @Test
  void withoutTextRestoresStandardInputLineByLine() {
    String input =
        "Tong thong My da gap ong Witkoff tai Washington.\n\ndam phan hoa binh\nđàm phán\n";
    Cli.Result r = Cli.runWithInput(input.getBytes(UTF_8), "restore");
    assertEquals(0, r.code(), r::toString);
    assertEquals(
        "Tổng thống Mỹ đã gặp ông Witkoff tại Washington.\n\nđàm phán hòa bình\nđàm phán\n",
        r.out(),
        r::toString);
  }

  @Test
  void filterAppendsAlternativesSeparatedByTabsWhenAsked() {
    String input = "dam phan hoa binh\n\nthi truong chung khoan\n";
    Cli.Result r = Cli.runWithInput(input.getBytes(UTF_8), "restore", "--alternatives", "2");
    assertEquals(0, r.code(), r::toString);
    List<String> lines = r.out().lines().toList();
    assertEquals(3, lines.size(), r::toString);
    String[] first = lines.get(0).split("\t");
    assertEquals(3, first.length, r::toString);
    assertEquals("đàm phán hòa bình", first[0]);
    assertNotEquals(first[0], first[1]);
    assertEquals("", lines.get(1), "an empty line has no readings and stays empty");
    assertEquals("thị trường chứng khoán", lines.get(2).split("\t")[0]);
  }

  @Test
  void filterWithJsonPrintsOneObjectPerLine() throws IOException {
    String input = "dam phan hoa binh\n\ngia xang dau tang manh\n";
    Cli.Result r = Cli.runWithInput(input.getBytes(UTF_8), "restore", "--json");
    assertEquals(0, r.code(), r::toString);
    List<String> lines = r.out().lines().toList();
    assertEquals(3, lines.size(), r::toString);
    String[] typed = input.split("\n", -1);
    List<String> restored = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      JsonNode json = JSON.readTree(lines.get(i));
      assertEquals(typed[i], json.get("text").asText());
      assertEquals(0, json.get("alternatives").size(), "no alternatives unless asked");
      restored.add(json.get("restored").asText());
    }
    assertEquals(List.of("đàm phán hòa bình", "", "giá xăng dầu tăng mạnh"), restored);
  }

  @Test
  void filterRejectsInvalidUtf8NamingTheLine() {
    ByteArrayOutputStream input = new ByteArrayOutputStream();
    input.writeBytes("dam phan\n".getBytes(UTF_8));
    input.writeBytes("Mùa thu\n".getBytes(ISO_8859_1));
    Cli.Result r = Cli.runWithInput(input.toByteArray(), "restore");
    assertEquals(ExitCode.USAGE, r.code(), r::toString);
    assertTrue(r.err().contains("standard input:2: not valid UTF-8"), r::toString);
    assertEquals("đàm phán\n", r.out(), "the lines before the bad one are restored");
  }

  @Test
  void filterAnswersEachLineBeforeReadingTheNext() {
    StringWriter written = new StringWriter();
    List<String> seenBeforeSecondLine = new ArrayList<>();
    InputStream typing =
        new InputStream() {
          private final byte[][] lines = {"hoc sinh\n".getBytes(UTF_8), "Ha Noi\n".getBytes(UTF_8)};
          private int next;

          @Override
          public int read() {
            throw new UnsupportedOperationException();
          }

          @Override
          public int read(byte[] b, int off, int len) {
            if (next == lines.length) {
              return -1;
            }
            if (next == 1) {
              seenBeforeSecondLine.add(written.toString());
            }
            byte[] line = lines[next++];
            System.arraycopy(line, 0, b, off, line.length);
            return line.length;
          }
        };
    CommandLine cmd = VnSearchCommand.commandLine();
    cmd.setOut(new PrintWriter(new BufferedWriter(written)));
    cmd.setErr(new PrintWriter(new StringWriter()));
    ((VnSearchCommand) cmd.getCommand()).stdin = typing;
    assertEquals(0, cmd.execute("restore"));
    assertEquals(List.of("học sinh\n"), seenBeforeSecondLine);
    assertEquals("học sinh\nHà Nội\n", written.toString());
  }
}
