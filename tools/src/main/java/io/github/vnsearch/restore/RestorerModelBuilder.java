package io.github.vnsearch.restore;

import io.github.vnsearch.tools.Checksums;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Regenerates the {@link DiacriticRestorer} model: counts a news corpus and a headword list ({@link
 * NgramCounts}), writes the binary resource ({@link RestorerModelWriter}) and its SHA-256. Run by
 * {@code restore/scripts/build-restorer-model.sh}; never at build or run time. In this package for
 * the model's package-private format constants and syllable rules ({@link RestorerModel}, {@link
 * SyllableChars}).
 *
 * <p>Usage: {@code RestorerModelBuilder --corpus vntc.jsonl.gz [--dictionary dictionary.json |
 * words.txt] --out diacritic-restorer.bin [--min-unigram 3] [--min-bigram 2] [--bigram-epsilon 0.6]
 * [--dict-weight 2] [--min-trigram 2] [--trigram-epsilon 0.1]}: bigrams seen fewer than {@code
 * min-bigram} times are kept when their probability exceeds the backed-off estimate by {@code
 * bigram-epsilon} (log10) or more; trigrams seen at least {@code min-trigram} times are kept when
 * their probability differs from the backed-off estimate by more than {@code trigram-epsilon}
 * (log10).
 */
public final class RestorerModelBuilder {

  private RestorerModelBuilder() {}

  /** Command-line entry point; see the class documentation for the arguments. */
  public static void main(String[] args) throws IOException {
    Map<String, String> opts = options(args);
    RestorerModelWriter writer =
        new RestorerModelWriter(
            Integer.parseInt(opts.getOrDefault("min-unigram", "3")),
            Integer.parseInt(opts.getOrDefault("min-bigram", "2")),
            Double.parseDouble(opts.getOrDefault("bigram-epsilon", "0.6")),
            Integer.parseInt(opts.getOrDefault("min-trigram", "2")),
            Double.parseDouble(opts.getOrDefault("trigram-epsilon", "0.1")));
    int dictWeight = Integer.parseInt(opts.getOrDefault("dict-weight", "2"));
    long t0 = System.nanoTime();
    NgramCounts ngrams = new NgramCounts();
    ngrams.countCorpus(Path.of(opts.get("corpus")));
    if (opts.containsKey("dictionary")) {
      ngrams.addDictionary(Path.of(opts.get("dictionary")), dictWeight);
    }
    Path out = Path.of(opts.get("out"));
    writer.write(ngrams, out);
    Path sha = Checksums.writeSha256(out);
    System.err.printf(
        Locale.ROOT,
        "wrote %s (%,d bytes) and %s in %.1f s%n",
        out,
        Files.size(out),
        sha.getFileName(),
        (System.nanoTime() - t0) / 1e9);
  }

  /** The {@code --name value} pairs of {@code args}, by name; exits on a malformed command line. */
  static Map<String, String> options(String[] args) {
    Map<String, String> opts = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        usage("unexpected argument " + args[i]);
      }
      opts.put(args[i].substring(2), args[i + 1]);
    }
    if (args.length % 2 != 0 || !opts.containsKey("corpus") || !opts.containsKey("out")) {
      usage("--corpus and --out are required");
    }
    return opts;
  }

  private static void usage(String problem) {
    System.err.println(
        "RestorerModelBuilder: "
            + problem
            + "\nusage: --corpus FILE.jsonl.gz [--dictionary dictionary.json|words.txt] --out FILE"
            + " [--min-unigram N] [--min-bigram N] [--bigram-epsilon X] [--dict-weight N]"
            + " [--min-trigram N]"
            + " [--trigram-epsilon X]");
    System.exit(2);
  }
}
