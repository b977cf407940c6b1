package io.github.vnsearch.core.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.junit.jupiter.api.Test;

/** The completion table finds what it holds, before and after it is written and read back. */
class TestCompletionTable {

  private static final String LONG_TITLE =
      "Hà Nội dọn dẹp hàng nghìn cây xanh gãy đổ sau bão Yagi trong ba ngày";

  private static final List<Completion> COMPLETIONS =
      List.of(
          Completion.of("Hà Nội", Suggestion.Kind.WORD, 40),
          Completion.of("hà nội ngày", Suggestion.Kind.PHRASE, 3),
          Completion.of("đàm phán", Suggestion.Kind.WORD, 12),
          Completion.of("hạ \uD800 nối", Suggestion.Kind.WORD, 5), // a lone surrogate
          Completion.title(LONG_TITLE, 1, 2),
          Completion.title("Hà Nội đón Tết", 2, 0));

  private static List<String> texts(CompletionTable table, String prefix) {
    return table.lookup(prefix, 10).stream().map(Completion::text).toList();
  }

  private static void assertFinds(CompletionTable table) {
    // heaviest first; the lone surrogate reads back as U+FFFD, the texts around it intact
    assertEquals(
        List.of("Hà Nội", "hạ \uFFFD nối", "hà nội ngày", "Hà Nội đón Tết", LONG_TITLE),
        texts(table, "ha no"));
    assertEquals(List.of("đàm phán"), texts(table, "Đàm p"));
    // past the 8 words of its key, a headline is found only while it starts with what was typed
    assertEquals(List.of(LONG_TITLE), texts(table, "ha noi don dep hang nghin cay xanh gay do"));
    assertEquals(List.of(), texts(table, "ha noi don dep hang nghin cay xanh gay mua"));
  }

  @Test
  void findsWhatItHoldsBeforeAndAfterStorage() throws IOException {
    CompletionTable built = CompletionTable.build(COMPLETIONS);
    assertEquals(COMPLETIONS.size(), built.size());
    assertFinds(built);

    ByteBuffersDataOutput out = new ByteBuffersDataOutput();
    built.write(out);
    CompletionTable read = CompletionTable.read(new ByteArrayDataInput(out.toArrayCopy()));
    assertEquals(COMPLETIONS.size(), read.size());
    assertFinds(read);
    Completion first = read.lookup("ha no", 1).get(0);
    assertEquals(Suggestion.Kind.WORD, first.kind());
    assertEquals(40, first.count());
  }
}
