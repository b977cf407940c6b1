package io.github.vnsearch.elasticsearch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;

/**
 * The indices {@link ElasticsearchLoader} is asked to create, each with its analysis settings and
 * the texts to analyze with its analyzers (with the tokens analysis-vi gives directly), or the
 * error expected to refuse it; written as the loader's request file.
 */
final class LoadingRequests {

  /** One analysis request and the analyzer that gives the expected tokens directly. */
  record Analyze(String analyzer, String text, Analyzer expected) {}

  /** An index: settings in order (a String or a List of Strings each), then what to check. */
  static final class Index {
    final String name;
    final Map<String, Object> settings = new LinkedHashMap<>();
    final List<Analyze> analyze = new ArrayList<>();
    String expectedError;

    Index(String name) {
      this.name = name;
    }

    Index set(String key, String value) {
      settings.put(key, value);
      return this;
    }

    Index list(String key, String... values) {
      settings.put(key, List.of(values));
      return this;
    }

    /** Expects the tokens of {@code expected} from the index's analyzer {@code analyzer}. */
    Index analyze(String analyzer, Analyzer expected, List<String> texts) {
      for (String text : texts) {
        analyze.add(new Analyze(analyzer, text, expected));
      }
      return this;
    }

    /** Expects index creation to fail with this innermost message. */
    Index fails(String message) {
      expectedError = message;
      return this;
    }
  }

  /** What the loader answered for one index. */
  record Answer(String error, List<List<String>> tokens) {}

  private final List<Index> indices = new ArrayList<>();

  Index index(String name) {
    Index index = new Index(name);
    indices.add(index);
    return index;
  }

  List<Index> indices() {
    return indices;
  }

  void write(Path file) throws IOException {
    List<String> lines = new ArrayList<>();
    for (Index index : indices) {
      lines.add("index\t" + index.name);
      index.settings.forEach(
          (key, value) ->
              lines.add(
                  value instanceof List<?> list
                      ? "list\t"
                          + key
                          + "\t"
                          + String.join("\t", list.stream().map(String::valueOf).toList())
                      : "setting\t" + key + "\t" + value));
      for (Analyze request : index.analyze) {
        lines.add("analyze\t" + request.analyzer() + "\t" + request.text());
      }
    }
    for (String line : lines) {
      if (line.contains("\n")) {
        throw new IllegalArgumentException("A request must fit on a line: " + line);
      }
    }
    Files.write(file, lines, StandardCharsets.UTF_8);
  }

  /**
   * Reads the loader's answers: for each index, its error, or for each analysis request the module
   * of the analyzer's class followed by the tokens.
   */
  static Map<String, Answer> read(List<String> lines) {
    Map<String, Answer> answers = new LinkedHashMap<>();
    for (String line : lines) {
      String[] fields = line.split("\t", -1);
      switch (fields[0]) {
        case "index" ->
            answers.put(
                fields[1],
                new Answer(fields[2].equals("error") ? fields[3] : null, new ArrayList<>()));
        case "tokens" ->
            answers
                .get(fields[1])
                .tokens()
                .add(List.copyOf(Arrays.asList(fields).subList(3, fields.length)));
        default -> {}
      }
    }
    return answers;
  }
}
