package io.github.vnsearch.core;

import io.github.vnsearch.core.article.Article;
import io.github.vnsearch.core.article.IngestReport;
import io.github.vnsearch.core.index.ArticleIndex;
import io.github.vnsearch.core.index.Ingester;
import io.github.vnsearch.core.search.ArticleSearcher;
import io.github.vnsearch.core.search.FacetValue;
import io.github.vnsearch.core.search.Hit;
import io.github.vnsearch.core.search.SearchRequest;
import io.github.vnsearch.core.search.SearchResult;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** Indexes a folder of articles and one more, then searches without diacritics in one year. */
public class ReadmeExample {

  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args[0]); // plain-text articles and .jsonl[.gz] files
    Path indexDir = Path.of(args[1]); // where the index lives
    try (ArticleIndex index = ArticleIndex.open(indexDir)) {
      IngestReport report = new Ingester(index).ingest(List.of(folder)); // indexes and commits
      report.skipped().forEach(s -> System.err.println("skipped " + s));

      index.put( // one article from the application; the same id again replaces it
          Article.builder("ghi-chu-1", "Hai bên hẹn nối lại đàm phán hòa bình vào tháng Năm.")
              .title("Hẹn ngày đàm phán")
              .date(LocalDate.of(2025, 4, 20))
              .source("Ghi chép")
              .build());
      index.commit(); // durable, and visible to searches (refresh() only makes it visible)

      SearchResult result =
          new ArticleSearcher(index)
              .search(
                  SearchRequest.builder("dam phan hoa binh") // typed without diacritics
                      .datePath("2025") // drill into one year
                      .build());
      System.out.println(result.total() + " articles in 2025");
      for (Hit hit : result.hits()) {
        System.out.println(hit.date() + "  " + hit.title() + "  " + hit.snippets());
      }
      for (FacetValue month : result.dateFacet()) {
        System.out.println(month.path() + ": " + month.count());
      }
      index.get("ghi-chu-1").ifPresent(a -> System.out.println(a.source())); // stored fields
    }
  }
}
