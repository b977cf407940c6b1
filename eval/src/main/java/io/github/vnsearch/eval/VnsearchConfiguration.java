package io.github.vnsearch.eval;

import io.github.vnsearch.core.article.Article;
import io.github.vnsearch.core.index.ArticleIndex;
import io.github.vnsearch.core.index.ArticleSchema;
import io.github.vnsearch.core.search.ArticleSearcher;
import io.github.vnsearch.core.search.Hit;
import io.github.vnsearch.core.search.SearchRequest;
import io.github.vnsearch.core.search.VietnameseQueryParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.IOUtils;

/**
 * vnsearch as applications use it: passages become {@link Article}s (title, body, no date) indexed
 * by {@link ArticleIndex} through {@link ArticleSchema} (exact and accent-insensitive fields), and
 * queries run through {@link ArticleSearcher} with default settings (parsed by {@link
 * VietnameseQueryParser}, diacritics of unaccented queries restored), without snippets. The index
 * lives in heap ({@link ByteBuffersDirectory}).
 */
public final class VnsearchConfiguration implements RetrievalConfiguration {

  /** The reported name. */
  public static final String NAME = "vnsearch";

  /** The reported name of the same without diacritic restoration of unaccented queries. */
  public static final String NO_RESTORE_NAME = "vnsearch-no-restore";

  private final boolean restoreDiacritics;

  /** With diacritic restoration, as {@link ArticleSearcher} does by default. */
  public VnsearchConfiguration() {
    this(true);
  }

  /**
   * @param restoreDiacritics false to search unaccented queries as typed only ({@link
   *     SearchRequest.Builder#restoreDiacritics})
   */
  public VnsearchConfiguration(boolean restoreDiacritics) {
    this.restoreDiacritics = restoreDiacritics;
  }

  @Override
  public String name() {
    return restoreDiacritics ? NAME : NO_RESTORE_NAME;
  }

  @Override
  public Retriever index(List<Passage> passages) throws IOException {
    ArticleIndex index = ArticleIndex.open(new ByteBuffersDirectory(), "in-memory index", false);
    try {
      for (Passage passage : passages) {
        index.put(Article.builder(passage.id(), passage.text()).title(passage.title()).build());
      }
      index.commit();
      return new VnsearchRetriever(index, restoreDiacritics);
    } catch (IOException | RuntimeException e) {
      IOUtils.closeWhileHandlingException(index);
      throw e;
    }
  }

  private static final class VnsearchRetriever implements Retriever {
    private final ArticleIndex index;
    private final ArticleSearcher searcher;
    private final boolean restoreDiacritics;

    VnsearchRetriever(ArticleIndex index, boolean restoreDiacritics) {
      this.index = index;
      this.searcher = new ArticleSearcher(index);
      this.restoreDiacritics = restoreDiacritics;
    }

    @Override
    public List<String> search(String queryText, int n) throws IOException {
      SearchRequest request =
          SearchRequest.builder(queryText)
              .pageSize(n)
              .highlight(false)
              .restoreDiacritics(restoreDiacritics)
              .build();
      List<String> ids = new ArrayList<>(n);
      for (Hit hit : searcher.search(request).hits()) {
        ids.add(hit.id());
      }
      return ids;
    }

    @Override
    public void close() throws IOException {
      index.close();
    }
  }
}
