package io.github.vnsearch.opensearch;

import static org.opensearch.common.xcontent.XContentFactory.jsonBuilder;
import static org.opensearch.test.hamcrest.OpenSearchAssertions.assertAcked;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.AccessController;
import java.security.PrivilegedActionException;
import java.security.PrivilegedExceptionAction;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import org.opensearch.action.bulk.BulkRequestBuilder;
import org.opensearch.action.bulk.BulkResponse;
import org.opensearch.action.search.SearchResponse;
import org.opensearch.action.support.WriteRequest;
import org.opensearch.cluster.ClusterState;
import org.opensearch.cluster.routing.IndexShardRoutingTable;
import org.opensearch.cluster.routing.ShardRouting;
import org.opensearch.common.settings.Settings;
import org.opensearch.common.unit.TimeValue;
import org.opensearch.common.xcontent.XContentHelper;
import org.opensearch.common.xcontent.json.JsonXContent;
import org.opensearch.core.xcontent.XContentBuilder;
import org.opensearch.index.query.QueryBuilder;
import org.opensearch.index.query.QueryBuilders;
import org.opensearch.plugins.Plugin;
import org.opensearch.search.SearchHit;
import org.opensearch.search.aggregations.AggregationBuilders;
import org.opensearch.search.aggregations.bucket.histogram.DateHistogramInterval;
import org.opensearch.search.aggregations.bucket.histogram.Histogram;
import org.opensearch.test.OpenSearchIntegTestCase;
import org.opensearch.test.OpenSearchIntegTestCase.ClusterScope;
import org.opensearch.test.OpenSearchIntegTestCase.Scope;

/**
 * The plugin on a real three-node cluster: real news articles in three shards with a replica each,
 * searched with and without diacritics and counted per month, before and after a data node
 * restarts.
 */
@ClusterScope(
    scope = Scope.SUITE,
    numDataNodes = 3,
    numClientNodes = 0,
    supportsDedicatedMasters = false)
public class VietnameseClusterTests extends OpenSearchIntegTestCase {

  private static final String INDEX = "news";

  /** Every n-th dated article of the corpus, to span its categories. */
  private static final int STRIDE = 10;

  private static final TimeValue GREEN_TIMEOUT = TimeValue.timeValueMinutes(3);

  @Override
  protected Collection<Class<? extends Plugin>> nodePlugins() {
    return List.of(VietnameseAnalysisPlugin.class);
  }

  public void testSearchSurvivesDataNodeRestart() throws Exception {
    List<Map<String, Object>> articles = readArticlesPrivileged();
    assertTrue("articles read: " + articles.size(), articles.size() >= 200);
    createNewsIndex();
    BulkRequestBuilder bulk =
        client().prepareBulk().setRefreshPolicy(WriteRequest.RefreshPolicy.IMMEDIATE);
    for (Map<String, Object> article : articles) {
      bulk.add(
          client()
              .prepareIndex(INDEX)
              .setId((String) article.get("id"))
              .setSource(
                  Map.of(
                      "body", article.get("body"),
                      "category", article.get("category"),
                      "date", article.get("date"))));
    }
    BulkResponse response = bulk.get();
    assertFalse(response.buildFailureMessage(), response.hasFailures());
    ensureGreen(GREEN_TIMEOUT, INDEX);
    logger.info("shard layout before restart: {}", shardLayout());

    Answers before = answers();
    logger.info(
        "{} articles; 'học sinh' on body: {} hits, 'hoc sinh' on body.folded: {}, on body: {};"
            + " months: {}",
        before.total,
        before.accented.size(),
        before.unaccented.size(),
        before.unaccentedOnExactField.size(),
        before.months);
    assertEquals(articles.size(), before.total);
    assertFalse("no article has 'học sinh'", before.accented.isEmpty());
    assertTrue(before.unaccented.containsAll(before.accented));
    assertTrue(before.unaccentedOnExactField.size() < before.unaccented.size());
    assertEquals(monthCounts(articles), before.months);

    internalCluster().restartRandomDataNode();
    ensureGreen(GREEN_TIMEOUT, INDEX);
    logger.info("shard layout after restart: {}", shardLayout());
    assertEquals(before, answers());
  }

