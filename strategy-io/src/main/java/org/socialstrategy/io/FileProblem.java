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
 */
public final class FileProblem {

  private final String source;
  private final int line;
  private final int column;
  private final String path;
  private final ProblemKind kind;
  private final String message;
  private final String hint;

  /**
   * Makes a problem.
   *
   * @param source the file's name
   * @param line the line, from 1
   * @param column the column, from 1
   * @param path the path of the element in the file, or empty
   * @param kind the kind of problem
   * @param message what is wrong, lower case, naming the value
   * @param hint a likely fix, or null when none is known
   */
  FileProblem(
      String source,
      int line,
      int column,
      String path,
      ProblemKind kind,
      String message,
      String hint) {
    this.source = Objects.requireNonNull(source, "source");
    this.line = line;
    this.column = column;
    this.path = Objects.requireNonNull(path, "path");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.message = Objects.requireNonNull(message, "message");
    this.hint = hint;
  }

  /**
   * Returns the name of the file, as given to the reader.
   *
   * @return the file's name
   */
  public String source() {
    return source;
  }

  /**
   * Returns the line the problem is on.
   *
   * @return the line, from 1
   */
  public int line() {
    return line;
  }

  /**
   * Returns the column the problem starts at.
   *
   * @return the column, from 1
   */
  public int column() {
    return column;
  }

  /**
   * Returns the path of the element in the file, such as {@code tactics[3].supports[0]}.
   *
   * @return the path, empty for a problem with the file as a whole
   */
  public String path() {
    return path;
  }

  /**
   * Returns the kind of problem.
   *
   * @return the kind
   */
  public ProblemKind kind() {
    return kind;
  }

  /**
   * Returns what is wrong, such as {@code unknown goal 'grow-revnue'}.
   *
   * @return the message
   */
  public String message() {
    return message;
  }

  /**
   * Returns a likely fix, such as {@code did you mean 'grow-revenue'?}.
   *
   * @return the hint, if one is known
   */
  public Optional<String> hint() {
    return Optional.ofNullable(hint);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FileProblem
        && source.equals(((FileProblem) other).source)
        && line == ((FileProblem) other).line
        && column == ((FileProblem) other).column
        && path.equals(((FileProblem) other).path)
        && kind == ((FileProblem) other).kind
        && message.equals(((FileProblem) other).message)
        && Objects.equals(hint, ((FileProblem) other).hint);
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, line, column, path, kind, message, hint);
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
    if (hint != null) {
      text.append(" (").append(hint).append(')');
    }
    return text.toString();
  }
}
