package io.github.vnsearch.benchmarks;

import io.github.vnsearch.core.article.Article;
import java.util.List;

/** Converts corpus samples into core {@link Article}s, with their synthetic dates. */
final class Articles {

  private Articles() {}

  /** The sample as articles to index (dates: {@link NewsArticle#syntheticDate()}). */
  static Article[] of(List<NewsArticle> sample) {
    Article[] articles = new Article[sample.size()];
    for (int i = 0; i < articles.length; i++) {
      NewsArticle a = sample.get(i);
      articles[i] =
          Article.builder(a.id(), a.body())
              .title(a.title())
              .date(a.syntheticDate())
              .source(a.source())
              .category(a.category())
              .build();
    }
    return articles;
  }
}
