package io.github.vnsearch.cli;

import io.github.vnsearch.analysis.vi.VietnameseSegmenter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vnsearch segment}: word segmentation as a Unix filter, one output line per input line,
 * words separated by a space and the syllables of a word joined by {@code _}.
 */
@Command(
    name = "segment",
    mixinStandardHelpOptions = true,
    description = {
      "Segment UTF-8 text into words (a filter: one output line per input line).",
      "Words are separated by one space, syllables of a word joined by _ (Hà_Nội là thủ_đô .).",
      "Reads standard input, or the FILEs given; streams, so input may be of any size."
    })
final class SegmentCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "FILE",
      arity = "0..*",
      description = "Files to read ('-' or none: standard input).")
  List<Path> files;

  @Override
  public Integer call() throws IOException {
    VietnameseSegmenter segmenter = new VietnameseSegmenter();
    PrintWriter out = spec.commandLine().getOut();
    InputStream stdin = LineFilter.standardInput(spec);
    if (files == null || files.isEmpty()) {
      segment(segmenter, stdin, "standard input", out);
    } else {
      for (Path file : files) {
        if (file.toString().equals("-")) {
          segment(segmenter, stdin, "standard input", out);
        } else {
          if (!Files.isRegularFile(file)) {
            throw CliException.usage("no such file: " + file + ": check the path");
          }
          try (InputStream in = Files.newInputStream(file)) {
            segment(segmenter, in, file.toString(), out);
          }
        }
      }
    }
    return ExitCode.OK;
  }

  private static void segment(
      VietnameseSegmenter segmenter, InputStream in, String name, PrintWriter out)
      throws IOException {
    LineFilter.run(in, name, out, (line, o) -> o.append(segmenter.segment(line)).append('\n'));
  }
}
