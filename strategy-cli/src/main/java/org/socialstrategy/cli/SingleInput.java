package org.socialstrategy.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.socialstrategy.io.StrategyDocument;
import org.socialstrategy.report.FindingsText;
import org.socialstrategy.report.TextStyle;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * The one strategy file a command works on: a file, {@code -} for standard input, or the sample.
 */
final class SingleInput {

  @Parameters(
      paramLabel = "FILE",
      arity = "0..1",
      description = "A strategy file (.yaml, .yml, .json), or - for standard input.")
  String file;

  @Option(names = "--sample", description = "Use the bundled sample strategy (retail.yaml).")
  boolean sample;

  @Mixin StdinFormatOption stdinFormat;

  /**
   * Reads the file, or reports why it cannot.
   *
   * @param spec the command, for its error stream
   * @param style how to mark problems
   * @param quiet whether to leave out the note that the sample is used
   * @return the document, or empty when the file cannot be read (its problems printed)
   * @throws ParameterException when no file is given, or a folder
   */
  Optional<StrategyDocument> read(CommandSpec spec, TextStyle style, boolean quiet) {
    if (file != null && !file.equals("-") && Files.isDirectory(Path.of(file))) {
      throw new ParameterException(
          spec.commandLine(), "give one strategy file, not a folder: '" + file + "'");
    }
    Inputs.Resolved resolved;
    try {
      resolved =
          Inputs.resolve(file == null ? List.of() : List.of(file), sample, stdinFormat.format);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    if (sample && !quiet) {
      spec.commandLine()
          .getErr()
          .println(style.dim("sbs: using the bundled sample strategy " + Inputs.SAMPLE));
    }
    Inputs.Input input = resolved.inputs().get(0);
    if (!input.readable()) {
      spec.commandLine().getErr().print(FindingsText.problems(input.unreadable(), style));
      spec.commandLine().getErr().flush();
      return Optional.empty();
    }
    return Optional.of(input.document());
  }
}
