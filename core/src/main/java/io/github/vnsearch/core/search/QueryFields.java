package io.github.vnsearch.core.search;

import io.github.vnsearch.analysis.vi.VietnameseAnalyzer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/**
 * The text fields a {@link VietnameseQueryParser} searches: each is a pair of an exact field
 * (diacritics kept) and its accent-insensitive twin (the same text, folded), with a weight.
 *
 * <pre>{@code
 * QueryFields fields = QueryFields.builder()
 *     .add("name", "name_folded", 2f)
 *     .add("description", "description_folded", 1f)
 *     .build();
 * }</pre>
 *
 * <p>Both fields of a pair get the same text, indexed with positions, as {@link #indexAnalyzer()}
 * does: the exact field by the Vietnamese analyzer in {@code WORDS} mode (one term per word, so a
 * word's statistics are its own), the twin in {@code MIXED} mode (each word and its syllables) with
 * folding, so that a query word reaches the text whatever its segmentation, and an unaccented one
 * reaches it through the twin's syllables. The first pair's fields also serve to analyze queries
 * and to find how rare their words are.
 *
 * <p>The exact field names are also the prefixes users may type ({@code name:áo}).
 */
public final class QueryFields {

  /** One exact field, its folded twin and its weight. */
  public record Pair(String exact, String folded, float weight) {
    /** Validates the names and the weight. */
    public Pair {
      Objects.requireNonNull(exact, "exact");
      Objects.requireNonNull(folded, "folded");
      if (exact.equals(folded)) {
        throw new IllegalArgumentException("exact and folded field are both '" + exact + "'");
      }
      if (!(weight > 0) || Float.isInfinite(weight)) {
        throw new IllegalArgumentException("weight of '" + exact + "' must be > 0, got " + weight);
      }
    }
  }

  private final List<Pair> pairs;

  private QueryFields(List<Pair> pairs) {
    this.pairs = List.copyOf(pairs);
  }

  /** Starts an empty specification. */
  public static Builder builder() {
    return new Builder();
  }

  /** The field pairs, in the order they were added. */
  public List<Pair> pairs() {
    return pairs;
  }

  /**
   * An analyzer to index these fields with (in {@link org.apache.lucene.index.IndexWriterConfig}):
   * each exact field by a {@link VietnameseAnalyzer} in {@code WORDS} mode, each folded twin in
   * {@code MIXED} mode with folding, both with the bundled dictionary and stop words; any other
   * field as an exact one. This is how {@code ArticleSchema} indexes articles, and what {@link
   * VietnameseQueryParser#VietnameseQueryParser(QueryFields)} expects.
   */
  public Analyzer indexAnalyzer() {
    Map<String, Analyzer> perField = new HashMap<>();
    for (Pair pair : pairs) {
      perField.put(pair.exact(), DefaultAnalyzers.WORDS);
      perField.put(pair.folded(), DefaultAnalyzers.MIXED_FOLDED);
    }
    return new PerFieldAnalyzerWrapper(DefaultAnalyzers.WORDS, perField);
  }

  /** The pairs a typed prefix selects: all of them for {@code null}, else the one named. */
  List<Pair> select(String prefix) {
    if (prefix == null) {
      return pairs;
    }
    for (Pair pair : pairs) {
      if (pair.exact().toLowerCase(Locale.ROOT).equals(prefix)) {
        return List.of(pair);
      }
    }
    return pairs;
  }

  /** The prefixes users may type, lower case. */
  List<String> prefixes() {
    List<String> names = new ArrayList<>();
    for (Pair pair : pairs) {
      names.add(pair.exact().toLowerCase(Locale.ROOT));
    }
    return names;
  }

  @Override
  public String toString() {
    return pairs.toString();
  }

  /** Collects field pairs. */
  public static final class Builder {
    private final List<Pair> pairs = new ArrayList<>();

    private Builder() {}

    /** Adds an exact field, its folded twin and the weight of matches in them. */
    public Builder add(String exact, String folded, float weight) {
      Pair pair = new Pair(exact, folded, weight);
      for (Pair other : pairs) {
        for (String name : List.of(other.exact(), other.folded())) {
          if (name.equals(exact) || name.equals(folded)) {
            throw new IllegalArgumentException("field '" + name + "' added twice");
          }
        }
      }
      pairs.add(pair);
      return this;
    }

    /**
     * The specification.
     *
     * @throws IllegalStateException when no field was added
     */
    public QueryFields build() {
      if (pairs.isEmpty()) {
        throw new IllegalStateException("no field added");
      }
      return new QueryFields(pairs);
    }
  }
}
