package io.github.vnsearch.core.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vnsearch.analysis.vi.VietnameseAnalyzer;
import io.github.vnsearch.analysis.vi.VietnameseTokenizer.Mode;
import io.github.vnsearch.analysis.vi.dict.UserDictionary;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The query parser on documents that are not articles: a product catalogue indexed with a plain
 * {@link IndexWriter}, fields {@code name}/{@code name_folded} and {@code description}/{@code
 * description_folded}.
 */
class TestOwnSchema {

  static final QueryFields FIELDS =
      QueryFields.builder()
          .add("name", "name_folded", 2f)
          .add("description", "description_folded", 1f)
          .build();

  static Directory dir;
  static DirectoryReader reader;
  static IndexSearcher searcher;
  static final VietnameseQueryParser PARSER = new VietnameseQueryParser(FIELDS);

  @BeforeAll
  static void index() throws IOException {
    dir = new ByteBuffersDirectory();
    try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(FIELDS.indexAnalyzer()))) {
      add(writer, "gao-nep", "Gạo nếp cái hoa vàng", "Hạt tròn, dẻo thơm, dùng nấu xôi.", 120);
      add(writer, "gao-st25", "Gạo ST25", "Gạo thơm Sóc Trăng, cơm mềm.", 35);
      add(writer, "gao-nhua", "Gáo nhựa", "Gáo múc nước cán dài, bền.", 0);
      add(writer, "noi-com", "Nồi cơm điện 1,8 lít", "Lòng nồi chống dính, nấu gạo nhanh.", 8);
      add(writer, "ao-mua", "Áo mưa bộ", "Vải dày chống nước, có túi đựng gọn.", 50);
      add(writer, "o-gap", "Ô gấp gọn", "Khung chắc chắn, vải chống nước.", 12);
      add(writer, "binh-nuoc", "Bình nước thể thao", "Giữ lạnh 12 giờ, nắp chống tràn.", 40);
    }
    reader = DirectoryReader.open(dir);
    searcher = new IndexSearcher(reader);
  }

  static void add(IndexWriter w, String id, String name, String description, int stock)
      throws IOException {
    Document doc = new Document();
    doc.add(new StringField("id", id, Field.Store.YES));
    doc.add(new TextField("name", name, Field.Store.NO));
    doc.add(new TextField("name_folded", name, Field.Store.NO));
    doc.add(new TextField("description", description, Field.Store.NO));
    doc.add(new TextField("description_folded", description, Field.Store.NO));
    doc.add(new IntPoint("stock", stock));
    w.addDocument(doc);
  }

  @AfterAll
  static void close() throws IOException {
    reader.close();
    dir.close();
  }

  /** Ids found by the strict query, else by the relaxed one, as {@link ArticleSearcher} does. */
  static List<String> ids(QueryPlan plan, Query filter) throws IOException {
    Query query = plan.query();
    TopDocs top = searcher.search(filtered(query, filter), 20);
    if (top.totalHits.value() == 0 && plan.relaxable()) {
      top = searcher.search(filtered(plan.relaxedQuery(), filter), 20);
    }
    List<String> ids = new ArrayList<>();
    for (ScoreDoc sd : top.scoreDocs) {
      ids.add(searcher.storedFields().document(sd.doc).get("id"));
    }
    return ids;
  }

  static Query filtered(Query query, Query filter) {
    if (filter == null) {
      return query;
    }
    return new BooleanQuery.Builder()
        .add(query, BooleanClause.Occur.MUST)
        .add(filter, BooleanClause.Occur.FILTER)
        .build();
  }

  static List<String> ids(String text) throws IOException {
    return ids(PARSER.plan(text, true, reader), null);
  }

  @Test
  void unaccentedQueryIsRestoredAndFindsAccentedText() throws IOException {
    QueryPlan plan = PARSER.plan("ao mua", true, reader);
    assertEquals("áo mưa", plan.restored());
    assertEquals(List.of("ao-mua"), ids(plan, null));
    // without restoration the folded twins still match, as typed
    assertEquals(List.of("ao-mua"), ids(PARSER.plan("ao mua", false, reader), null));
  }

  @Test
  void exactDiacriticsRankFirstAndNameOutweighsDescription() throws IOException {
    // "Gạo ST25" and "Gáo nhựa" fold alike: each query finds both, its own spelling first
    List<String> gao = ids("gạo");
    assertEquals("gao-st25", gao.get(0));
    assertTrue(gao.contains("gao-nhua"), gao::toString);
    List<String> gaoNhua = ids("gáo");
    assertEquals("gao-nhua", gaoNhua.get(0));
    assertTrue(gaoNhua.contains("gao-st25"), gaoNhua::toString);
    // "nước" in one name and in three descriptions: the name weighs twice as much
    assertEquals("binh-nuoc", ids("nước").get(0));
    assertEquals(4, ids("nước").size());
  }

  @Test
  void fieldPrefixesAreTheExactFieldNames() throws IOException {
    // "gạo" is also in the description of noi-com; a prefix searches a pair, folded twin included
    assertEquals(
        List.of("gao-nep", "gao-nhua", "gao-st25"), ids("name:gạo").stream().sorted().toList());
    assertEquals(List.of("o-gap"), ids("\"chống nước\" -name:áo"));
  }

  @Test
  void applicationFiltersCombineWithTheQuery() throws IOException {
    Query inStock = IntPoint.newRangeQuery("stock", 1, Integer.MAX_VALUE);
    assertTrue(ids(PARSER.plan("gao", true, reader), null).contains("gao-nhua"));
    assertFalse(ids(PARSER.plan("gao", true, reader), inStock).contains("gao-nhua"));
  }

  @Test
  void twoWordsNeedBothElseTheRelaxedQueryFindsEither() throws IOException {
    QueryPlan plan = PARSER.plan("bình gạo", true, reader);
    assertTrue(plan.relaxable());
    assertEquals(0, searcher.count(plan.query()));
    assertTrue(ids(plan, null).containsAll(List.of("binh-nuoc", "gao-nep", "gao-st25")));
  }

  @Test
  void theArticleSchemaIsOneConfigurationOfTheSameParser() {
    VietnameseQueryParser articles = new VietnameseQueryParser(ArticleSearcher.QUERY_FIELDS);
    for (String q :
        List.of(
            "đàm phán hòa bình",
            "dam phan hoa binh",
            "\"Hà Nội\" -lạnh OR title:bão",
            "giá xăng tăng mạnh trong tuần đầu tháng")) {
      assertEquals(
          ArticleSearcher.queryParser().plan(q, true, null).query(),
          articles.plan(q, true, null).query(),
          q);
    }
  }

  @Test
  void indexAnalyzerKeepsWordsExactAndSyllablesFolded() throws IOException {
    Analyzer analyzer = FIELDS.indexAnalyzer();
    assertEquals(List.of("hà_nội"), terms(analyzer, "name", "Hà Nội"));
    assertEquals(List.of("ha_noi", "ha", "noi"), terms(analyzer, "description_folded", "Hà Nội"));
  }

  @Test
  void anApplicationAnalyzerWithAUserDictionary() throws IOException {
    UserDictionary words = UserDictionary.open(new StringReader("nồi chiên không dầu\n"));
    CharArraySet stop = VietnameseAnalyzer.getDefaultStopSet();
    Analyzer exact = new VietnameseAnalyzer(Mode.WORDS, stop, false, words);
    Analyzer folded = new VietnameseAnalyzer(Mode.MIXED, stop, true, words);
    Analyzer perField =
        new PerFieldAnalyzerWrapper(
            exact, Map.of("name_folded", folded, "description_folded", folded));
    try (Directory own = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(own, new IndexWriterConfig(perField))) {
        add(w, "noi-chien", "Nồi chiên không dầu 5 lít", "Nướng gà, khoai tây giòn.", 3);
        add(w, "noi-lau", "Nồi lẩu điện", "Không dính dầu mỡ, dễ rửa.", 3);
      }
      VietnameseQueryParser parser = new VietnameseQueryParser(exact, FIELDS, null);
      QueryPlan plan = parser.plan("nồi chiên không dầu", true, null);
      assertTrue(terms(plan.query()).contains(new Term("name", "nồi_chiên_không_dầu")));
      try (DirectoryReader r = DirectoryReader.open(own)) {
        IndexSearcher s = new IndexSearcher(r);
        TopDocs top = s.search(plan.query(), 10);
        assertEquals(1, top.totalHits.value());
        assertEquals("noi-chien", s.storedFields().document(top.scoreDocs[0].doc).get("id"));
      }
    }
  }

  @Test
  void aFieldNamedTwiceIsRefused() {
    QueryFields.Builder b = QueryFields.builder().add("name", "name_folded", 1f);
    assertThrows(IllegalArgumentException.class, () -> b.add("name_folded", "x", 1f));
    assertThrows(IllegalArgumentException.class, () -> b.add("name", "y", 1f));
    assertThrows(IllegalStateException.class, () -> QueryFields.builder().build());
    assertNull(PARSER.plan("Gạo nếp", true, reader).restored());
  }

  static List<String> terms(Analyzer analyzer, String field, String text) throws IOException {
    List<String> terms = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        terms.add(term.toString());
      }
      ts.end();
    }
    return terms;
  }

  static List<Term> terms(Query query) {
    List<Term> terms = new ArrayList<>();
    query.visit(
        new QueryVisitor() {
          @Override
          public void consumeTerms(Query q, Term... ts) {
            terms.addAll(List.of(ts));
          }

          @Override
          public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return this;
          }
        });
    return terms;
  }
}
