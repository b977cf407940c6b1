package io.github.vnsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.tests.util.TestUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random query strings, as a careless or hostile user types them: operators of every kind and in
 * any number, Unicode of every plane, very long input. Each one must be answered (exit 0), never
 * end in an internal error (exit 4) or a stack trace. Set {@code -Dtests.seed=N} to replay a
 * failure.
 */
class QueryFuzzTest {

  private static final String[] PARTS = {
    "bão",
    "lũ",
    "miền Trung",
    "đàm phán",
    "dam phan",
    "Hà Nội",
    "+giá",
    "-vàng",
    "OR",
    "AND",
    "NOT",
    "title:",
    "body:",
    "title:bão",
    "body:\"giá lúa\"",
    "\"",
    "\"hòa bình\"",
    "(",
    ")",
    "*",
    "?",
    "~2",
    "^3",
    "\\",
    ":",
    "-",
    "+",
    "--",
    "||",
    "&&",
    "[1 TO 5]",
    "{",
    "}",
    "/re/",
    "title:\"",
    "2024-05-01",
    "15/8",
    "a/b",
    "x@y.vn",
    "https://vi.example/a?b=c",
    "#tag",
    "\t",
    "\n",
    "　",
    "\u200B",
    "\uFEFF",
    "e\u0301",
    "𝔘𝔫𝔦",
    "😀",
    "日本語",
    "ا",
    "\u0000"
  };

  @TempDir static Path tmp;
  static SampleIndex sample;

  @BeforeAll
  static void indexSample() throws IOException {
    sample = SampleIndex.build(tmp);
  }

  private static void assertAnswered(String query, long seed) {
    Cli.Result r = Cli.run("search", "--index", sample.index.toString(), "--", query);
    String where = "seed " + seed + ", query of " + query.length() + " chars: " + abbreviate(query);
    assertEquals(ExitCode.OK, r.code(), () -> where + "\n" + r);
    assertFalse(r.err().contains("\tat "), () -> where + "\n" + r);
  }

  private static String abbreviate(String s) {
    return s.length() <= 300 ? s : s.substring(0, 300) + "…";
  }

  /**
   * Item 1 of issue 22 (queries within Lucene's clause limits, e.g. more than 256 operator terms
   * once ended in {@code IndexSearcher$TooManyNestedClauses}, exit 4): the parser's clause budget
   * keeps every query within them.
   */
  @Test
  void everyQueryIsAnswered() {
    long seed = Long.getLong("tests.seed", new Random().nextLong());
    Random random = new Random(seed);
    List<String> queries = new ArrayList<>();
    for (String op : List.of("-w", "+w", "title:w", "body:w", "w OR x", "\"w x\"")) {
      StringBuilder many = new StringBuilder();
      for (int i = 0; i < 400; i++) {
        many.append(op.replace("w", "từ" + i)).append(' ');
      }
      queries.add(many.toString());
    }
    queries.add(TestUtil.randomUnicodeString(random, 20_000));
    queries.add("đàm phán hòa bình ".repeat(2_000));
    for (int i = 0; i < 150; i++) {
      StringBuilder q = new StringBuilder();
      int parts = random.nextInt(10) == 0 ? 300 + random.nextInt(300) : 1 + random.nextInt(12);
      for (int p = 0; p < parts; p++) {
        switch (random.nextInt(4)) {
          case 0 -> q.append(TestUtil.randomRealisticUnicodeString(random, 1, 8));
          case 1 -> q.append(PARTS[random.nextInt(PARTS.length)]).append(' ');
          default -> q.append(PARTS[random.nextInt(PARTS.length)]);
        }
      }
      queries.add(q.toString());
    }
    for (String query : queries) {
      assertAnswered(query, seed);
    }
  }
}
