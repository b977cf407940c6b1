package io.github.vnsearch.core.search;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.util.BytesRef;

/**
 * Encodes the last hit of a page as an opaque, URL-safe token: the sort values (score or date, then
 * id) and how many hits were already returned. Because the id breaks ties, a token stays valid
 * across index refreshes (documents added meanwhile may shift what follows, as in any live index).
 */
final class PageToken {

  final SearchRequest.Sort sort;
  final long seen;
  final FieldDoc after;

  private PageToken(SearchRequest.Sort sort, long seen, FieldDoc after) {
    this.sort = sort;
    this.seen = seen;
    this.after = after;
  }

  static String encode(SearchRequest.Sort sort, long seen, FieldDoc last) {
    Object primary = last.fields[0];
    String primaryText =
        primary instanceof Float f
            ? Integer.toString(Float.floatToIntBits(f))
            : Long.toString((Long) primary);
    BytesRef id = (BytesRef) last.fields[1];
    String raw =
        "1|"
            + (sort == SearchRequest.Sort.RELEVANCE ? "r" : "d")
            + "|"
            + seen
            + "|"
            + last.doc
            + "|"
            + primaryText
            + "|"
            + Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(id.utf8ToString().getBytes(StandardCharsets.UTF_8));
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Decodes a token for {@code sort}.
   *
   * @throws IllegalArgumentException when the token is not one of ours or belongs to another sort
   */
  static PageToken decode(String token, SearchRequest.Sort sort) {
    try {
      String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      String[] parts = raw.split("\\|", -1);
      if (parts.length != 6 || !parts[0].equals("1")) {
        throw new IllegalArgumentException();
      }
      SearchRequest.Sort tokenSort =
          parts[1].equals("r") ? SearchRequest.Sort.RELEVANCE : SearchRequest.Sort.DATE;
      if (tokenSort != sort) {
        throw new IllegalArgumentException(
            "page token was made for sort " + tokenSort + ", not " + sort);
      }
      long seen = Long.parseLong(parts[2]);
      int doc = Integer.parseInt(parts[3]);
      Object primary =
          sort == SearchRequest.Sort.RELEVANCE
              ? (Object) Float.intBitsToFloat(Integer.parseInt(parts[4]))
              : (Object) Long.parseLong(parts[4]);
      BytesRef id =
          new BytesRef(new String(Base64.getUrlDecoder().decode(parts[5]), StandardCharsets.UTF_8));
      float score = primary instanceof Float f ? f : Float.NaN;
      return new PageToken(sort, seen, new FieldDoc(doc, score, new Object[] {primary, id}));
    } catch (IllegalArgumentException e) {
      if (e.getMessage() != null && e.getMessage().startsWith("page token")) {
        throw e;
      }
      throw new IllegalArgumentException("invalid page token: " + token);
    }
  }
}
