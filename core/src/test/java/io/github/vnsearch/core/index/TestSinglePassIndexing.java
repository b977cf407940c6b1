package io.github.vnsearch.core.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vnsearch.core.SharedData;
import io.github.vnsearch.core.article.Article;
import io.github.vnsearch.core.article.ArticleFiles;
import io.github.vnsearch.core.article.ArticleSink;
import io.github.vnsearch.core.article.IngestReport;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/**
 * The schema segments each text once for its exact and its folded field: the index it builds is,
 * term by term, position by position and offset by offset, the one the per-field analyzers build
 * when each field analyzes its text on its own.
 */
class TestSinglePassIndexing {

  private static final String[] TEXT_FIELDS = {
    ArticleSchema.TITLE, ArticleSchema.TITLE_FOLDED, ArticleSchema.BODY, ArticleSchema.BODY_FOLDED
  };

  @Test
  void realArticlesGiveTheIndexOfTheAnalyzers() throws IOException {
    List<Article> articles = new ArrayList<>();
    ArticleSink sink =
        new ArticleSink() {
          @Override
          public void article(Article article) {
            if (articles.size() < 600) {
              articles.add(article);
            }
          }

          @Override
          public void skipped(IngestReport.Skipped skipped) {}
        };
    ArticleFiles.read(SharedData.path("data/news/unc-dantri.jsonl.gz"), sink, n -> {});
    assertEquals(600, articles.size());
    try (Directory single = new ByteBuffersDirectory();
        Directory perField = new ByteBuffersDirectory()) {
      index(single, articles, true);
      index(perField, articles, false);
      try (DirectoryReader a = DirectoryReader.open(single);
          DirectoryReader b = DirectoryReader.open(perField)) {
        LeafReader left = a.leaves().get(0).reader();
        LeafReader right = b.leaves().get(0).reader();
        long postings = 0;
        for (String field : TEXT_FIELDS) {
          postings += assertSamePostings(field, left.terms(field), right.terms(field));
          assertSameNorms(field, left.getNormValues(field), right.getNormValues(field));
        }
        assertTrue(postings > 500_000, "compared " + postings + " positions");
      }
    }
  }

  /**
   * Offsets cost index time and space for every token; only {@code body_folded} keeps them, because
   * snippets of the body find their matches there (the exact field masked by its folded twin).
   */
  @Test
  void onlyTheFoldedBodyKeepsOffsets() throws IOException {
    Article article =
        Article.builder("a-1", "Hai bên nối lại đàm phán hòa bình ở Hà Nội.")
            .title("Đàm phán hòa bình")
            .build();
    try (Directory dir = new ByteBuffersDirectory()) {
      index(dir, List.of(article), true);
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        var infos = reader.leaves().get(0).reader().getFieldInfos();
        for (String field : TEXT_FIELDS) {
          IndexOptions expected =
              field.equals(ArticleSchema.BODY_FOLDED)
                  ? IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS
                  : IndexOptions.DOCS_AND_FREQS_AND_POSITIONS;
          assertEquals(expected, infos.fieldInfo(field).getIndexOptions(), field);
        }
      }
    }
  }

  /** Indexes one segment, through the schema or with each field analyzed by the analyzers. */
  private static void index(Directory dir, List<Article> articles, boolean schema)
      throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(ArticleSchema.indexAnalyzer());
    config.setRAMBufferSizeMB(256);
    try (IndexWriter w = new IndexWriter(dir, config)) {
      for (Article article : articles) {
        Document doc =
            schema
                ? ArticleSchema.facetsConfig().build(ArticleSchema.toDocument(article))
                : perFieldDocument(article);
        w.addDocument(doc);
      }
      w.forceMerge(1);
    }
  }

  private static Document perFieldDocument(Article article) {
    Document doc = new Document();
    doc.add(new StringField(ArticleSchema.ID, article.id(), Field.Store.YES));
    for (var field : ArticleSchema.toDocument(article).getFields()) {
      if (List.of(TEXT_FIELDS).contains(field.name()) && field.fieldType().tokenized()) {
        doc.add(new Field(field.name(), field.stringValue(), field.fieldType()));
      }
    }
    return doc;
  }

  private static long assertSamePostings(String field, Terms left, Terms right) throws IOException {
    if (left == null || right == null) {
      assertNull(left, field);
      assertNull(right, field);
      return 0;
    }
    assertEquals(right.size(), left.size(), field + ": terms");
    TermsEnum l = left.iterator();
    TermsEnum r = right.iterator();
    long positions = 0;
    PostingsEnum lp = null;
    PostingsEnum rp = null;
    for (BytesRef term = r.next(); term != null; term = r.next()) {
      assertEquals(term, l.next(), field);
      String what = field + ":" + term.utf8ToString();
      assertEquals(r.docFreq(), l.docFreq(), what);
      assertEquals(r.totalTermFreq(), l.totalTermFreq(), what);
      lp = l.postings(lp, PostingsEnum.ALL);
      rp = r.postings(rp, PostingsEnum.ALL);
      for (int doc = rp.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = rp.nextDoc()) {
        assertEquals(doc, lp.nextDoc(), what);
        assertEquals(rp.freq(), lp.freq(), what);
        for (int i = 0; i < rp.freq(); i++) {
          int[] expected = {rp.nextPosition(), rp.startOffset(), rp.endOffset()};
          int[] actual = {lp.nextPosition(), lp.startOffset(), lp.endOffset()};
          assertArrayEquals(expected, actual, what + " in doc " + doc);
          positions++;
        }
      }
      assertEquals(DocIdSetIterator.NO_MORE_DOCS, lp.nextDoc(), what);
    }
    assertNull(l.next(), field);
    return positions;
  }

  private static void assertSameNorms(String field, NumericDocValues left, NumericDocValues right)
      throws IOException {
    for (int doc = right.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = right.nextDoc()) {
      assertEquals(doc, left.nextDoc(), field);
      assertEquals(right.longValue(), left.longValue(), field + " norm of doc " + doc);
    }
    assertEquals(DocIdSetIterator.NO_MORE_DOCS, left.nextDoc(), field);
  }
}
