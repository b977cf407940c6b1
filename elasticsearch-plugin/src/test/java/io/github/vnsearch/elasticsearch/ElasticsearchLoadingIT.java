package io.github.vnsearch.elasticsearch;

import static io.github.vnsearch.elasticsearch.DirectAnalyzers.chain;
import static io.github.vnsearch.elasticsearch.DirectAnalyzers.lowerCaseAndStop;
import static io.github.vnsearch.elasticsearch.DirectAnalyzers.tokenizer;
import static io.github.vnsearch.elasticsearch.DirectAnalyzers.words;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vnsearch.analysis.vi.VietnameseAnalyzer;
import io.github.vnsearch.analysis.vi.VietnameseFoldingFilter;
import io.github.vnsearch.analysis.vi.VietnameseStopWords;
import io.github.vnsearch.analysis.vi.VietnameseTokenizer;
import io.github.vnsearch.analysis.vi.VietnameseTokenizer.Mode;
import io.github.vnsearch.analysis.vi.dict.UserDictionary;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.lucene.analysis.CharArraySet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The built zip in each Elasticsearch version of {@code es-runtimes/}: a JVM started as a node is
 * (the version's jars on the module path) runs Elasticsearch's own install checks and loading code
 * on it ({@link ElasticsearchLoader}), then builds the analyzers of indices from their settings;
 * every component and analyzer must give exactly the tokens of analysis-vi used directly, and bad
 * settings must refuse the index with a message naming the component, setting and value.
 */
class ElasticsearchLoadingIT {

  private static final List<String> TEXTS = VietnameseTexts.ALL;

  private static final String PLUGIN_MODULE = "synthetic.analysis.vnsearch";

  static Stream<String> versions() throws IOException {
    try (Stream<Path> dirs = Files.list(runtimes())) {
      List<String> versions =
          dirs.filter(dir -> Files.isRegularFile(dir.resolve("pom.xml")))
              .map(dir -> dir.getFileName().toString())
              .sorted(Comparator.comparing(Runtime.Version::parse))
              .toList();
      assertFalse(versions.isEmpty(), "no Elasticsearch version in " + runtimes());
      return versions.stream();
    }
  }

  @ParameterizedTest(name = "Elasticsearch {0}")
  @MethodSource("versions")
  void loadsAndAnalyzesAsAnalysisVi(String version) throws Exception {
    LoadingRequests requests = requests();
    List<String> output = runLoader(version, requests);
    String[] loaded = output.get(0).split("\t");
    assertEquals("loaded", loaded[0], output.get(0));
    assertEquals(version, loaded[1], "the Elasticsearch that ran");
    assertEquals("analysis-vnsearch", loaded[3]);

    Map<String, LoadingRequests.Answer> answers = LoadingRequests.read(output);
    for (LoadingRequests.Index index : requests.indices()) {
      LoadingRequests.Answer answer = answers.get(index.name);
      assertNotNull(answer, "no answer for index " + index.name);
      if (index.expectedError != null) {
        assertNotNull(answer.error(), index.name + " was accepted");
        List<String> messages = Arrays.asList(answer.error().split(" \\| "));
        assertEquals(
            index.expectedError,
            messages.get(messages.size() - 1).replaceFirst("^\\w+: ", ""),
            answer.error());
        continue;
      }
      assertNull(answer.error(), index.name);
      assertEquals(index.analyze.size(), answer.tokens().size(), index.name);
      for (int i = 0; i < index.analyze.size(); i++) {
        LoadingRequests.Analyze request = index.analyze.get(i);
        List<String> tokens = answer.tokens().get(i);
        String what = index.name + "/" + request.analyzer() + " on: " + request.text();
        if (request.expected() instanceof VietnameseAnalyzer) {
          // the analyzer's class came from the zip, loaded by Elasticsearch as a synthetic module
          assertEquals(PLUGIN_MODULE, tokens.get(0), what);
        }
        List<String> expected = TokenLists.of(request.expected(), request.text());
        assertFalse(expected.isEmpty(), what);
        assertEquals(expected, tokens.subList(1, tokens.size()), what);
      }
    }
  }

  /** Every component, with default and explicit settings, and bad settings. */
  private static LoadingRequests requests() throws IOException {
    UserDictionary windPower =
        UserDictionary.open(new StringReader("điện gió\ntiêm chủng mở rộng 5"));
    LoadingRequests requests = new LoadingRequests();

    requests
        .index("builtin")
        .analyze("vietnamese", new VietnameseAnalyzer(), TEXTS)
        .analyze("vietnamese_folding", new VietnameseAnalyzer(Mode.MIXED, true), TEXTS);

    requests
        .index("components")
        .set("analysis.tokenizer.t_words.type", "vi_tokenizer")
        .set("analysis.tokenizer.t_words.mode", "words")
        .set("analysis.tokenizer.t_syllables.type", "vi_tokenizer")
        .set("analysis.tokenizer.t_syllables.mode", "SYLLABLES")
        .set("analysis.tokenizer.t_syllables.discard_punctuation", "false")
        .set("analysis.tokenizer.t_user.type", "vi_tokenizer")
        .list("analysis.tokenizer.t_user.user_words", "điện gió", "tiêm chủng mở rộng 5")
        .set("analysis.filter.f_keep.type", "vi_folding")
        .set("analysis.filter.f_keep.preserve_original", "true")
        .set("analysis.filter.f_stop.type", "vi_stop")
        .list("analysis.filter.f_stop.stopwords", "hoà", "giá", "_vietnamese_")
        .set("analysis.filter.f_none.type", "vi_stop")
        .list("analysis.filter.f_none.stopwords", "_none_")
        .set("analysis.analyzer.tokenizer_default.tokenizer", "vi_tokenizer")
        .set("analysis.analyzer.tokenizer_words.tokenizer", "t_words")
        .set("analysis.analyzer.tokenizer_syllables.tokenizer", "t_syllables")
        .set("analysis.analyzer.tokenizer_user.tokenizer", "t_user")
        .list("analysis.analyzer.normalized.char_filter", "vi_normalization")
        .set("analysis.analyzer.normalized.tokenizer", "t_syllables")
        .set("analysis.analyzer.folded.tokenizer", "vi_tokenizer")
        .list("analysis.analyzer.folded.filter", "vi_folding")
        .set("analysis.analyzer.folded_keep.tokenizer", "t_words")
        .list("analysis.analyzer.folded_keep.filter", "f_keep")
        .set("analysis.analyzer.stopped.tokenizer", "vi_tokenizer")
        .list("analysis.analyzer.stopped.filter", "lowercase", "vi_stop")
        .list("analysis.analyzer.stopped_custom.char_filter", "vi_normalization")
        .set("analysis.analyzer.stopped_custom.tokenizer", "t_syllables")
        .list("analysis.analyzer.stopped_custom.filter", "lowercase", "f_stop")
        .set("analysis.analyzer.stopped_none.tokenizer", "t_words")
        .list("analysis.analyzer.stopped_none.filter", "lowercase", "f_none")
        .list("analysis.analyzer.chain.char_filter", "vi_normalization")
        .set("analysis.analyzer.chain.tokenizer", "vi_tokenizer")
        .list("analysis.analyzer.chain.filter", "lowercase", "vi_stop", "vi_folding")
        .set("analysis.analyzer.vi_words.type", "vietnamese")
        .set("analysis.analyzer.vi_words.mode", "words")
        .list("analysis.analyzer.vi_words.stopwords", "_none_")
        .list("analysis.analyzer.vi_words.user_words", "điện gió", "tiêm chủng mở rộng 5")
        .set("analysis.analyzer.vi_folded.type", "vietnamese_folding")
        .list("analysis.analyzer.vi_folded.stopwords", "tại", "về")
        // A misspelt setting is not seen by stable components (they read only theirs): ignored.
        .set("analysis.analyzer.vi_typo.type", "vietnamese")
        .set("analysis.analyzer.vi_typo.stop_words", "_none_")
        .analyze(
            "tokenizer_default", chain(false, VietnameseTokenizer::new, Function.identity()), TEXTS)
        .analyze(
            "tokenizer_words",
            chain(false, tokenizer(Mode.WORDS, true, null), Function.identity()),
            TEXTS)
        .analyze(
            "tokenizer_syllables",
            chain(false, tokenizer(Mode.SYLLABLES, false, null), Function.identity()),
            TEXTS)
        .analyze(
            "tokenizer_user",
            chain(false, tokenizer(Mode.MIXED, true, windPower), Function.identity()),
            TEXTS)
        .analyze(
            "normalized",
            chain(true, tokenizer(Mode.SYLLABLES, false, null), Function.identity()),
            TEXTS)
        .analyze(
            "folded", chain(false, VietnameseTokenizer::new, VietnameseFoldingFilter::new), TEXTS)
        .analyze(
            "folded_keep",
            chain(
                false,
                tokenizer(Mode.WORDS, true, null),
                in -> new VietnameseFoldingFilter(in, true)),
            TEXTS)
        .analyze(
            "stopped",
            chain(
                false,
                VietnameseTokenizer::new,
                in -> lowerCaseAndStop(in, VietnameseStopWords.defaultSet())),
            TEXTS)
        .analyze(
            "stopped_custom",
            chain(
                true,
                tokenizer(Mode.SYLLABLES, false, null),
                in -> lowerCaseAndStop(in, words(VietnameseStopWords.defaultSet(), "hòa", "giá"))),
            TEXTS)
        .analyze(
            "stopped_none",
            chain(
                false,
                tokenizer(Mode.WORDS, true, null),
                in -> lowerCaseAndStop(in, CharArraySet.EMPTY_SET)),
            TEXTS)
        .analyze(
            "chain",
            chain(
                true,
                VietnameseTokenizer::new,
                in ->
                    new VietnameseFoldingFilter(
                        lowerCaseAndStop(in, VietnameseStopWords.defaultSet()), false)),
            TEXTS)
        .analyze(
            "vi_words",
            new VietnameseAnalyzer(Mode.WORDS, CharArraySet.EMPTY_SET, false, windPower),
            TEXTS)
        .analyze(
            "vi_folded",
            new VietnameseAnalyzer(
                Mode.MIXED, words(CharArraySet.EMPTY_SET, "tại", "về"), true, null),
            TEXTS)
        .analyze("vi_typo", new VietnameseAnalyzer(), List.of(VietnameseTexts.NEWS));

    requests
        .index("bad_mode")
        .set("analysis.tokenizer.t.type", "vi_tokenizer")
        .set("analysis.tokenizer.t.mode", "sentences")
        .fails("vi_tokenizer: [mode] must be words, syllables or mixed, got [sentences]");
    requests
        .index("bad_punctuation")
        .set("analysis.tokenizer.t.type", "vi_tokenizer")
        .set("analysis.tokenizer.t.discard_punctuation", "yes")
        .fails("vi_tokenizer: [discard_punctuation] must be true or false, got [yes]");
    requests
        .index("bad_cost")
        .set("analysis.tokenizer.t.type", "vi_tokenizer")
        .list("analysis.tokenizer.t.user_words", "điện gió", "điện mặt trời 300")
        .fails(
            "vi_tokenizer: [user_words] user dictionary line 2: bad cost '300'"
                + " (expected an integer from 0 to 127)");
    requests
        .index("bad_word")
        .set("analysis.analyzer.a.type", "vietnamese")
        .list("analysis.analyzer.a.user_words", "điện-gió")
        .fails(
            "vietnamese: [user_words] user dictionary line 1: 'điện-gió' is not a word of letters"
                + " (unexpected '-')");
    requests
        .index("bad_preserve")
        .set("analysis.filter.f.type", "vi_folding")
        .set("analysis.filter.f.preserve_original", "1")
        .fails("vi_folding: [preserve_original] must be true or false, got [1]");
    requests
        .index("bad_analyzer_mode")
        .set("analysis.analyzer.a.type", "vietnamese_folding")
        .set("analysis.analyzer.a.mode", "word")
        .fails("vietnamese_folding: [mode] must be words, syllables or mixed, got [word]");
    // Elasticsearch's limit, not ours: no stable component in a normalizer.
    requests
        .index("normalizer_filter")
        .set("analysis.normalizer.n.type", "custom")
        .list("analysis.normalizer.n.filter", "lowercase", "vi_folding")
        .fails("Custom normalizer [n] may not use filter [vi_folding]");
    requests
        .index("normalizer_char_filter")
        .set("analysis.normalizer.n.type", "custom")
        .list("analysis.normalizer.n.char_filter", "vi_normalization")
        .fails("Custom normalizer [n] may not use char filter [vi_normalization]");
    return requests;
  }

  /** Runs {@link ElasticsearchLoader} on the zip in a JVM with {@code version}'s module path. */
  private static List<String> runLoader(String version, LoadingRequests requests) throws Exception {
    Path modulePath = runtimes().resolve(version).resolve("target/module-path.txt");
    assertTrue(
        Files.isRegularFile(modulePath),
        modulePath + " is missing: build es-runtimes first (./mvnw verify, or -am)");
    Path work = Path.of(System.getProperty("java.io.tmpdir"), "es-loading", version);
    TestFiles.deleteRecursively(work);
    Files.createDirectories(work.resolve("home"));
    Path requestFile = work.resolve("requests.tsv");
    Path resultFile = work.resolve("results.tsv");
    Path log = work.resolve("output.log");
    requests.write(requestFile);
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            // Start-up work, not throughput: the client compiler alone loads it twice as fast.
            "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC",
            "-Xmx512m",
            "--module-path",
            Files.readString(modulePath).strip(),
            "--add-modules",
            "ALL-MODULE-PATH",
            "-cp",
            System.getProperty(LOADER_CLASSES),
            ElasticsearchLoader.class.getName(),
            PluginZip.path().toString(),
            work.resolve("home").toString(),
            requestFile.toString(),
            resultFile.toString());
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    boolean done = process.waitFor(5, TimeUnit.MINUTES);
    if (!done) {
      process.destroyForcibly();
    }
    String logText = Files.readString(log, StandardCharsets.UTF_8);
    assertTrue(
        done && process.exitValue() == 0, "Elasticsearch " + version + " failed:\n" + logText);
    return Files.readAllLines(resultFile, StandardCharsets.UTF_8);
  }

  /** System property: the directory of this module's test classes, the loader's class path. */
  private static final String LOADER_CLASSES = "vnsearch.loader.classes";

  private static Path runtimes() {
    return Path.of(System.getProperty("vnsearch.es.runtimes"));
  }
}
