package io.github.vnsearch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.vnsearch.restore.DiacriticRestorer;
import io.github.vnsearch.restore.Restoration;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vnsearch restore}: puts back the diacritics of Vietnamese typed without them. */
@Command(
    name = "restore",
    mixinStandardHelpOptions = true,
    description = {
      "Restore the diacritics of Vietnamese typed without them (dam phan hoa binh -> đàm phán",
      "hòa bình), with the next most likely readings. Accented words, names the model does not",
      "know, numbers and punctuation are kept as typed."
    })
final class RestoreCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "TEXT", arity = "1..*", description = "The text (joined by spaces).")
  List<String> text;

  @Option(
      names = "--alternatives",
      paramLabel = "N",
      defaultValue = "4",
      description = "How many other readings to list, 0 to 20 (default: ${DEFAULT-VALUE}).")
  int alternatives;

  @Option(names = "--json", description = "Print the restorations as one JSON object.")
  boolean json;

  @Override
  public Integer call() {
    if (alternatives < 0 || alternatives > 20) {
      throw CliException.usage("--alternatives must be between 0 and 20, not " + alternatives);
    }
    String input = String.join(" ", text);
    List<Restoration> top = DiacriticRestorer.getDefault().restoreTopK(input, alternatives + 1);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      ObjectMapper mapper = new ObjectMapper();
      ObjectNode root = mapper.createObjectNode();
      root.put("text", input);
      root.put("restored", top.get(0).text());
      root.put("score", top.get(0).score());
      ArrayNode others = root.putArray("alternatives");
      for (Restoration r : top.subList(1, top.size())) {
        others.addObject().put("text", r.text()).put("score", r.score());
      }
      out.println(root.toString());
    } else {
      out.println(top.get(0).text());
      if (top.size() > 1) {
        out.println();
        out.println("Alternatives (log10 probability relative to the first):");
        for (Restoration r : top.subList(1, top.size())) {
          out.printf(Locale.ROOT, "  %6.2f  %s%n", r.score() - top.get(0).score(), r.text());
        }
      }
    }
    out.flush();
    return ExitCode.OK;
  }
}
