package io.github.vnsearch.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.IOUtils;
import org.apache.lucene.util.QueryBuilder;

/**
 * A baseline: title and text indexed into one field with one analyzer, queries analyzed with the
 * same analyzer and turned into a disjunction of their terms by {@link
 * QueryBuilder#createBooleanQuery(String, String, BooleanClause.Occur)} with {@code SHOULD}, scored
 * by BM25 with Lucene's defaults. The index lives in heap ({@link ByteBuffersDirectory}).
 */
public final class SingleFieldConfiguration implements RetrievalConfiguration {

  static final String ID = "id";
  static final String TEXT = "text";

  private final String name;
  private final Supplier<Analyzer> analyzer;

  /**
   * @param name the reported name
   * @param analyzer makes the analyzer used at index and query time (a new one per index)
   */
  public SingleFieldConfiguration(String name, Supplier<Analyzer> analyzer) {
    this.name = Objects.requireNonNull(name);
    this.analyzer = Objects.requireNonNull(analyzer);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Retriever index(List<Passage> passages) throws IOException {
    Analyzer a = analyzer.get();
    ByteBuffersDirectory directory = new ByteBuffersDirectory();
    try {
      try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(a))) {
        for (Passage passage : passages) {
          Document doc = new Document();
          doc.add(new StringField(ID, passage.id(), Field.Store.YES));
          if (!passage.title().isEmpty()) {
            doc.add(new TextField(TEXT, passage.title(), Field.Store.NO));
          }
          doc.add(new TextField(TEXT, passage.text(), Field.Store.NO));
          writer.addDocument(doc);
        }
      }
      DirectoryReader reader = DirectoryReader.open(directory);
      return new SingleFieldRetriever(a, directory, reader);
    } catch (IOException | RuntimeException e) {
      IOUtils.closeWhileHandlingException(directory, a);
      throw e;
    }
  }

  private static final class SingleFieldRetriever implements Retriever {
    private final Analyzer analyzer;
    private final ByteBuffersDirectory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final QueryBuilder builder;

    SingleFieldRetriever(
        Analyzer analyzer, ByteBuffersDirectory directory, DirectoryReader reader) {
      this.analyzer = analyzer;
      this.directory = directory;
      this.reader = reader;
      this.searcher = new IndexSearcher(reader);
      this.builder = new QueryBuilder(analyzer);
    }

    @Override
    public List<String> search(String queryText, int n) throws IOException {
      Query query = builder.createBooleanQuery(TEXT, queryText, BooleanClause.Occur.SHOULD);
      return query == null ? List.of() : topIds(searcher, query, n);
    }

    @Override
    public void close() throws IOException {
      IOUtils.close(reader, directory, analyzer);
    }
  }

  /** Runs {@code query} and returns the stored ids of the top {@code n} hits. */
  static List<String> topIds(IndexSearcher searcher, Query query, int n) throws IOException {
    ScoreDoc[] hits = searcher.search(query, n).scoreDocs;
    StoredFields stored = searcher.storedFields();
    List<String> ids = new ArrayList<>(hits.length);
    for (ScoreDoc hit : hits) {
      ids.add(stored.document(hit.doc, Set.of(ID)).get(ID));
    }
    return ids;
  }
}
