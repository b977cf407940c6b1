package io.github.vnsearch.core.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vnsearch.core.article.Article;
import io.github.vnsearch.core.index.ArticleIndex;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Query syntax, accent handling and robustness, on a few short articles written for the test. */
class TestVietnameseQueryParser {

  @TempDir static Path dir;
  static ArticleIndex index;
  static ArticleSearcher searcher;

  private static Article article(String id, String title, String body) {
    return Article.builder(id, body)
        .title(title)
        .date(LocalDate.of(2024, 5, 1))
        .category("Thời sự")
        .build();
  }

  @BeforeAll
  static void build() throws Exception {
    index = ArticleIndex.open(dir);
    index.put(
        article(
            "hoa-binh",
            "Hai nước nối lại đàm phán hòa bình",
            "Phái đoàn hai nước đã gặp nhau tại Hà Nội để đàm phán hòa bình. Các bên hy vọng"
                + " sớm ký hiệp định."));
    index.put(
        article(
            "ban-be",
            "Cuối tuần đi chơi",
            "Tôi thường đi chơi với bạn bè vào cuối tuần. Chúng tôi ăn phở ở phố cổ."));
    index.put(
        article(
            "khong-dau",
            "Chuyen cuoi tuan",
            "Toi thuong di choi voi ban be vao cuoi tuan. Chung toi an pho o pho co."));
    index.put(
        article(
            "thoi-tiet",
            "Thời tiết Hà Nội chuyển lạnh",
            "Không khí lạnh tràn về, nhiệt độ ở Hà Nội giảm mạnh. Người dân nên giữ ấm."));
    index.put(
        article(
            "bong-da",
            "Đội tuyển bóng đá thắng đậm",
            "Đội tuyển Việt Nam thắng 3-0 trên sân Mỹ Đình. Người hâm mộ ăn mừng ở Hà Nội."));
    index.put(
        article(
            "ong-phan",
            "Ông Phan",
            "Ông Phan Văn Minh, quê ở Phan Thiết, là bạn học cũ của ông Vũ Đức Đam. Ông Phan kể"
                + " lại chuyện thời sinh viên."));
    index.commit();
    searcher = new ArticleSearcher(index);
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  private static List<String> ids(String query) throws Exception {
    return searcher.search(SearchRequest.builder(query).pageSize(20).build()).hits().stream()
        .map(Hit::id)
        .toList();
  }

  private static Set<String> idSet(String query) throws Exception {
    return ids(query).stream().collect(Collectors.toSet());
  }

  @Test
  void unaccentedQueryMatchesAccentedText() throws Exception {
    assertEquals(List.of("hoa-binh"), ids("dam phan hoa binh"));
    assertEquals(List.of("hoa-binh"), ids("\"dam phan\""));
    assertEquals(List.of("hoa-binh"), ids("đàm phán hòa bình"));
  }

  @Test
  void unaccentedSyllablesMatchOnlyWhereTheyStandTogether() throws Exception {
    // "ong-phan" has both syllables (Phan, Đam) and "Phan" in a short title, but never the word.
    assertEquals(List.of("hoa-binh"), ids("dam phan"));
    assertEquals(List.of("hoa-binh"), ids("DAM PHAN"));
    // a name typed unaccented still finds the scattered syllables when nothing else matches
    assertTrue(idSet("phan").contains("ong-phan"));
  }

  @Test
  void accentedQueryRanksExactDiacriticsFirst() throws Exception {
    assertEquals("ban-be", ids("ban be").get(0));
  }

  @Test
  void wordsAreAllRequiredAndOrCombines() throws Exception {
    assertEquals(Set.of("thoi-tiet", "bong-da", "hoa-binh"), idSet("Hà Nội"));
    assertEquals(List.of("thoi-tiet"), ids("Hà Nội lạnh"));
    assertEquals(Set.of("thoi-tiet", "bong-da"), idSet("lạnh OR bóng đá"));
  }

  @Test
  void mustNotAndFieldPrefixes() throws Exception {
    assertEquals(Set.of("hoa-binh", "bong-da"), idSet("\"Hà Nội\" -lạnh"));
    assertEquals(Set.of("thoi-tiet"), idSet("title:\"Hà Nội\""));
    assertEquals(Set.of("thoi-tiet", "bong-da", "hoa-binh"), idSet("body:\"Hà Nội\""));
    assertEquals(Set.of("thoi-tiet"), idSet("+lạnh"));
    // only a negation: everything else
    assertEquals(5, idSet("-lạnh").size());
  }

  @Test
  void phrasesNeedAdjacentWords() throws Exception {
    assertEquals(Set.of("hoa-binh"), idSet("\"đàm phán hòa bình\""));
    Query strict = ArticleSearcher.queryParser().parse("\"hòa bình đàm phán\"");
    try (ArticleIndex.Snapshot snapshot = index.acquire()) {
      assertEquals(0, snapshot.searcher().count(strict));
    }
    // the search then falls back on the words, as its last resort
    assertEquals("hoa-binh", ids("\"hòa bình đàm phán\"").get(0));
    assertEquals(Set.of("hoa-binh"), idSet("\"dam phan hoa binh\""));
  }

  @Test
  void hanoiIsHighlightedAsOneSpan() throws Exception {
    for (Hit hit : searcher.search(SearchRequest.builder("Hà Nội").build()).hits()) {
      String snippet = String.join(" ", hit.snippets());
      assertTrue(snippet.contains("[Hà Nội]"), snippet);
      assertTrue(!snippet.contains("[Hà]") && !snippet.contains("[Nội]"), snippet);
    }
    SearchResult folded = searcher.search(SearchRequest.builder("ha noi").build());
    assertEquals(3, folded.total());
    for (Hit hit : folded.hits()) {
      assertTrue(String.join(" ", hit.snippets()).contains("[Hà Nội]"), hit.snippets().toString());
    }
  }

  @Test
  void markersAreConfigurable() throws Exception {
    SearchResult r =
        searcher.withMarkers(SnippetMarkers.HTML_BOLD).search(SearchRequest.builder("phở").build());
    assertEquals(2, r.total()); // "pho" in the unaccented article matches too, ranked second
    assertEquals("ban-be", r.hits().get(0).id());
    assertTrue(r.hits().get(0).snippets().get(0).contains("<b>phở</b>"));
    assertTrue(r.hits().get(1).snippets().get(0).contains("<b>pho</b>"));
  }

  @Test
  void malformedQueriesNeverThrow() throws Exception {
    String[] inputs = {
      "\"đàm phán",
      "-",
      "+",
      "- -",
      "OR",
      "OR OR",
      "title:",
      "title:\"",
      "\"\"",
      ":::",
      "+-\"",
      "body: -",
      "AND",
      "NOT",
      "\"Hà Nội",
      "((",
      "*",
      "?",
      "đàm phán OR",
      "title:title:x"
    };
    for (String q : inputs) {
      assertNotNull(searcher.search(SearchRequest.builder(q).build()), q);
    }
    assertEquals(List.of("hoa-binh"), ids("\"đàm phán hòa bình"));
    Random random = new Random(42);
    String alphabet = "ađàáạ \"+-:ORtitle()*?\\/[]{}!^~";
    VietnameseQueryParser parser = ArticleSearcher.queryParser();
    for (int i = 0; i < 2000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int j = random.nextInt(20); j > 0; j--) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      Query q = parser.parse(sb.toString());
      assertNotNull(q);
      searcher.search(SearchRequest.builder(sb.toString()).pageSize(1).build());
    }
  }

