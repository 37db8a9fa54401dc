package org.socialstrategy.cli;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.socialstrategy.io.AtomicFiles;
import org.socialstrategy.report.TextStyle;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** {@code -o, --output}: where a command's result goes instead of standard output. */
final class OutputOption {

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description =
          "Write the result to FILE instead of standard output (replaced in one step: a failed"
              + " write leaves the old file).")
  Path output;

  /**
   * Returns how to mark the result: the colour option's style on standard output, plain text in a
   * file.
   *
   * @param color the colour option
   * @return the style
   */
  TextStyle style(ColorOption color) {
    return output == null ? color.style() : TextStyle.PLAIN;
  }

  /**
   * Prints the result, or writes it to the file.
   *
   * @param text the result
   * @param spec the command
   * @throws CommandFailure if the file cannot be written
   */
  void emit(String text, CommandSpec spec) {
    if (output == null) {
      spec.commandLine().getOut().print(text);
      spec.commandLine().getOut().flush();
    } else {
      write(output, text);
    }
  }

  /**
   * Writes a file atomically, turning a failure into a message that names the file and the reason.
   *
   * @param file the file
   * @param text its text
   * @throws CommandFailure if it cannot be written
   */
  static void write(Path file, String text) {
    Path folder = file.toAbsolutePath().getParent();
    if (Files.isDirectory(file)) {
      throw new CommandFailure("cannot write " + file + ": it is a folder");
    }
    if (folder != null && !Files.isDirectory(folder)) {
      throw new CommandFailure("cannot write " + file + ": no such folder " + folder);
    }
    try {
      AtomicFiles.write(file, text);
    } catch (UncheckedIOException e) {
      throw new CommandFailure("cannot write " + file + ": " + Inputs.reason(e));
    }
  }
}
