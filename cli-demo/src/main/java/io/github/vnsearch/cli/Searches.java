package io.github.vnsearch.cli;

import io.github.vnsearch.core.index.ArticleIndex;
import io.github.vnsearch.core.search.ArticleSearcher;
import io.github.vnsearch.core.search.SearchRequest;
import io.github.vnsearch.core.search.SearchResult;
import io.github.vnsearch.core.search.SnippetMarkers;
import java.io.IOException;

/** The one place the CLI calls core's search; request mistakes become usage errors. */
final class Searches {

  private Searches() {}

  /** Runs {@code request}, marking snippet matches with {@code markers}. */
  static SearchResult run(ArticleIndex index, SearchRequest request, SnippetMarkers markers)
      throws IOException {
    try {
      return new ArticleSearcher(index, ArticleSearcher.queryParser(), markers).search(request);
    } catch (IllegalArgumentException e) {
      // Core reports a bad page token this way, worded for users. Any other one comes from
      // deeper down (Lucene reading a damaged file, say) and is not the user's mistake.
      if (request.searchAfter() == null || !isAboutThePageToken(e)) {
        throw e;
      }
      throw CliException.usage(e.getMessage() + ": copy the token printed by the previous page");
    }
  }

  private static boolean isAboutThePageToken(IllegalArgumentException e) {
    String message = e.getMessage();
    return message != null
        && (message.startsWith("invalid page token") || message.startsWith("page token"));
  }
}
