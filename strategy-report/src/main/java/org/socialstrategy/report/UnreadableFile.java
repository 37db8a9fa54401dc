package org.socialstrategy.report;

import java.util.List;
import java.util.Objects;
import org.socialstrategy.io.FileProblem;
import org.socialstrategy.io.StrategyFileException;

/**
 * A file that could not be read as a strategy, with every problem that stopped it.
 *
 * @param file how to name the file in the output, such as the path a user gave
 * @param problems the problems, in the order of the file, at least one
 * @param omitted how many more problems were found but not kept
 */
public record UnreadableFile(String file, List<FileProblem> problems, int omitted)
    implements CheckedFile {

  /**
   * Copies the problems and checks them.
   *
   * @param file how to name the file in the output
   * @param problems the problems, at least one
   * @param omitted how many more problems were found but not kept
   * @throws IllegalArgumentException if there is no problem or the count is negative
   */
  public UnreadableFile {
    Objects.requireNonNull(file, "file");
    problems = List.copyOf(problems);
    if (problems.isEmpty() || omitted < 0) {
      throw new IllegalArgumentException(
          "an unreadable file has at least one problem and omits none or more: " + file);
    }
  }

  /**
   * Returns the unreadable file a reader's exception describes.
   *
   * @param file how to name the file in the output
   * @param exception what the reader threw
   * @return the file
   */
  public static UnreadableFile of(String file, StrategyFileException exception) {
    return new UnreadableFile(file, exception.problems(), exception.omitted());
  }
}
