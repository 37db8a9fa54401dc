package org.socialstrategy.io;

import java.util.Objects;
import java.util.Optional;

/**
 * One problem in a file: where it is (file, line, column, and the path of the element in the file),
 * what kind it is, what is wrong and, where a likely fix is known, a hint.
 *
 * <p>Paths name elements by their position in the file, {@code tactics[3].supports[0]}, and map
 * entries by their key, {@code funding.perYear[2027].budget}; the path is empty for a problem with
 * the file as a whole, such as a syntax error. {@link #toString()} prints the problem the way
 * compilers do, so editors and CI logs link it to the line.
 *
 * @param source the name of the file, as given to the reader
 * @param line the line, from 1
 * @param column the column, from 1
 * @param path the path of the element in the file, or empty for the file as a whole
 * @param kind the kind of problem
 * @param message what is wrong, lower case, naming the value
 * @param hint a likely fix, if one is known
 */
public record FileProblem(
    String source,
    int line,
    int column,
    String path,
    ProblemKind kind,
    String message,
    Optional<String> hint) {

  /**
   * Makes a problem.
   *
   * @param source the file's name, as given to the reader
   * @param line the line, from 1
   * @param column the column, from 1
   * @param path the path of the element in the file, such as {@code tactics[3].supports[0]}, or
   *     empty for a problem with the file as a whole
   * @param kind the kind of problem
   * @param message what is wrong, lower case, naming the value
   * @param hint a likely fix, if one is known
   * @throws NullPointerException if a value is null
   * @throws IllegalArgumentException if the line or column is less than 1
   */
  public FileProblem {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(hint, "hint");
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException(
          "a problem's line and column count from 1: " + line + ":" + column);
    }
  }

  /**
   * Returns the problem as compilers print one: {@code retail.yaml:42:7: tactics[3].supports[0]:
   * unknown goal 'grow-revnue' (did you mean 'grow-revenue'?)}.
   */
  @Override
  public String toString() {
    StringBuilder text =
        new StringBuilder(source).append(':').append(line).append(':').append(column).append(": ");
    if (!path.isEmpty()) {
      text.append(path).append(": ");
    }
    text.append(message);
    hint.ifPresent(h -> text.append(" (").append(h).append(')'));
    return text.toString();
  }
}
