package io.github.vnsearch.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vnsearch.core.article.Article;
import io.github.vnsearch.core.index.ArticleIndex;
import io.github.vnsearch.core.suggest.ArticleSuggester;
import io.github.vnsearch.eval.TypingSimulation.Result;
import io.github.vnsearch.eval.TypingSimulation.Typist;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Types the first word and the first two words of the 1,000 vntc-titles headlines into the
 * suggestions of the 10,000 passages (which do not hold the headlines) and guards the figures the
 * docs report (docs/search.md): each must stay within half a point of its measured value.
 */
class TestSuggestTyping {

  @TempDir static Path dir;
  static ArticleIndex index;
  static ArticleSuggester suggester;
  static final Map<Typist, Result> words = new EnumMap<>(Typist.class);
  static final Map<Typist, Result> pairs = new EnumMap<>(Typist.class);

  @BeforeAll
  static void simulate() throws Exception {
    RetrievalEvaluator set = DevSets.load("vntc-titles", "passages.jsonl.gz");
    index = ArticleIndex.open(dir);
    for (Passage p : set.passages()) {
      index.put(Article.builder(p.id(), p.text()).build());
    }
    index.commit();
    suggester = ArticleSuggester.open(index);
    List<String> headlines = set.queries().stream().map(JudgedQuery::text).toList();
    TypingSimulation simulation = new TypingSimulation(suggester);
    List<String> firstWords = TypingSimulation.targets(headlines, 1);
    List<String> firstPairs = TypingSimulation.targets(headlines, 2);
    for (Typist typist : Typist.values()) {
      words.put(typist, simulation.run(firstWords, typist));
      pairs.put(typist, simulation.run(firstPairs, typist));
      System.out.printf("first word, %s: %s%n", typist, words.get(typist));
      System.out.printf("first two words, %s: %s%n", typist, pairs.get(typist));
    }
  }

  @AfterAll
  static void close() throws Exception {
    suggester.close();
    index.close();
  }

  private static void atLeast(Result r, double hitRate, double meanSaved) {
    assertTrue(r.hitRate() >= hitRate - 0.005, r + " < hit rate " + hitRate);
    assertTrue(r.meanSaved() >= meanSaved - 0.05, r + " < keystrokes saved " + meanSaved);
  }

  @Test
  void keystrokesOfTheTelexTypist() {
    assertEquals("Nguyeenx Phus Trongj", TypingSimulation.telex("Nguyễn Phú Trọng"));
    assertEquals("dduwowngf", TypingSimulation.telex("đường"));
  }

  @Test
  void firstWord() {
    atLeast(words.get(Typist.ACCENTED), 0.972, 3.43);
    atLeast(words.get(Typist.UNACCENTED), 0.933, 3.10);
    atLeast(words.get(Typist.TELEX), 0.971, 4.58);
  }

  @Test
  void firstTwoWords() {
    atLeast(pairs.get(Typist.ACCENTED), 0.829, 2.95);
    atLeast(pairs.get(Typist.UNACCENTED), 0.744, 2.64);
    atLeast(pairs.get(Typist.TELEX), 0.788, 4.07);
  }
}
