package io.github.vnsearch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.vnsearch.restore.DiacriticRestorer;
import io.github.vnsearch.restore.Restoration;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vnsearch restore}: puts back the diacritics of Vietnamese typed without them, of TEXT with
 * its next most likely readings, or of standard input as a filter, one output line per input line.
 */
@Command(
    name = "restore",
    mixinStandardHelpOptions = true,
    description = {
      "Restore the diacritics of Vietnamese typed without them (dam phan hoa binh -> đàm phán hòa"
          + " bình).",
      "Accented words, names the model does not know, numbers and punctuation are kept as typed.",
      "TEXT is printed restored, then its next most likely readings with the words that differ"
          + " marked. Without TEXT, standard input is restored line by line (a filter: one output"
          + " line per input line, empty lines kept); --alternatives N appends N other readings"
          + " to each line, separated by tabs."
    })
final class RestoreCommand implements Callable<Integer> {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "TEXT",
      arity = "0..*",
      description = "The text (words are joined by spaces); none: restore standard input.")
  List<String> text;

  @Option(
      names = "--alternatives",
      paramLabel = "N",
      description =
          "How many other readings to list, 0 to 20 (default: 4 for TEXT, 0 for standard input).")
  Integer alternatives;

  @Option(
      names = "--json",
      description =
          "Print the restoration as one JSON object; of standard input, one object per line.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    boolean filter = text == null || text.isEmpty();
    int others = alternatives != null ? alternatives : filter ? 0 : 4;
    if (others < 0 || others > 20) {
      throw CliException.usage("--alternatives must be between 0 and 20, not " + others);
    }
    DiacriticRestorer restorer = DiacriticRestorer.getDefault();
    PrintWriter out = spec.commandLine().getOut();
    if (filter) {
      LineFilter.run(
          LineFilter.standardInput(spec),
          "standard input",
          out,
          (line, o) -> o.append(restoreLine(restorer, line, others)).append('\n'));
      return ExitCode.OK;
    }
    String input = String.join(" ", text);
    List<Restoration> top = restorer.restoreTopK(input, others + 1);
    if (json) {
      out.println(json(input, top));
    } else {
      print(top, Renderers.style(spec), out);
    }
    out.flush();
    return ExitCode.OK;
  }

  /** One output line of the filter: JSON, or the restoration then the alternatives, tabbed. */
  private String restoreLine(DiacriticRestorer restorer, String line, int others) {
    if (json) {
      return json(line, restorer.restoreTopK(line, others + 1));
    }
    if (others == 0) {
      return restorer.restore(line);
    }
    StringBuilder sb = new StringBuilder();
    for (Restoration r : restorer.restoreTopK(line, others + 1)) {
      sb.append(sb.isEmpty() ? "" : "\t").append(r.text());
    }
    return sb.toString();
  }

  private static String json(String input, List<Restoration> top) {
    ObjectNode root = JSON.createObjectNode();
    root.put("text", input);
    root.put("restored", top.get(0).text());
    root.put("score", round(top.get(0).score()));
    ArrayNode others = root.putArray("alternatives");
    for (Restoration r : top.subList(1, top.size())) {
      others.addObject().put("text", r.text()).put("score", round(r.score()));
    }
    return root.toString();
  }

  /** Scores are sums of one-byte quantized log-probabilities: four decimals say all. */
  private static double round(double score) {
    return Math.round(score * 1e4) / 1e4;
  }

  /** The restoration, then each alternative with its relative score and its changes marked. */
  private static void print(List<Restoration> top, Style style, PrintWriter out) {
    String best = top.get(0).text();
    out.println(best);
    if (top.size() == 1) {
      return;
    }
    out.println();
    out.println("Alternatives (log10 probability relative to the first; changes marked):");
    for (Restoration r : top.subList(1, top.size())) {
      out.printf(
          Locale.ROOT,
          "  %6.2f  %s%n",
          r.score() - top.get(0).score(),
          markChanges(best, r.text(), style));
    }
  }

  /**
   * {@code text} with each word that differs from {@code best} highlighted. Restorations of one
   * input have the same length and layout, so words are compared where they stand.
   */
  static String markChanges(String best, String text, Style style) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    int i = 0;
    while (i < text.length()) {
      int end = i;
      while (end < text.length() && isWordChar(text.charAt(end))) {
        end++;
      }
      if (end == i) {
        sb.append(text.charAt(i++));
        continue;
      }
      String word = text.substring(i, end);
      boolean changed = end > best.length() || !best.regionMatches(i, word, 0, word.length());
      sb.append(changed ? style.highlight(word) : word);
      i = end;
    }
    return sb.toString();
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }
}
