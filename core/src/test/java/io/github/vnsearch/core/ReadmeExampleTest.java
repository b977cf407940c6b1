package io.github.vnsearch.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library examples of the README and of {@code docs/library.md}, run; and the docs show each
 * one exactly as its source file here, imports included, without the package line.
 */
class ReadmeExampleTest {

  private static final String LIBRARY_HEADING = "## Use it as a library";
  private static final String PRODUCT_HEADING = "## Search your own documents";
  private static final Path README = Path.of("../README.md");
  private static final Path LIBRARY_DOC = Path.of("../docs/library.md");

  @TempDir Path dir;

  /** What {@code main} prints. */
  private interface Main {
    void run() throws Exception;
  }

  private static String printed(Main main) throws Exception {
    PrintStream stdout = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      main.run();
    } finally {
      System.setOut(stdout);
    }
    return printed.toString(StandardCharsets.UTF_8);
  }

  @Test
  void articleExampleRuns() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("articles"));
    Files.writeString(
        folder.resolve("a.txt"),
        " date 2025-03-02 Hai bên nhất trí nối lại đàm phán hòa bình vào tháng tới.\n");
    Files.writeString(
        folder.resolve("b.txt"),
        " date 2024-11-20 Các nhà ngoại giao kêu gọi đàm phán hòa bình sớm.\n");
    String indexDir = dir.resolve("index").toString();
    String out = printed(() -> ReadmeExample.main(new String[] {folder.toString(), indexDir}));
    assertTrue(out.startsWith("2 articles in 2025\n"), out);
    assertTrue(out.contains("\n2025-03-02  Hai bên nhất trí"), out);
    assertTrue(
        out.contains("\n2025-04-20  Hẹn ngày đàm phán  [Hai bên hẹn nối lại [đàm phán"), out);
    assertTrue(out.endsWith("2025/03: 1\n2025/04: 1\nGhi chép\n"), out);
  }

  @Test
  void productExampleRunsAndPrintsWhatTheReadmeShows() throws Exception {
    String out = printed(() -> ProductSearchExample.main(new String[0]));
    assertEquals("searched as: gấp gọn\nsp-2  Ô gấp gọn\nsp-1  Áo khoác gió nam\n", out);
    String doc = Files.readString(LIBRARY_DOC);
    assertEquals(out, blockAfter(doc, PRODUCT_HEADING, "```java\n", "```\n"));
  }

  @Test
  void docsShowTheExamples() throws Exception {
    assertEquals(
        source("ReadmeExample"),
        blockAfter(Files.readString(README), LIBRARY_HEADING, "```java\n"));
    assertEquals(
        source("ProductSearchExample"),
        blockAfter(Files.readString(LIBRARY_DOC), PRODUCT_HEADING, "```java\n"));
  }

  /** The example's source file without its package line. */
  private static String source(String example) throws Exception {
    String text =
        Files.readString(Path.of("src/test/java/io/github/vnsearch/core/" + example + ".java"));
    String packageLine = "package io.github.vnsearch.core;\n\n";
    assertTrue(text.startsWith(packageLine), example);
    return text.substring(packageLine.length());
  }

  /**
   * The text of a fenced block after {@code heading}: the block opened by the first of {@code
   * fences}, after it the one opened by the second, and so on; ending with a newline.
   */
  private static String blockAfter(String doc, String heading, String... fences) {
    int at = doc.indexOf("\n" + heading + "\n");
    assertTrue(at >= 0, "no heading " + heading);
    int start = at;
    for (String fence : fences) {
      start = doc.indexOf("\n" + fence, at) + 1 + fence.length();
      at = doc.indexOf("\n```\n", start) + 1;
    }
    return doc.substring(start, at);
  }
}
