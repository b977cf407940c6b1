package io.github.vnsearch.opensearch;

import static org.opensearch.common.xcontent.XContentFactory.jsonBuilder;
import static org.opensearch.test.hamcrest.OpenSearchAssertions.assertHitCount;

import io.github.vnsearch.analysis.vi.VietnameseAnalyzer;
import io.github.vnsearch.analysis.vi.VietnameseFoldingFilter;
import io.github.vnsearch.analysis.vi.VietnameseNormalizationCharFilter;
import io.github.vnsearch.analysis.vi.VietnameseStopFilter;
import io.github.vnsearch.analysis.vi.VietnameseStopWords;
import io.github.vnsearch.analysis.vi.VietnameseTokenizer;
import io.github.vnsearch.analysis.vi.VietnameseTokenizer.Mode;
import io.github.vnsearch.analysis.vi.dict.UserDictionary;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.opensearch.action.admin.indices.analyze.AnalyzeAction;
import org.opensearch.action.admin.indices.create.CreateIndexRequestBuilder;
import org.opensearch.action.bulk.BulkRequestBuilder;
import org.opensearch.action.bulk.BulkResponse;
import org.opensearch.action.search.SearchResponse;
import org.opensearch.action.support.WriteRequest;
import org.opensearch.common.settings.Settings;
import org.opensearch.common.xcontent.XContentHelper;
import org.opensearch.common.xcontent.XContentType;
import org.opensearch.core.xcontent.XContentBuilder;
import org.opensearch.env.Environment;
import org.opensearch.index.mapper.MapperExtrasModulePlugin;
import org.opensearch.index.query.QueryBuilders;
import org.opensearch.plugins.Plugin;
import org.opensearch.search.SearchHit;
import org.opensearch.search.aggregations.AggregationBuilders;
import org.opensearch.search.aggregations.bucket.histogram.DateHistogramInterval;
import org.opensearch.search.aggregations.bucket.histogram.Histogram;
import org.opensearch.search.fetch.subphase.highlight.HighlightBuilder;
import org.opensearch.search.fetch.subphase.highlight.HighlightField;
import org.opensearch.test.OpenSearchSingleNodeTestCase;

/**
 * The plugin on one in-process node: every component through {@code _analyze} gives exactly the
 * tokens of analysis-vi used directly; an index with offsets, highlighting and a date histogram;
 * headlines completed as they are typed ({@code search_as_you_type}).
 */
public class VietnameseAnalysisSingleNodeTests extends OpenSearchSingleNodeTestCase {

  /** News-style sentences written for this test: names, numbers, a date, old-style tone marks. */
  private static final String TEXT =
      "Thủ tướng đã tiếp Đại sứ Nhật Bản tại Hà Nội hôm 15/8, bàn về hợp tác kinh tế và giáo dục."
          + " Giá xăng tăng 3,5% trong tháng này; người dân lo lắng về chi phí sinh hoạt.";

  @Override
  protected Collection<Class<? extends Plugin>> getPlugins() {
    // mapper-extras: search_as_you_type, a module of every OpenSearch distribution.
    return List.of(VietnameseAnalysisPlugin.class, MapperExtrasModulePlugin.class);
  }

  public void testTokenizerMatchesAnalysisVi() throws Exception {
    for (Mode mode : Mode.values()) {
      for (boolean discardPunctuation : new boolean[] {true, false}) {
        AnalyzeAction.Response response =
            analyze()
                .setTokenizer(
                    Map.of(
                        "type",
                        "vi_tokenizer",
                        "mode",
                        mode.name().toLowerCase(java.util.Locale.ROOT),
                        "discard_punctuation",
                        discardPunctuation))
                .setText(TEXT)
                .get();
        Analyzer direct =
            analyzer(
                () ->
                    new VietnameseTokenizer(
                        TokenStream.DEFAULT_TOKEN_ATTRIBUTE_FACTORY,
                        null,
                        mode,
                        discardPunctuation),
                Function.identity());
        List<String> expected = TokenLists.of(direct, TEXT);
        assertEquals(mode + " " + discardPunctuation, expected, TokenLists.of(response));
      }
    }
    // The default is MIXED: multi-syllable words spanning their syllables, then the syllables.
    List<String> mixed = TokenLists.of(analyze().setTokenizer("vi_tokenizer").setText(TEXT).get());
    assertTrue(
        mixed.toString(), mixed.stream().anyMatch(t -> t.contains("_") && t.contains("+2:")));
    assertTrue(mixed.toString(), mixed.stream().anyMatch(t -> t.startsWith("Nội[")));
  }

