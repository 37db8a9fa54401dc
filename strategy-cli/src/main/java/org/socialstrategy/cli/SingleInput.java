package org.socialstrategy.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.socialstrategy.io.StrategyDocument;
import org.socialstrategy.report.TextStyle;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;

/** The one strategy file a command works on, or the bundled sample. */
final class SingleInput {

  @Parameters(
      paramLabel = "FILE",
      arity = "0..1",
      description = "A strategy file (.yaml, .yml, .json); the bundled sample when left out.")
  Path file;

  /**
   * Reads the file, or reports its problems.
   *
   * @param spec the command, for its output streams
   * @param style how to mark problems
   * @return the document, or empty when the file cannot be read (its problems printed)
   */
  Optional<StrategyDocument> read(CommandSpec spec, TextStyle style) {
    Inputs.Loaded loaded =
        Inputs.load(file == null ? List.of() : List.of(file), spec.commandLine().getErr(), style);
    return loaded.documents().stream().map(Inputs.Named::document).findFirst();
  }
}
