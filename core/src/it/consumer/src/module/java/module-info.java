/** A module that uses vnsearch and requires nothing else: Lucene comes with it. */
module io.github.vnsearch.consumer {
  requires io.github.vnsearch.core;
}
