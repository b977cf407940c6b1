package io.github.vnsearch.consumer;

import io.github.vnsearch.core.ReadmeExample;
import io.github.vnsearch.core.index.ArticleIndex;
import io.github.vnsearch.restore.DiacriticRestorer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import org.apache.lucene.analysis.TokenizerFactory;

/**
 * A program that depends on vnsearch-core alone, as a library user's would: it runs the README's
 * library example on two Vietnamese articles and checks what it prints. Run on the class path
 * ({@code class-path DIR}) and on the module path ({@code module-path DIR}); it exits with status 1
 * if anything is not as expected.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) throws Exception {
    String path = args[0];
    Path work = Files.createDirectories(Path.of(args[1]));
    checkWhereItRuns(path);

    Path articles = Files.createDirectories(work.resolve("articles"));
    Files.writeString(
        articles.resolve("dam-phan.txt"),
        "date 2025-03-02 Hai bên nhất trí nối lại đàm phán hòa bình\n\n"
            + "Các nhà ngoại giao cho biết vòng đàm phán mới sẽ diễn ra vào tháng tới.\n");
    Files.writeString(
        articles.resolve("bong-da.txt"),
        "date 2025-03-03 Đội tuyển Việt Nam thắng trận giao hữu\n\n"
            + "Hàng nghìn cổ động viên đã có mặt trên sân từ chiều.\n");

    String printed =
        printedBy(
            new String[] {articles.toString(), work.resolve("index").toString()},
            path + ": README example");
    // The folder's article on talks and the one the example puts, both of 2025; not the match.
    check(printed.startsWith("2 articles in 2025\n"), "README example printed:\n" + printed);
    check(
        printed.contains("2025-03-02  Hai bên nhất trí nối lại đàm phán hòa bình  [")
            && printed.contains("[đàm phán hòa bình]")
            && printed.endsWith("2025/03: 1\n2025/04: 1\nGhi chép\n"),
        "README example printed:\n" + printed);
    System.out.print(printed);

    // The restorer that the query parser uses, named directly: core's API shows it, so requiring
    // core is enough to use it; its model is read from its own jar.
    String restored = DiacriticRestorer.getDefault().restore("dam phan hoa binh");
    check(restored.equals("đàm phán hòa bình"), "restored: " + restored);
    System.out.println(path + ": 'dam phan hoa binh' restored as " + restored);
  }

  /** Runs the README example with {@code args} and returns what it printed. */
  private static String printedBy(String[] args, String title) throws Exception {
    PrintStream stdout = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      ReadmeExample.main(args);
    } finally {
      System.setOut(stdout);
    }
    System.out.println(title);
    return printed.toString(StandardCharsets.UTF_8);
  }

  /** The module layout matches how it was started, and analysis-vi's Lucene services are found. */
  private static void checkWhereItRuns(String path) {
    Module core = ArticleIndex.class.getModule();
    if (path.equals("module-path")) {
      check(
          Main.class.getModule().getName().equals("io.github.vnsearch.consumer"),
          "not a named module: " + Main.class.getModule());
      check(
          core.isNamed() && !core.getDescriptor().isAutomatic(),
          "vnsearch-core is not an explicit module: " + core);
      check(core.getName().equals("io.github.vnsearch.core"), "module name: " + core.getName());
      Module restore = DiacriticRestorer.class.getModule();
      check(
          restore.isNamed() && restore.getName().equals("io.github.vnsearch.restore"),
          "restorer module: " + restore);
    } else {
      check(
          path.equals("class-path") && !core.isNamed(), "unexpected layout: " + path + ", " + core);
    }
    // Found through analysis-vi's 'provides' on the module path, META-INF/services on the class
    // path.
    TokenizerFactory tokenizer = TokenizerFactory.forName("vietnamese", new HashMap<>());
    check(
        tokenizer
            .getClass()
            .getName()
            .equals("io.github.vnsearch.analysis.vi.VietnameseTokenizerFactory"),
        "tokenizer factory: " + tokenizer);
  }

  private static void check(boolean condition, String message) {
    if (!condition) {
      System.err.println("FAILED: " + message);
      System.exit(1);
    }
  }
}