  private void createNewsIndex() throws IOException {
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
            .endObject()
            .endObject()
            .endObject()
            .startObject("category")
            .field("type", "keyword")
            .endObject()
            .startObject("date")
            .field("type", "date")
            .endObject()
            .endObject()
            .endObject();
    assertAcked(
        client()
            .admin()
            .indices()
            .prepareCreate(INDEX)
            .setSettings(
                Settings.builder()
                    .put("index.number_of_shards", 3)
                    .put("index.number_of_replicas", 1))
            .setMapping(mapping));
  }

  /** What the searches answer; equal before and after the restart. */
  private record Answers(
      long total,
      Set<String> accented,
      Set<String> unaccented,
      Set<String> unaccentedOnExactField,
      Map<String, Long> months) {}

  private Answers answers() {
    SearchResponse histogram =
        client()
            .prepareSearch(INDEX)
            .setSize(0)
            .setTrackTotalHits(true)
            .addAggregation(
                AggregationBuilders.dateHistogram("months")
                    .field("date")
                    .calendarInterval(DateHistogramInterval.MONTH)
                    .format("yyyy-MM")
                    .minDocCount(1))
            .get();
    Map<String, Long> months = new TreeMap<>();
    Histogram agg = histogram.getAggregations().get("months");
    for (Histogram.Bucket bucket : agg.getBuckets()) {
      months.put(bucket.getKeyAsString(), bucket.getDocCount());
    }
    return new Answers(
        histogram.getHits().getTotalHits().value(),
        ids(QueryBuilders.matchPhraseQuery("body", "học sinh")),
        ids(QueryBuilders.matchPhraseQuery("body.folded", "hoc sinh")),
        ids(QueryBuilders.matchPhraseQuery("body", "hoc sinh")),
        months);
  }

  private Set<String> ids(QueryBuilder query) {
    SearchResponse response = client().prepareSearch(INDEX).setQuery(query).setSize(10_000).get();
    assertEquals(0, response.getFailedShards());
    Set<String> ids = new TreeSet<>();
    for (SearchHit hit : response.getHits()) {
      ids.add(hit.getId());
    }
    return ids;
  }

  /** Which node holds which copy of each shard, as {@code _cat/shards} would show it. */
  private String shardLayout() {
    ClusterState state = clusterService().state();
    List<String> copies = new ArrayList<>();
    for (IndexShardRoutingTable shard : state.routingTable().index(INDEX)) {
      Set<String> nodes = new TreeSet<>();
      for (ShardRouting copy : shard) {
        String node = state.nodes().get(copy.currentNodeId()).getName();
        copies.add(
            copy.shardId().id() + (copy.primary() ? "p" : "r") + "@" + node + "/" + copy.state());
        assertTrue("two copies of one shard on " + node, nodes.add(node));
      }
    }
    assertEquals(copies.toString(), 6, copies.size());
    return copies.toString();
  }

  private static Map<String, Long> monthCounts(List<Map<String, Object>> articles) {
    Map<String, Long> counts = new TreeMap<>();
    for (Map<String, Object> article : articles) {
      counts.merge(((String) article.get("date")).substring(0, 7), 1L, Long::sum);
    }
    return counts;
  }

  /**
   * {@link #readArticles} as privileged code: only this class's code base is granted the shared
   * directory (see plugin-security.policy in the test resources), not the test runner's frames
   * below it. The JDK's AccessController, not OpenSearch's {@code
   * org.opensearch.secure_sm.AccessController}, which 3.0 and 3.1 lack: the security agent honours
   * both.
   */
  @SuppressWarnings("removal")
  private static List<Map<String, Object>> readArticlesPrivileged() throws Exception {
    try {
      return AccessController.doPrivileged(
          (PrivilegedExceptionAction<List<Map<String, Object>>>)
              VietnameseClusterTests::readArticles);
    } catch (PrivilegedActionException e) {
      throw e.getException();
    }
  }

  /** Dated articles from the shared corpus (never committed; CI has it beside the checkout). */
  private static List<Map<String, Object>> readArticles() throws IOException {
    Path file =
        Path.of(System.getProperty("vnsearch.shared.dir"), "data", "news", "unc-dantri.jsonl.gz");
    assertTrue("missing " + file, Files.isRegularFile(file));
    List<Map<String, Object>> articles = new ArrayList<>();
    try (BufferedReader lines =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
      String line;
      int dated = 0;
      while ((line = lines.readLine()) != null) {
        Map<String, Object> article =
            XContentHelper.convertToMap(JsonXContent.jsonXContent, line, false);
        if (article.get("date") != null && dated++ % STRIDE == 0) {
          articles.add(article);
        }
      }
    }
    return articles;
  }
}