  @Test
  void pastedParagraphStaysUnderTheClauseLimit() throws Exception {
    StringBuilder paragraph = new StringBuilder();
    String[] sentences = {
      "Phái đoàn hai nước đã gặp nhau để đàm phán hòa bình",
      "thời tiết hôm nay rất đẹp và người dân đi chơi công viên",
      "giá xăng dầu trong nước tiếp tục tăng theo thế giới",
      "học sinh các trường chuẩn bị cho kỳ thi tốt nghiệp"
    };
    int words = 0;
    for (int i = 0; words < 1000; i++) {
      String s = sentences[i % sentences.length] + " năm " + (1000 + i) + ". ";
      paragraph.append(s);
      words += s.split("\\s+").length;
    }
    Query q = ArticleSearcher.queryParser().parse(paragraph.toString());
    int[] leaves = {0};
    q.visit(
        new org.apache.lucene.search.QueryVisitor() {
          @Override
          public void consumeTerms(Query query, org.apache.lucene.index.Term... terms) {
            leaves[0]++;
          }

          @Override
          public org.apache.lucene.search.QueryVisitor getSubVisitor(
              org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
            return this;
          }
        });
    assertTrue(leaves[0] <= IndexSearcher.getMaxClauseCount(), "leaves: " + leaves[0]);
    SearchResult r = searcher.search(SearchRequest.builder(paragraph.toString()).build());
    assertEquals("hoa-binh", r.hits().get(0).id());
  }

  @Test
  void manyOperatorTermsStayUnderTheClauseLimit() throws Exception {
    StringBuilder minus = new StringBuilder("hà nội");
    StringBuilder plus = new StringBuilder();
    StringBuilder or = new StringBuilder();
    StringBuilder titles = new StringBuilder();
    for (int i = 0; i < 400; i++) {
      minus.append(" -w").append(i);
      plus.append(" +lạnh");
      or.append(i == 0 ? "" : " OR ").append("bóng").append(i % 7 == 0 ? " đá" : "");
      titles.append(" title:nước").append(i);
    }
    assertEquals(Set.of("thoi-tiet", "bong-da", "hoa-binh"), idSet(minus.toString()));
    assertEquals(Set.of("thoi-tiet"), idSet(plus.toString()));
    assertTrue(idSet(or.toString()).contains("bong-da"));
    assertNotNull(searcher.search(SearchRequest.builder(titles.toString()).build()));
    Random random = new Random(7);
    StringBuilder noise = new StringBuilder();
    while (noise.length() < 20_000) {
      noise.appendCodePoint(random.nextInt(0x3000) + 0x20);
      if (random.nextInt(6) == 0) {
        noise.append(' ');
      }
    }
    assertNotNull(searcher.search(SearchRequest.builder(noise.toString()).build()));
  }

