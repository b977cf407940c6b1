package io.github.vnsearch.eval;

import io.github.vnsearch.core.article.Article;
import io.github.vnsearch.core.index.ArticleIndex;
import io.github.vnsearch.core.index.ArticleSchema;
import io.github.vnsearch.core.search.VietnameseQueryParser;
import java.io.IOException;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.IOUtils;

/**
 * vnsearch as applications use it: passages become {@link Article}s (title, body, no date) indexed
 * by {@link ArticleIndex} through {@link ArticleSchema} (exact and accent-insensitive fields), and
 * queries are parsed by {@link VietnameseQueryParser} with its default settings. The index lives in
 * heap ({@link ByteBuffersDirectory}).
 */
public final class VnsearchConfiguration implements RetrievalConfiguration {

  /** The reported name. */
  public static final String NAME = "vnsearch";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Retriever index(List<Passage> passages) throws IOException {
    ArticleIndex index = ArticleIndex.open(new ByteBuffersDirectory(), "in-memory index", false);
    try {
      for (Passage passage : passages) {
        index.put(
            new Article(passage.id(), passage.title(), null, null, null, null, passage.text()));
      }
      index.commit();
      return new VnsearchRetriever(index, index.acquire());
    } catch (IOException | RuntimeException e) {
      IOUtils.closeWhileHandlingException(index);
      throw e;
    }
  }

  private static final class VnsearchRetriever implements Retriever {
    private final ArticleIndex index;
    private final ArticleIndex.Snapshot snapshot;
    private final VietnameseQueryParser parser = new VietnameseQueryParser();

    VnsearchRetriever(ArticleIndex index, ArticleIndex.Snapshot snapshot) {
      this.index = index;
      this.snapshot = snapshot;
    }

    @Override
    public List<String> search(String queryText, int n) throws IOException {
      IndexSearcher searcher = snapshot.searcher();
      return SingleFieldConfiguration.topIds(
          searcher, parser.parse(queryText, searcher.getIndexReader()), n);
    }

    @Override
    public void close() throws IOException {
      IOUtils.close(snapshot, index);
    }
  }
}
