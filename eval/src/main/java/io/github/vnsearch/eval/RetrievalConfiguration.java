package io.github.vnsearch.eval;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * One way of indexing passages and answering queries, compared with the others by {@link
 * RetrievalEvaluator}: an analyzer, a field layout and a query parser.
 */
public interface RetrievalConfiguration {

  /** The name under which results are reported, such as {@code standard}. */
  String name();

  /** Indexes {@code passages} and returns a searcher over them; the caller closes it. */
  Retriever index(List<Passage> passages) throws IOException;

  /** Answers queries over an index built by {@link #index}. */
  interface Retriever extends Closeable {
    /** Returns the ids of the best {@code n} passages for {@code queryText}, best first. */
    List<String> search(String queryText, int n) throws IOException;
  }
}
