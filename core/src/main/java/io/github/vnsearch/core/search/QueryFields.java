package io.github.vnsearch.core.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The text fields a {@link VietnameseQueryParser} searches: each is a pair of an exact field
 * (diacritics kept) and its accent-insensitive twin (the same text, folded), with a weight. Both
 * fields of a pair must be indexed with the {@code MIXED} mode of the Vietnamese analyzer (words
 * and their syllables), the twin with folding, so that a query word always reaches the text
 * whatever its segmentation, and an unaccented one reaches it through the twin.
 *
 * <pre>{@code
 * QueryFields fields = QueryFields.builder()
 *     .add("title", "title_folded", 1.5f)
 *     .add("body", "body_folded", 1f)
 *     .build();
 * }</pre>
 *
 * <p>The exact field names are also the prefixes users may type ({@code title:hòa}).
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
        if (other.exact().equals(exact) || other.folded().equals(folded)) {
          throw new IllegalArgumentException("field '" + exact + "' added twice");
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
