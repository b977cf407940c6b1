package io.github.vnsearch.analysis.vi;

import io.github.vnsearch.analysis.vi.dict.DictionaryBuilder;
import io.github.vnsearch.analysis.vi.dict.DictionaryKeys;
import io.github.vnsearch.analysis.vi.dict.UserDictionary;
import io.github.vnsearch.tools.NewsCorpus;
import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Counts word frequencies in a news corpus by hard EM: segment the corpus with the current costs
 * (the real tokenizer, so proper names and special tokens are set apart), count the words, turn
 * counts into costs, repeat. Writes {@code key<TAB>count} lines for {@code DictionaryBuilder}.
 *
 * <p>Usage: {@code WordCostTrainer words.txt corpus.jsonl.gz iterations maxDocs counts.tsv}, where
 * {@code words.txt} lists the dictionary words one per line and the corpus holds JSON Lines objects
 * with {@code title} and {@code body} strings ({@link NewsCorpus}), of which the first {@code
 * maxDocs} lines are read. A build tool, not used at run time; in this package for the tokenizer's
 * package-private constructor that takes the dictionary being trained.
 */
final class WordCostTrainer {

  private WordCostTrainer() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 5) {
      System.err.println(
          "usage: WordCostTrainer words.txt corpus.jsonl.gz iterations maxDocs counts.tsv");
      System.exit(2);
    }
    Map<String, String> words = readWords(Path.of(args[0]));
    Path corpus = Path.of(args[1]);
    int iterations = Integer.parseInt(args[2]);
    int maxDocs = Integer.parseInt(args[3]);
    Map<String, long[]> counts = null;
    for (int it = 0; it < iterations; it++) {
      long t0 = System.nanoTime();
      UserDictionary dict = dictionary(words, counts);
      counts = count(dict, corpus, maxDocs);
      long total = counts.values().stream().mapToLong(c -> c[0]).sum();
      System.err.printf(
          "iteration %d: %d distinct words, %d tokens, %.1f s%n",
          it, counts.size(), total, (System.nanoTime() - t0) / 1e9);
    }
    try (Writer out = Files.newBufferedWriter(Path.of(args[4]), StandardCharsets.UTF_8)) {
      for (Map.Entry<String, long[]> e : new TreeMap<>(counts).entrySet()) {
        out.write(e.getKey() + "\t" + e.getValue()[0] + "\n");
      }
    }
  }

  /** Dictionary words by key, in their first spelling. */
  static Map<String, String> readWords(Path path) throws IOException {
    Map<String, String> words = new LinkedHashMap<>();
    for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
      String word = line.strip();
      if (DictionaryBuilder.isWord(word)) {
        words.putIfAbsent(DictionaryKeys.key(word), word);
      }
    }
    return words;
  }

  /** Costs from the previous counts, or a uniform cost per word on the first iteration. */
  private static UserDictionary dictionary(Map<String, String> words, Map<String, long[]> counts)
      throws IOException {
    StringBuilder text = new StringBuilder();
    if (counts == null) {
      for (String word : words.values()) {
        text.append(word).append(' ').append(40).append('\n');
      }
    } else {
      long total = counts.values().stream().mapToLong(c -> c[0]).sum();
      Map<String, String> all = new HashMap<>(words);
      for (String key : counts.keySet()) {
        if (key.indexOf(DictionaryKeys.SEPARATOR) < 0 && counts.get(key)[0] >= 2) {
          all.putIfAbsent(key, spelling(key));
        }
      }
      for (Map.Entry<String, String> e : all.entrySet()) {
        long[] c = counts.get(e.getKey());
        text.append(e.getValue().replace(' ', '_'))
            .append(' ')
            .append(DictionaryBuilder.cost(c == null ? 0 : c[0], total))
            .append('\n');
      }
    }
    return UserDictionary.open(new StringReader(text.toString()));
  }

  /**
   * Turns a single-syllable key back into a spelling that {@link DictionaryKeys#key} maps to it.
   */
  static String spelling(String key) {
    char last = key.charAt(key.length() - 1);
    if (last < '1' || last > '5') {
      return key;
    }
    char mark = "\u0300\u0301\u0309\u0303\u0323".charAt(last - '1');
    String base = key.substring(0, key.length() - 1);
    return Normalizer.normalize(base + mark, Normalizer.Form.NFC);
  }

  private static Map<String, long[]> count(UserDictionary dict, Path corpus, int maxDocs)
      throws IOException {
    Map<String, long[]> counts = new HashMap<>();
    VietnameseTokenizer tokenizer =
        new VietnameseTokenizer(
            TokenStream.DEFAULT_TOKEN_ATTRIBUTE_FACTORY,
            dict,
            null,
            VietnameseTokenizer.Mode.WORDS,
            true);
    CharTermAttribute term = tokenizer.getAttribute(CharTermAttribute.class);
    TypeAttribute type = tokenizer.getAttribute(TypeAttribute.class);
    NewsCorpus.read(
        corpus,
        maxDocs,
        (line, title, body) -> {
          for (String text : new String[] {title, body}) {
            if (text == null) {
              continue;
            }
            tokenizer.setReader(new StringReader(Normalizer.normalize(text, Normalizer.Form.NFC)));
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
              if (type.type() == VietnameseTokenizer.TYPE_WORD) {
                String key = DictionaryKeys.key(term.toString());
                counts.computeIfAbsent(key, k -> new long[1])[0]++;
              }
            }
            tokenizer.end();
            tokenizer.close();
          }
        });
    return counts;
  }
}
