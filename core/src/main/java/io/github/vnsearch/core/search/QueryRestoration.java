package io.github.vnsearch.core.search;

import io.github.vnsearch.analysis.vi.restore.DiacriticRestorer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;

/**
 * Searches a query typed without diacritics with its restored form too: {@code dam phan hoa binh}
 * also runs as {@code đàm phán hòa bình}, so that articles with those exact words rank first, while
 * the query as typed (which matches the folded fields) still decides what matches, and nothing is
 * lost when the restoration is wrong.
 */
final class QueryRestoration {

  /** Weight of the restored query relative to the query as typed. */
  static final float RESTORED_BOOST = 2f;

  private QueryRestoration() {}

  /**
   * The query with its diacritics restored, or {@code null} when the request turns restoration off,
   * the query is not mostly unaccented, or restoring changes nothing.
   */
  static String restoredQuery(SearchRequest request) {
    String typed = request.query();
    if (!request.restoreDiacritics() || typed == null || typed.isBlank()) {
      return null;
    }
    DiacriticRestorer restorer = DiacriticRestorer.getDefault();
    if (!restorer.isMostlyUnaccented(typed)) {
      return null;
    }
    String restored = restorer.restore(typed);
    return restored.equals(typed) ? null : restored;
  }

  /**
   * Parses {@code typed}; with a {@code restored} form, the result must match {@code typed} and
   * scores higher when it also matches {@code restored}.
   */
  static Query parse(
      VietnameseQueryParser parser, String typed, String restored, IndexReader reader) {
    Query query = parser.parse(typed, reader);
    if (restored == null) {
      return query;
    }
    return new BooleanQuery.Builder()
        .add(query, BooleanClause.Occur.MUST)
        .add(
            new BoostQuery(parser.parse(restored, reader), RESTORED_BOOST),
            BooleanClause.Occur.SHOULD)
        .build();
  }
}