  public void testCharFilterMatchesAnalysisVi() throws Exception {
    // Decomposed (NFD) input with old-style tone placement.
    String text = Normalizer.normalize("Hoà bình và thuỷ lợi ở Quảng Trị", Normalizer.Form.NFD);
    AnalyzeAction.Response response =
        analyze()
            .addCharFilter("vi_normalization")
            .setTokenizer("vi_tokenizer")
            .setText(text)
            .get();
    Analyzer direct =
        new Analyzer() {
          @Override
          protected Reader initReader(String fieldName, Reader reader) {
            return new VietnameseNormalizationCharFilter(reader);
          }

          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            return new TokenStreamComponents(new VietnameseTokenizer());
          }
        };
    assertEquals(TokenLists.of(direct, text), TokenLists.of(response));
    // Offsets point into the original, longer NFD text.
    AnalyzeAction.AnalyzeToken last = response.getTokens().get(response.getTokens().size() - 1);
    assertEquals(text.length(), last.getEndOffset());
  }

  public void testFoldingFilterMatchesAnalysisVi() throws Exception {
    for (boolean preserveOriginal : new boolean[] {false, true}) {
      AnalyzeAction.Response response =
          analyze()
              .setTokenizer("vi_tokenizer")
              .addTokenFilter(Map.of("type", "vi_folding", "preserve_original", preserveOriginal))
              .setText(TEXT)
              .get();
      Analyzer direct =
          analyzer(
              VietnameseTokenizer::new, in -> new VietnameseFoldingFilter(in, preserveOriginal));
      assertEquals(TokenLists.of(direct, TEXT), TokenLists.of(response));
    }
    List<String> folded =
        TokenLists.of(
            analyze().setTokenizer("standard").addTokenFilter("vi_folding").setText(TEXT).get());
    assertTrue(folded.toString(), folded.get(0).startsWith("Thu["));
  }

  public void testStopFilterMatchesAnalysisVi() throws Exception {
    AnalyzeAction.Response response =
        analyze()
            .setTokenizer("vi_tokenizer")
            .addTokenFilter("lowercase")
            .addTokenFilter("vi_stop")
            .setText(TEXT)
            .get();
    Analyzer direct =
        analyzer(
            VietnameseTokenizer::new,
            in ->
                new VietnameseStopFilter(
                    new LowerCaseFilter(in), VietnameseStopWords.defaultSet()));
    List<String> expected = TokenLists.of(direct, TEXT);
    assertEquals(expected, TokenLists.of(response));
    assertFalse(expected.toString(), expected.stream().anyMatch(t -> t.startsWith("và[")));
    AnalyzeAction.Response named =
        analyze()
            .setTokenizer("vi_tokenizer")
            .addTokenFilter("lowercase")
            .addTokenFilter(Map.of("type", "vi_stop", "stopwords", "_vietnamese_"))
            .setText(TEXT)
            .get();
    assertEquals(expected, TokenLists.of(named));

    // In the mixed graph the "sự" of "sự_kiện" stays (the phrase "sự kiện" must still match the
    // syllables), while the stand-alone "và" goes.
    AnalyzeAction.Response mixed =
        analyze()
            .setTokenizer("vi_tokenizer")
            .addTokenFilter("lowercase")
            .addTokenFilter("vi_stop")
            .setText("Sự kiện và hội nghị")
            .get();
    assertEquals(List.of("sự_kiện", "sự", "kiện", "hội_nghị", "hội", "nghị"), terms(mixed));

    // An explicit list (words normalized like the text: old-style "hoà" removes "hòa").
    AnalyzeAction.Response custom =
        analyze()
            .addCharFilter("vi_normalization")
            .setTokenizer(Map.of("type", "vi_tokenizer", "mode", "syllables"))
            .addTokenFilter(Map.of("type", "vi_stop", "stopwords", List.of("hoà", "bình")))
            .setText("hòa bình và phát triển")
            .get();
    assertEquals(List.of("và", "phát", "triển"), terms(custom));
    AnalyzeAction.Response none =
        analyze()
            .setTokenizer(Map.of("type", "vi_tokenizer", "mode", "syllables"))
            .addTokenFilter(Map.of("type", "vi_stop", "stopwords", "_none_"))
            .setText("hòa bình và phát triển")
            .get();
    assertEquals(List.of("hòa", "bình", "và", "phát", "triển"), terms(none));
  }

  public void testAnalyzersMatchAnalysisVi() throws Exception {
    Map<String, Analyzer> analyzers = new LinkedHashMap<>();
    analyzers.put("vietnamese", new VietnameseAnalyzer());
    analyzers.put("vietnamese_folding", new VietnameseAnalyzer(Mode.MIXED, true));
    String nfd = Normalizer.normalize(TEXT, Normalizer.Form.NFD);
    for (Map.Entry<String, Analyzer> entry : analyzers.entrySet()) {
      for (String text : List.of(TEXT, nfd)) {
        AnalyzeAction.Response response = analyze().setAnalyzer(entry.getKey()).setText(text).get();
        assertEquals(
            entry.getKey(), TokenLists.of(entry.getValue(), text), TokenLists.of(response));
      }
    }
    List<String> folded = terms(analyze().setAnalyzer("vietnamese_folding").setText(TEXT).get());
    assertTrue(folded.toString(), folded.containsAll(List.of("noi", "giao", "duc")));
    for (String term : folded) {
      assertEquals(folded.toString(), VietnameseFoldingFilter.fold(term), term);
    }
  }

  public void testAnalyzerSettingsAndUserDictionary() throws Exception {
    String words = "# words the system dictionary does not know\nbánh mì chảo\n";
    Environment env = getInstanceFromNode(Environment.class);
    Files.createDirectories(env.configDir());
    Files.writeString(env.configDir().resolve("vi-user.txt"), words, StandardCharsets.UTF_8);
    Settings settings =
        Settings.builder()
            .put("analysis.analyzer.vi_words.type", "vietnamese")
            .put("analysis.analyzer.vi_words.mode", "words")
            .putList("analysis.analyzer.vi_words.stopwords", "_none_")
            .put("analysis.analyzer.vi_words.user_dictionary", "vi-user.txt")
            .put("analysis.tokenizer.vi_user.type", "vi_tokenizer")
            .put("analysis.tokenizer.vi_user.user_dictionary", "vi-user.txt")
            .put("analysis.filter.vi_stop_file.type", "vi_stop")
            .put("analysis.filter.vi_stop_file.stopwords_path", "vi-stop.txt")
            .put("analysis.normalizer.vi_keyword.type", "custom")
            .putList("analysis.normalizer.vi_keyword.char_filter", "vi_normalization")
            .putList("analysis.normalizer.vi_keyword.filter", "lowercase", "vi_folding")
            .build();
    Files.writeString(
        env.configDir().resolve("vi-stop.txt"), "sáng\nnay\n", StandardCharsets.UTF_8);
    createIndex("dict", settings);
    String text = "Sáng nay tôi ăn bánh mì chảo ở Sài Gòn";
    UserDictionary userDictionary = UserDictionary.open(new StringReader(words));
    Analyzer direct =
        new VietnameseAnalyzer(Mode.WORDS, CharArraySet.EMPTY_SET, false, userDictionary);
    AnalyzeAction.Response response =
        client().admin().indices().prepareAnalyze("dict", text).setAnalyzer("vi_words").get();
    assertEquals(TokenLists.of(direct, text), TokenLists.of(response));
    assertTrue(terms(response).toString(), terms(response).contains("bánh_mì_chảo"));

    AnalyzeAction.Response tokenizer =
        client().admin().indices().prepareAnalyze("dict", text).setTokenizer("vi_user").get();
    Analyzer directTokenizer =
        analyzer(
            () ->
                new VietnameseTokenizer(
                    TokenStream.DEFAULT_TOKEN_ATTRIBUTE_FACTORY, userDictionary, Mode.MIXED, true),
            Function.identity());
    assertEquals(TokenLists.of(directTokenizer, text), TokenLists.of(tokenizer));

    AnalyzeAction.Response stopFile =
        client()
            .admin()
            .indices()
            .prepareAnalyze("dict", text)
            .setTokenizer(Map.of("type", "vi_tokenizer", "mode", "syllables"))
            .addTokenFilter("lowercase")
            .addTokenFilter("vi_stop_file")
            .get();
    assertEquals(List.of("tôi", "ăn", "bánh", "mì", "chảo", "ở", "sài", "gòn"), terms(stopFile));

    // A keyword normalizer: one token, normalized and folded (old-style "Hoà" in NFD).
    String category = Normalizer.normalize("Thời sự - Hoà Bình", Normalizer.Form.NFD);
    AnalyzeAction.Response keyword =
        client()
            .admin()
            .indices()
            .prepareAnalyze("dict", category)
            .setNormalizer("vi_keyword")
            .get();
    assertEquals(List.of("thoi su - hoa binh"), terms(keyword));
  }

  public void testBadSettingsFailIndexCreation() {
    assertBadSettings(
        Settings.builder()
            .put("analysis.tokenizer.t.type", "vi_tokenizer")
            .put("analysis.tokenizer.t.mode", "sentences"),
        "vi_tokenizer [t]: [mode] must be words, syllables or mixed, got [sentences]");
    assertBadSettings(
        Settings.builder()
            .put("analysis.filter.f.type", "vi_folding")
            .put("analysis.filter.f.preserve_orignal", true),
        "vi_folding [f]: unknown setting(s) [preserve_orignal]; supported: [preserve_original]");
    assertBadSettings(
        Settings.builder()
            .put("analysis.filter.f.type", "vi_folding")
            .put("analysis.filter.f.preserve_original", "yes"),
        "vi_folding [f]: [preserve_original] must be true or false, got [yes]");
    assertBadSettings(
        Settings.builder()
            .put("analysis.tokenizer.t.type", "vi_tokenizer")
            .put("analysis.tokenizer.t.user_dictionary", "missing-words.txt"),
        "vi_tokenizer [t]: [user_dictionary] file not found: ");
    assertBadSettings(
        Settings.builder()
            .put("analysis.analyzer.a.type", "vietnamese_folding")
            .put("analysis.analyzer.a.stopwords_path", "missing-stopwords.txt"),
        "vietnamese_folding [a]: ");
  }

  private void assertBadSettings(Settings.Builder analysis, String expectedMessage) {
    IllegalArgumentException e =
        expectThrows(
            IllegalArgumentException.class,
            () -> client().admin().indices().prepareCreate("bad").setSettings(analysis).get());
    assertTrue(e.getMessage(), e.getMessage().startsWith(expectedMessage));
  }

  public void testIndexHighlightAndDateHistogram() throws Exception {
    XContentBuilder mapping =
        jsonBuilder()
            .startObject()
            .startObject("properties")
            .startObject("body")
            .field("type", "text")
            .field("analyzer", "vietnamese")
            .field("index_options", "offsets")
            .startObject("fields")
            .startObject("folded")
            .field("type", "text")
            .field("analyzer", "vietnamese_folding")
            .field("index_options", "offsets")
            .endObject()
            .endObject()
            .endObject()
            .startObject("date")
            .field("type", "date")
            .endObject()
            .endObject()
            .endObject();
    // Not createIndex(String, Settings, XContentBuilder): OpenSearch 3.0 lacks it.
    createIndex("news", client().admin().indices().prepareCreate("news").setMapping(mapping));
    String[][] docs = {
      {"2024-03-04", "Bộ Giáo dục công bố phương án thi tốt nghiệp năm nay."},
      {"2024-03-19", "Hà Nội mở thêm tuyến xe buýt điện nối trung tâm với sân bay Nội Bài."},
      {"2024-04-02", "Ngành giáo dục Hà Nội tuyển thêm giáo viên cho các trường ngoại thành."},
      {"2024-05-27", "Giá lúa gạo miền Tây tăng nhẹ sau đợt mưa lớn."},
    };
    for (int i = 0; i < docs.length; i++) {
      client()
          .prepareIndex("news")
          .setId(Integer.toString(i))
          .setSource("date", docs[i][0], "body", docs[i][1])
          .get();
    }
    client().admin().indices().prepareRefresh("news").get();

    // With diacritics on the exact field; without them on the folded one.
    SearchResponse exact =
        client()
            .prepareSearch("news")
            .setQuery(QueryBuilders.matchPhraseQuery("body", "giáo dục"))
            .highlighter(new HighlightBuilder().field("body").highlighterType("unified"))
            .get();
    assertHitCount(exact, 2);
    for (SearchHit hit : exact.getHits()) {
      HighlightField field = hit.getHighlightFields().get("body");
      String fragment = field.fragments()[0].string();
      List<String> marked = new ArrayList<>();
      Matcher m = Pattern.compile("<em>(.*?)</em>").matcher(fragment);
      while (m.find()) {
        marked.add(m.group(1).toLowerCase(java.util.Locale.ROOT));
      }
      assertFalse(fragment, marked.isEmpty());
      for (String text : marked) {
        assertTrue(fragment, List.of("giáo dục", "giáo", "dục").contains(text));
      }
    }
    SearchResponse unaccented =
        client()
            .prepareSearch("news")
            .setQuery(QueryBuilders.matchPhraseQuery("body.folded", "giao duc"))
            .highlighter(new HighlightBuilder().field("body.folded").highlighterType("unified"))
            .get();
    assertHitCount(unaccented, 2);
    assertTrue(
        unaccented
            .getHits()
            .getAt(0)
            .getHighlightFields()
            .get("body.folded")
            .fragments()[0]
            .string()
            .contains("<em>"));
    assertHitCount(
        client()
            .prepareSearch("news")
            .setQuery(QueryBuilders.matchPhraseQuery("body", "giao duc"))
            .get(),
        0);
    // The syllable "Nội" alone finds both "Hà Nội" articles and "Nội Bài" (MIXED indexing).
    assertHitCount(
        client().prepareSearch("news").setQuery(QueryBuilders.matchQuery("body", "Nội")).get(), 2);

    SearchResponse histogram =
        client()
            .prepareSearch("news")
            .setSize(0)
            .addAggregation(
                AggregationBuilders.dateHistogram("months")
                    .field("date")
                    .calendarInterval(DateHistogramInterval.MONTH)
                    .format("yyyy-MM"))
            .get();
    Histogram months = histogram.getAggregations().get("months");
    Map<String, Long> counts = new LinkedHashMap<>();
    for (Histogram.Bucket bucket : months.getBuckets()) {
      counts.put(bucket.getKeyAsString(), bucket.getDocCount());
    }
    assertEquals(Map.of("2024-03", 2L, "2024-04", 1L, "2024-05", 1L), counts);
  }

  /**
   * An index of headlines completed as they are typed (the documentation shows the same JSON):
   * {@code title} is a {@code search_as_you_type} field over folded syllables, {@code
   * title.accented} its twin keeping the marks. Syllables mode: shingles over the default mixed
   * graph come out wrong (see {@link #testSearchAsYouTypeNeedsSyllables}). No stop words: every
   * typed syllable counts.
   */
  private static final String SUGGEST_INDEX =
      """
      {
        "settings": {
          "analysis": {
            "analyzer": {
              "vi_suggest_folded": {
                "type": "vietnamese_folding",
                "mode": "syllables",
                "stopwords": "_none_"
              },
              "vi_suggest": { "type": "vietnamese", "mode": "syllables", "stopwords": "_none_" }
            }
          }
        },
        "mappings": {
          "properties": {
            "title": {
              "type": "search_as_you_type",
              "analyzer": "vi_suggest_folded",
              "fields": {
                "accented": { "type": "search_as_you_type", "analyzer": "vi_suggest" }
              }
            }
          }
        }
      }
      """;

  /** The query of a search box for the text typed so far ({@code %s}). */
  private static final String SUGGEST_QUERY =
      """
      {
        "multi_match": {
          "query": "%s",
          "type": "bool_prefix",
          "fields": [
            "title", "title._2gram", "title._3gram",
            "title.accented", "title.accented._2gram", "title.accented._3gram"
          ]
        }
      }
      """;

  public void testSearchAsYouType() throws Exception {
    createIndex("headlines", createRequest("headlines", SUGGEST_INDEX));
    String[] titles = {
      "Đàm phán hòa bình ở Trung Đông bước sang vòng thứ ba",
      "Dám phản biện, nhiều đại biểu trẻ được cử tri ghi nhận",
      "Đảm bảo đủ điện cho mùa khô, ngành điện phát thêm nguồn",
      "Nguyễn Thị Hồng Nhung giành huy chương vàng điền kinh",
      "Nguy cơ sạt lở đất ở các tỉnh miền Trung",
      "Hà Nội mở thêm tuyến xe buýt điện đến sân bay Nội Bài",
      "Hà Tĩnh: nông dân trúng mùa lúa xuân",
      "Hạ nhiệt giá vàng sau chuỗi ngày tăng mạnh",
    };
    BulkRequestBuilder bulk =
        client().prepareBulk().setRefreshPolicy(WriteRequest.RefreshPolicy.IMMEDIATE);
    for (int i = 0; i < titles.length; i++) {
      bulk.add(
          client()
              .prepareIndex("headlines")
              .setId(Integer.toString(i))
              .setSource("title", titles[i]));
    }
    BulkResponse indexed = bulk.get();
    assertFalse(indexed.buildFailureMessage(), indexed.hasFailures());

    // Without marks, "dam p" completes both headlines starting "dam p…" once folded (equal
    // scores); "Đảm bảo … phát" has both syllables, not in a row, and comes after them.
    List<String> damP = suggest("dam p");
    assertEquals(damP.toString(), Set.of("0", "1"), Set.copyOf(damP.subList(0, 2)));
    assertEquals(damP.toString(), List.of("2"), damP.subList(2, damP.size()));
    // Typed marks rank the headline that has them first; the one whose marks disagree follows.
    assertEquals(List.of("0", "1", "2"), suggest("Đàm p"));
    assertEquals(List.of("1", "0", "2"), suggest("Dám p"));
    // A syllable typed halfway: "nguye" is "Nguyễn" only, not "Nguy cơ".
    assertEquals(List.of("3"), suggest("nguye"));
    // Telex keys as typed ("ee" for "ê") are not letters of the headline: nothing completes.
    assertEquals(List.of(), suggest("nguyeen"));
    // "Hà Nội" before "Hà Tĩnh: nông dân" (both syllables, not in a row) and "Hạ nhiệt" (one).
    assertEquals(List.of("5", "6", "7"), suggest("ha no"));
    assertEquals(List.of("5", "6", "7"), suggest("Hà Nộ"));
  }

  /** A create-index request with the body of a REST {@code PUT index} (settings and mappings). */
  @SuppressWarnings("unchecked")
  private CreateIndexRequestBuilder createRequest(String index, String json) {
    Map<String, Object> body =
        XContentHelper.convertToMap(XContentType.JSON.xContent(), json, false);
    return client()
        .admin()
        .indices()
        .prepareCreate(index)
        .setSettings((Map<String, Object>) body.get("settings"))
        .setMapping((Map<String, Object>) body.get("mappings"));
  }

  /** The ids of the headlines {@link #SUGGEST_QUERY} finds for the text typed, best first. */
  private List<String> suggest(String typed) {
    SearchResponse response =
        client()
            .prepareSearch("headlines")
            .setQuery(QueryBuilders.wrapperQuery(SUGGEST_QUERY.formatted(typed)))
            .get();
    List<String> ids = new ArrayList<>();
    for (SearchHit hit : response.getHits()) {
      ids.add(hit.getId());
    }
    return ids;
  }

  /**
   * The analyzers' default mode, mixed, gives a token graph (a word, then its syllables at the same
   * positions), which search_as_you_type's shingles do not take: a title of one two-syllable word
   * gets its first shingle at position -1, and Lucene refuses the document.
   */
  public void testSearchAsYouTypeNeedsSyllables() throws Exception {
    createIndex(
        "mixed",
        client()
            .admin()
            .indices()
            .prepareCreate("mixed")
            .setMapping("title", "type=search_as_you_type,analyzer=vietnamese_folding"));
    Exception e =
        expectThrows(
            Exception.class,
            () -> client().prepareIndex("mixed").setId("1").setSource("title", "Hà Nội").get());
    assertTrue(
        e.toString(),
        e.toString()
            .contains("first position increment must be > 0 (got 0) for field 'title._2gram'"));
  }

  private org.opensearch.action.admin.indices.analyze.AnalyzeRequestBuilder analyze() {
    return client().admin().indices().prepareAnalyze();
  }

  private static List<String> terms(AnalyzeAction.Response response) {
    List<String> terms = new ArrayList<>();
    for (AnalyzeAction.AnalyzeToken token : response.getTokens()) {
      terms.add(token.getTerm());
    }
    return terms;
  }

  private static Analyzer analyzer(
      java.util.function.Supplier<Tokenizer> tokenizer, Function<TokenStream, TokenStream> filter) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = tokenizer.get();
        return new TokenStreamComponents(source, filter.apply(source));
      }
    };
  }
}
