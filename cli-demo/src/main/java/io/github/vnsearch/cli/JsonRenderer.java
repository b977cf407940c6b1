package io.github.vnsearch.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.vnsearch.core.article.IngestReport;
import io.github.vnsearch.core.index.IndexStats;
import io.github.vnsearch.core.search.FacetValue;
import io.github.vnsearch.core.search.Hit;
import io.github.vnsearch.core.search.SearchRequest;
import io.github.vnsearch.core.search.SearchResult;
import io.github.vnsearch.core.search.SnippetMarkers;
import io.github.vnsearch.core.suggest.Suggestion;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Machine-readable output: one JSON object per command, with the stable shapes documented in {@code
 * docs/command-line.md}. Field names and nesting only ever grow; they are never renamed.
 */
final class JsonRenderer implements Renderer {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

  private final PrintWriter out;

  JsonRenderer(PrintWriter out) {
    this.out = out;
  }

  /**
   * Matches are marked {@code [like this]} in JSON snippets, as documented in {@code
   * docs/command-line.md}.
   */
  @Override
  public SnippetMarkers markers() {
    return SnippetMarkers.BRACKETS;
  }

  @Override
  public void search(SearchRequest request, SearchResult result) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("query", request.query());
    root.put("restoredQuery", result.restoredQuery());
    root.put("total", result.total());
    ArrayNode hits = root.putArray("hits");
    for (Hit hit : result.hits()) {
      ObjectNode h = hits.addObject();
      h.put("id", hit.id());
      h.put("title", hit.title());
      h.put("date", hit.date() == null ? null : hit.date().toString());
      h.put("source", hit.source());
      h.put("url", hit.url());
      h.put("category", hit.category());
      if (Float.isNaN(hit.score())) {
        h.putNull("score");
      } else {
        h.put("score", hit.score());
      }
      ArrayNode snippets = h.putArray("snippets");
      hit.snippets().forEach(snippets::add);
    }
    ObjectNode facets = root.putObject("facets");
    facet(facets.putArray("date"), result.dateFacet());
    facet(facets.putArray("category"), result.categoryFacet());
    root.put("next", result.next());
    print(root);
  }

  private static void facet(ArrayNode array, List<FacetValue> values) {
    for (FacetValue v : values) {
      ObjectNode node = array.addObject();
      node.put("label", v.label());
      node.put("path", v.path());
      node.put("count", v.count());
    }
  }

  @Override
  public void indexSummary(IndexSummary s) {
    IngestReport r = s.report();
    ObjectNode root = MAPPER.createObjectNode();
    root.put("indexed", r.indexed());
    root.put("updated", r.updated());
    ArrayNode skipped = root.putArray("skipped");
    for (IngestReport.Skipped sk : r.skipped()) {
      ObjectNode node = skipped.addObject();
      node.put("path", sk.path());
      if (sk.line() > 0) {
        node.put("line", sk.line());
      } else {
        node.putNull("line");
      }
      node.put("reason", sk.reason());
    }
    root.put("seconds", Math.round(s.seconds() * 1000) / 1000.0);
    print(root);
  }

  @Override
  public void tokens(String text, List<TokenRow> tokens) {
    ObjectNode root = MAPPER.createObjectNode();
    ArrayNode array = root.putArray("tokens");
    for (TokenRow t : tokens) {
      ObjectNode node = array.addObject();
      node.put("term", t.term());
      node.put("type", t.type());
      node.put("start", t.start());
      node.put("end", t.end());
      node.put("positionIncrement", t.positionIncrement());
      node.put("positionLength", t.positionLength());
    }
    print(root);
  }

  @Override
  public void stats(StatsReport report) {
    IndexStats s = report.stats();
    ObjectNode root = MAPPER.createObjectNode();
    root.put("index", report.index().toString());
    root.put("documents", s.documents());
    root.put("firstDate", s.firstDate() == null ? null : s.firstDate().toString());
    root.put("lastDate", s.lastDate() == null ? null : s.lastDate().toString());
    facet(root.putArray("years"), report.years());
    root.put("sizeBytes", s.sizeInBytes());
    root.put("schemaVersion", s.schemaVersion());
    print(root);
  }

  /** {@code {"prefix", "suggestions": [{"text", "kind", "weight"}]}}. */
  @Override
  public void suggestions(String prefix, List<Suggestion> suggestions) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("prefix", prefix);
    ArrayNode array = root.putArray("suggestions");
    for (Suggestion s : suggestions) {
      array
          .addObject()
          .put("text", s.text())
          .put("kind", s.kind().label())
          .put("weight", s.weight());
    }
    print(root);
  }

  private void print(ObjectNode root) {
    try {
      out.println(MAPPER.writeValueAsString(root));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    out.flush();
  }
}
