package io.github.vnsearch.consumer;

import io.github.vnsearch.core.article.IngestReport;
import io.github.vnsearch.core.index.ArticleIndex;
import io.github.vnsearch.core.index.Ingester;
import io.github.vnsearch.core.search.ArticleSearcher;
import io.github.vnsearch.core.search.Hit;
import io.github.vnsearch.core.search.SearchRequest;
import io.github.vnsearch.core.search.SearchResult;
import io.github.vnsearch.restore.DiacriticRestorer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import org.apache.lucene.analysis.TokenizerFactory;

/**
 * A program that depends on vnsearch-core alone, as a library user's would: it indexes two
 * Vietnamese articles and searches one of them without diacritics. Run on the class path ({@code
 * class-path DIR}) and on the module path ({@code module-path DIR}); it exits with status 1 if
 * anything is not as expected.
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

    try (ArticleIndex index = ArticleIndex.open(work.resolve("index"))) {
      IngestReport report = new Ingester(index).ingest(List.of(articles));
      check(report.indexed() == 2 && report.skipped().isEmpty(), "ingested: " + report);

      SearchResult result =
          new ArticleSearcher(index).search(SearchRequest.builder("dam phan").build());
      check(result.total() == 1, "hits for 'dam phan': " + result.total());
      Hit hit = result.hits().get(0);
      check(hit.title().contains("đàm phán"), "hit: " + hit);
      System.out.println(path + ": 'dam phan' found " + hit.title());
    }

    // The restorer that the query parser uses, named directly: core's API shows it, so requiring
    // core is enough to use it; its model is read from its own jar.
    String restored = DiacriticRestorer.getDefault().restore("dam phan hoa binh");
    check(restored.equals("đàm phán hòa bình"), "restored: " + restored);
    System.out.println(path + ": 'dam phan hoa binh' restored as " + restored);
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