  @Test
  void shortQueriesNeedEveryWordLongerOnesEnoughOfThem() {
    assertEquals(1, QueryPlan.minimumShouldMatch(1));
    assertEquals(2, QueryPlan.minimumShouldMatch(2));
    assertEquals(1, QueryPlan.minimumShouldMatch(3));
    assertEquals(2, QueryPlan.minimumShouldMatch(6));
    assertEquals(3, QueryPlan.minimumShouldMatch(11));
    assertEquals(1, QueryPlan.minimumShouldMatch(VietnameseQueryParser.LONG_QUERY_WORDS + 1));
  }

  @Test
  void aHeadlineFindsItsArticleThoughSomeWordsAreMissing() throws Exception {
    // "tuyết" and "Sa Pa" are in no article; the other words point at "thoi-tiet".
    assertEquals("thoi-tiet", ids("Hà Nội chuyển lạnh, tuyết rơi ở Sa Pa").get(0));
    // two words: both required, nothing has both, so the search relaxes to either
    assertEquals(Set.of("thoi-tiet", "bong-da"), idSet("lạnh bóng đá"));
  }

  @Test
  void unaccentedQueryIsRestoredOnceAndMatchedAsFoldedUnits() {
    QueryPlan plan = ArticleSearcher.queryParser().plan("dam phan hoa binh", true, null);
    assertEquals("đàm phán hòa bình", plan.restored());
    String query = plan.query().toString();
    assertTrue(query.contains("body_folded:\"dam phan\""), query);
    assertTrue(query.contains("body:đàm_phán"), query);
    assertTrue(!query.contains("body_folded:dam ") && !query.contains("body_folded:dam)"), query);
    // an accented query is not restored
    assertEquals(null, ArticleSearcher.queryParser().plan("đàm phán", true, null).restored());
  }

  @Test
  void longQueriesAlsoRankByTheirSyllablesOverTitleAndBodyTogether() {
    String longQuery =
        ArticleSearcher.queryParser()
            .plan("nhiệt độ Hà Nội giảm mạnh", true, null)
            .query()
            .toString();
    // one clause per distinct folded syllable, title and body scored as one field (BM25F)
    assertTrue(longQuery.contains("CombinedFieldQuery((body_folded title_folded"), longQuery);
    assertTrue(longQuery.contains(")(nhiet))") && longQuery.contains(")(ha))"), longQuery);
    assertEquals(1, longQuery.split("\\)\\(nhiet\\)\\)", -1).length - 1, longQuery);
    // a short query needs all its words and ranks by them only
    String shortQuery =
        ArticleSearcher.queryParser().plan("Hà Nội giảm", true, null).query().toString();
    assertTrue(!shortQuery.contains("CombinedFieldQuery"), shortQuery);
  }

  @Test
  void aWordTypedWithMarksMatchesOnlyItsMarkedSpelling() throws Exception {
    String typed = ArticleSearcher.queryParser().plan("bạn bè", true, null).query().toString();
    String restored = ArticleSearcher.queryParser().plan("ban be", true, null).query().toString();
    assertTrue(!typed.contains("body_folded:\"ban be\""), typed);
    assertTrue(restored.contains("(body_folded:\"ban be\")^0.5"), restored);
    // text written without diacritics is found by a query written without them
    assertEquals(List.of("ban-be"), ids("bạn bè"));
    assertEquals(Set.of("ban-be", "khong-dau"), idSet("ban be"));
  }

  @Test
  void highlightQueryKeepsTheFieldAndItsTwinAndDropsExcludedWords() {
    QueryPlan plan = ArticleSearcher.queryParser().plan("+đàm phán -Hà Nội", false, null);
    Set<String> fields = new java.util.TreeSet<>();
    Set<String> terms = new java.util.TreeSet<>();
    plan.highlightQuery("body", false)
        .visit(
            new org.apache.lucene.search.QueryVisitor() {
              @Override
              public void consumeTerms(Query query, org.apache.lucene.index.Term... ts) {
                for (org.apache.lucene.index.Term t : ts) {
                  fields.add(t.field());
                  terms.add(t.text());
                }
              }

              @Override
              public org.apache.lucene.search.QueryVisitor getSubVisitor(
                  org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
                assertTrue(occur != org.apache.lucene.search.BooleanClause.Occur.MUST_NOT);
                return this;
              }
            });
    assertEquals(Set.of("body", "body_folded"), fields);
    assertTrue(
        terms.contains("đàm") && terms.contains("dam") && terms.contains("phán"), "" + terms);
    assertTrue(!terms.contains("hà_nội") && !terms.contains("ha_noi"), "" + terms);
  }

  @Test
  void seedLikeQueriesAgreeWithAndWithoutDiacritics() throws Exception {
    assertEquals(idSet("đàm phán"), idSet("dam phan"));
    assertEquals(idSet("đàm phán"), idSet("DAM PHAN"));
  }
}
