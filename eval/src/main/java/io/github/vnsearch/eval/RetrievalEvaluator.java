package io.github.vnsearch.eval;

import io.github.vnsearch.analysis.vi.VietnameseFoldingFilter;
import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Measures how well retrieval configurations find the passages judged relevant for each query: it
 * indexes the passages once per configuration, runs every query for the top {@value #DEPTH}
 * passages and reports MRR@10, Recall@1/10/100, nDCG@10 and each query's rank (see {@link
 * RetrievalMetrics}).
 *
 * <pre>{@code
 * RetrievalEvaluator evaluator = RetrievalEvaluator.load(passagesJsonl, queriesJsonl);
 * EvaluationReport report = evaluator.evaluate(Configurations.create(Configurations.NAMES), false);
 * }</pre>
 */
public final class RetrievalEvaluator {

  /** How many passages are retrieved per query: the deepest cut-off reported. */
  public static final int DEPTH = 100;

  private final List<Passage> passages;
  private final List<JudgedQuery> queries;

  /**
   * @param passages the passages to index, with unique ids
   * @param queries the judged queries, with unique ids
   */
  public RetrievalEvaluator(List<Passage> passages, List<JudgedQuery> queries) {
    this.passages = List.copyOf(passages);
    this.queries = List.copyOf(queries);
  }

  /**
   * Reads passages ({@code {"id", "text"[, "title"]}} per line) and queries ({@code {"id", "text",
   * "relevant": [ids]}} per line) from JSON Lines files.
   *
   * @throws EvalInputException naming the file and line of the first problem found
   */
  public static RetrievalEvaluator load(Path passagesFile, Path queriesFile) throws IOException {
    List<Passage> passages = JsonlReader.readPassages(passagesFile);
    Set<String> ids = new HashSet<>();
    for (Passage passage : passages) {
      ids.add(passage.id());
    }
    return new RetrievalEvaluator(passages, JsonlReader.readQueries(queriesFile, ids));
  }

  /** The passages, in file order. */
  public List<Passage> passages() {
    return passages;
  }

  /** The queries, in file order. */
  public List<JudgedQuery> queries() {
    return queries;
  }

  /** Evaluates each configuration in turn on the same passages and queries. */
  public EvaluationReport evaluate(
      List<? extends RetrievalConfiguration> configurations, boolean stripDiacritics)
      throws IOException {
    List<ConfigurationResult> results = new ArrayList<>();
    for (RetrievalConfiguration configuration : configurations) {
      results.add(evaluate(configuration, stripDiacritics));
    }
    return new EvaluationReport(passages.size(), queries.size(), stripDiacritics, results);
  }

  /**
   * Indexes the passages with {@code configuration}, runs every query and averages the metrics.
   *
   * @param stripDiacritics when true, each query is searched as {@link #stripDiacritics(String)}
   *     returns it, as a user typing without accents would
   */
  public ConfigurationResult evaluate(RetrievalConfiguration configuration, boolean stripDiacritics)
      throws IOException {
    double mrr = 0, recall1 = 0, recall10 = 0, recall100 = 0, ndcg = 0;
    Map<String, Integer> ranks = new LinkedHashMap<>();
    try (RetrievalConfiguration.Retriever retriever = configuration.index(passages)) {
      for (JudgedQuery query : queries) {
        String text = stripDiacritics ? stripDiacritics(query.text()) : query.text();
        List<String> ranking = retriever.search(text, DEPTH);
        Set<String> relevant = query.relevant();
        mrr += RetrievalMetrics.reciprocalRank(ranking, relevant, 10);
        recall1 += RetrievalMetrics.recall(ranking, relevant, 1);
        recall10 += RetrievalMetrics.recall(ranking, relevant, 10);
        recall100 += RetrievalMetrics.recall(ranking, relevant, DEPTH);
        ndcg += RetrievalMetrics.ndcg(ranking, relevant, 10);
        ranks.put(query.id(), RetrievalMetrics.firstRelevantRank(ranking, relevant, DEPTH));
      }
    }
    int n = Math.max(1, queries.size());
    return new ConfigurationResult(
        configuration.name(), mrr / n, recall1 / n, recall10 / n, recall100 / n, ndcg / n, ranks);
  }

  /**
   * Removes Vietnamese tone and vowel marks and maps {@code đ} to {@code d}, after composing the
   * text to NFC so that decomposed input is stripped too: {@code Đội thủ đã thua bao nhiêu điểm?}
   * becomes {@code Doi thu da thua bao nhieu diem?}.
   */
  public static String stripDiacritics(String text) {
    return VietnameseFoldingFilter.fold(Normalizer.normalize(text, Normalizer.Form.NFC));
  }
}
