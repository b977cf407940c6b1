package io.github.vnsearch.core;

import io.github.vnsearch.core.search.QueryFields;
import io.github.vnsearch.core.search.QueryPlan;
import io.github.vnsearch.core.search.VietnameseQueryParser;
import java.io.IOException;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

/** A product catalogue, indexed by plain Lucene, searched with vnsearch's queries. */
public class ProductSearchExample {

  // Each text field and its accent-insensitive twin; a match in the name weighs twice as much.
  static final QueryFields FIELDS =
      QueryFields.builder()
          .add("name", "name_folded", 2f)
          .add("description", "description_folded", 1f)
          .build();

  public static void main(String[] args) throws IOException {
    try (Directory dir = new ByteBuffersDirectory()) {
      try (IndexWriter writer =
          new IndexWriter(dir, new IndexWriterConfig(FIELDS.indexAnalyzer()))) {
        add(writer, "sp-1", "Áo khoác gió nam", "Chống nước, gấp gọn, hợp đi phượt.");
        add(writer, "sp-2", "Ô gấp gọn", "Khung chắc chắn, vải chống nước.");
        add(writer, "sp-3", "Nồi cơm điện 1,8 lít", "Lòng nồi chống dính, giữ ấm 12 giờ.");
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        VietnameseQueryParser parser = new VietnameseQueryParser(FIELDS);
        QueryPlan plan = parser.plan("gap gon", true, reader); // typed without diacritics
        TopDocs top = searcher.search(plan.query(), 10);
        if (top.totalHits.value() == 0 && plan.relaxable()) {
          top = searcher.search(plan.relaxedQuery(), 10); // as ArticleSearcher falls back
        }
        System.out.println("searched as: " + plan.restored());
        for (ScoreDoc hit : top.scoreDocs) {
          Document product = searcher.storedFields().document(hit.doc);
          System.out.println(product.get("id") + "  " + product.get("name"));
        }
      }
    }
  }

  static void add(IndexWriter writer, String id, String name, String description)
      throws IOException {
    Document doc = new Document();
    doc.add(new StringField("id", id, Field.Store.YES));
    doc.add(new TextField("name", name, Field.Store.YES)); // the same text in both fields
    doc.add(new TextField("name_folded", name, Field.Store.NO));
    doc.add(new TextField("description", description, Field.Store.NO));
    doc.add(new TextField("description_folded", description, Field.Store.NO));
    writer.addDocument(doc);
  }
}
