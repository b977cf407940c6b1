package io.github.vnsearch.elasticsearch;

import static io.github.vnsearch.elasticsearch.DirectAnalyzers.chain;
import static io.github.vnsearch.elasticsearch.DirectAnalyzers.lowerCaseAndStop;
import static io.github.vnsearch.elasticsearch.DirectAnalyzers.tokenizer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.vnsearch.analysis.vi.VietnameseAnalyzer;
import io.github.vnsearch.analysis.vi.VietnameseFoldingFilter;
import io.github.vnsearch.analysis.vi.VietnameseStopWords;
import io.github.vnsearch.analysis.vi.VietnameseTokenizer;
import io.github.vnsearch.analysis.vi.VietnameseTokenizer.Mode;
import io.github.vnsearch.analysis.vi.dict.UserDictionary;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A real node: the zip, with its descriptor set to {@code elasticsearch.version=8.19.0}, installed
 * with {@code bin/elasticsearch-plugin install} into the Elasticsearch 8.19 {@code integ-test-zip}
 * (the only Elasticsearch distribution on Maven Central; Lucene 9.12 there), started as the
 * unprivileged user running the build, then used over HTTP: {@code _analyze} with each component,
 * an index with exact and folded fields, searches with and without diacritics, and a bad setting.
 */
class ElasticsearchNodeIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private static Path home;
  private static Path run;
  private static ProcessHandle node;
  private static URI base;

  @BeforeAll
  static void installAndStart() throws Exception {
    boolean root = "root".equals(System.getProperty("user.name"));
    boolean ci = "true".equals(System.getenv("CI"));
    if (root && ci) {
      throw new IllegalStateException(
          "Elasticsearch refuses to run as root: CI must build as an unprivileged user (.ci/run)");
    }
    Assumptions.assumeFalse(
        root, "Elasticsearch refuses to run as root: this test runs as a normal user (.ci/run)");
    home = Path.of(System.getProperty("vnsearch.es.node.home"));
    assertTrue(Files.isDirectory(home.resolve("bin")), home + " is not an Elasticsearch home");
    run = Path.of(System.getProperty("java.io.tmpdir"), "es-node");
    TestFiles.deleteRecursively(run);
    TestFiles.deleteRecursively(home.resolve("plugins/analysis-vnsearch"));
    Files.createDirectories(run.resolve("tmp"));
    for (Path script : list(home.resolve("bin"))) {
      Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    Path zip = run.resolve("vnsearch-elasticsearch-8.19.zip");
    writeFor819(PluginZip.files(), zip);
    String installed =
        exec(List.of("bin/elasticsearch-plugin", "install", "--batch", zip.toUri().toString()));
    assertTrue(installed.contains("Installed analysis-vnsearch"), installed);

    int httpPort = freePort();
    Path pidFile = run.resolve("node.pid");
    // -d: the launcher returns once the node has started (or failed to).
    exec(
        List.of(
            "bin/elasticsearch",
            "-d",
            "-p",
            pidFile.toString(),
            "-E",
            "discovery.type=single-node",
            "-E",
            "cluster.name=vnsearch-test",
            "-E",
            "http.port=" + httpPort,
            "-E",
            "transport.port=" + freePort(),
            "-E",
            "xpack.security.enabled=false",
            "-E",
            "path.data=" + run.resolve("data"),
            "-E",
            "path.logs=" + run.resolve("logs")));
    node = ProcessHandle.of(Long.parseLong(Files.readString(pidFile).strip())).orElseThrow();
    Runtime.getRuntime().addShutdownHook(new Thread(node::destroy)); // if this JVM dies first
    base = URI.create("http://127.0.0.1:" + httpPort + "/");
  }

  @AfterAll
  static void stop() throws Exception {
    if (node != null) {
      node.destroy();
      node.onExit().get(60, TimeUnit.SECONDS);
    }
  }

  @Test
  void pluginIsInstalled() throws Exception {
    JsonNode plugins = request("GET", "_cat/plugins?format=json", null, 200);
    assertEquals("analysis-vnsearch", plugins.get(0).get("component").asText(), plugins.toString());
  }

  @Test
  void analyzeGivesAnalysisVisTokens() throws Exception {
    UserDictionary windPower = UserDictionary.open(new StringReader("điện gió"));
    Map<String, Analyzer> cases =
        Map.of(
            "{'analyzer': 'vietnamese'}",
            new VietnameseAnalyzer(),
            "{'analyzer': 'vietnamese_folding'}",
            new VietnameseAnalyzer(Mode.MIXED, true),
            "{'char_filter': ['vi_normalization'], 'tokenizer': 'vi_tokenizer'}",
            chain(true, VietnameseTokenizer::new, Function.identity()),
            "{'tokenizer': {'type': 'vi_tokenizer', 'mode': 'words', 'user_words': ['điện gió']}}",
            chain(false, tokenizer(Mode.WORDS, true, windPower), Function.identity()),
            "{'tokenizer': 'vi_tokenizer', 'filter': ['lowercase', 'vi_stop']}",
            chain(
                false,
                VietnameseTokenizer::new,
                in -> lowerCaseAndStop(in, VietnameseStopWords.defaultSet())),
            "{'tokenizer': 'vi_tokenizer', 'filter': [{'type': 'vi_folding', 'preserve_original':"
                + " true}]}",
            chain(false, VietnameseTokenizer::new, in -> new VietnameseFoldingFilter(in, true)));
    for (Map.Entry<String, Analyzer> entry : cases.entrySet()) {
      for (String text : VietnameseTexts.ALL) {
        ObjectNode body = (ObjectNode) JSON.readTree(entry.getKey().replace('\'', '"'));
        body.put("text", text);
        JsonNode response = request("POST", "_analyze", body.toString(), 200);
        List<String> tokens = new ArrayList<>();
        for (JsonNode token : response.get("tokens")) {
          tokens.add(
              TokenLists.format(
                  token.get("token").asText(),
                  token.get("start_offset").asInt(),
                  token.get("end_offset").asInt(),
                  token.get("position").asInt(),
                  token.path("positionLength").asInt(1),
                  token.get("type").asText()));
        }
        assertEquals(TokenLists.of(entry.getValue(), text), tokens, entry.getKey() + " " + text);
      }
    }
  }

  @Test
  void searchesWithAndWithoutDiacritics() throws Exception {
    request(
        "PUT",
        "news",
        """
        {
          "settings": {
            "number_of_replicas": 0,
            "analysis": {
              "analyzer": {
                "vi_exact": { "type": "vietnamese", "user_words": ["điện gió", "điện mặt trời 10"] },
                "vi_folded": { "type": "vietnamese_folding", "user_words": ["điện gió", "điện mặt trời 10"] }
              }
            }
          },
          "mappings": {
            "properties": {
              "body": {
                "type": "text",
                "analyzer": "vi_exact",
                "fields": { "folded": { "type": "text", "analyzer": "vi_folded" } }
              }
            }
          }
        }
        """,
        200);
    String[] docs = {
      VietnameseTexts.WIND_POWER,
      "Gió mùa đông bắc tràn về, Bạc Liêu trời lạnh và mưa nhỏ.",
      "Tỉnh Ninh Thuận xây thêm nhà máy điện mặt trời gần biển."
    };
    for (int i = 0; i < docs.length; i++) {
      ObjectNode doc = JSON.createObjectNode().put("body", docs[i]);
      request("PUT", "news/_doc/" + i + "?refresh=true", doc.toString(), 201);
    }
    assertEquals(
        List.of("0"),
        search("{'match': {'body.folded': {'query': 'dien gio bac lieu', 'operator': 'and'}}}"));
    assertEquals(List.of("0"), search("{'match_phrase': {'body': 'điện gió'}}"));
    assertEquals(List.of(), search("{'match_phrase': {'body': 'dien gio'}}"));
    assertEquals(List.of("2"), search("{'match_phrase': {'body.folded': 'dien mat troi'}}"));
  }

  @Test
  void badSettingIsRefusedWithItsMessage() throws Exception {
    JsonNode error =
        request(
            "PUT",
            "bad",
            "{\"settings\": {\"analysis\": {\"tokenizer\": {\"t\": {\"type\": \"vi_tokenizer\","
                + " \"mode\": \"fast\"}}}}}",
            500);
    JsonNode cause = error.get("error");
    while (cause.has("caused_by")) {
      cause = cause.get("caused_by");
    }
    assertEquals(
        "vi_tokenizer: [mode] must be words, syllables or mixed, got [fast]",
        cause.get("reason").asText(),
        error.toString());
  }

  /** The ids of the hits of a query (single quotes for double quotes), best first. */
  private static List<String> search(String query) throws Exception {
    JsonNode response =
        request("POST", "news/_search", "{\"query\": " + query.replace('\'', '"') + "}", 200);
    List<String> ids = new ArrayList<>();
    for (JsonNode hit : response.get("hits").get("hits")) {
      ids.add(hit.get("_id").asText());
    }
    return ids;
  }

  private static JsonNode request(String method, String path, String body, int status)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60));
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }
    HttpResponse<String> response =
        HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertEquals(status, response.statusCode(), method + " " + path + ": " + response.body());
    return JSON.readTree(response.body());
  }

  /** The zip as built, but for Elasticsearch 8.19: only the descriptor's version differs. */
  private static void writeFor819(Map<String, byte[]> files, Path zip) throws IOException {
    try (OutputStream out = Files.newOutputStream(zip);
        ZipOutputStream entries = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> file : files.entrySet()) {
        byte[] content = file.getValue();
        if (file.getKey().equals("stable-plugin-descriptor.properties")) {
          String descriptor = new String(content, StandardCharsets.ISO_8859_1);
          assertTrue(descriptor.contains("\nelasticsearch.version=9.0.0\n"), descriptor);
          content =
              descriptor
                  .replace("\nelasticsearch.version=9.0.0\n", "\nelasticsearch.version=8.19.0\n")
                  .getBytes(StandardCharsets.ISO_8859_1);
        }
        entries.putNextEntry(new ZipEntry(file.getKey()));
        entries.write(content);
        entries.closeEntry();
      }
    }
  }

  /** Runs a command of the Elasticsearch home on this JVM's JDK; fails unless it succeeds. */
  private static String exec(List<String> command) throws Exception {
    Path log = Files.createTempFile(run, "exec", ".log");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(home.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().put("ES_JAVA_HOME", System.getProperty("java.home"));
    builder.environment().put("ES_JAVA_OPTS", "-Xms512m -Xmx512m");
    builder.environment().put("ES_TMPDIR", run.resolve("tmp").toString());
    Process process = builder.start();
    boolean done = process.waitFor(5, TimeUnit.MINUTES);
    if (!done) {
      process.destroyForcibly();
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertTrue(done && process.exitValue() == 0, String.join(" ", command) + " failed:\n" + output);
    return output;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static List<Path> list(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(Files::isRegularFile).toList();
    }
  }
}
