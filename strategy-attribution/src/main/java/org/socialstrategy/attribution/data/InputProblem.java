package org.socialstrategy.attribution.data;

import java.util.Objects;
import java.util.Optional;

/**
 * One problem in attribution input: where it is (source, line, column), what is wrong and, where a
 * likely fix is known, a hint. {@link #toString()} prints it the way compilers do, so editors and
 * CI logs link it to the line: {@code events.csv:12:25: 'yesterday' is not a timestamp (expected an
 * ISO instant such as 2027-03-01T10:15:30Z, or a local date-time)}.
 *
 * <p>Problems found through the API rather than in a file carry line and column 0.
 */
public final class InputProblem {

  private final String source;
  private final int line;
  private final int column;
  private final String message;
  private final String hint;

  /**
   * Makes a problem.
   *
   * @param source the name of the input, such as the file's name
   * @param line the line, from 1, or 0 when not from a file
   * @param column the column, from 1, or 0 when not from a file
   * @param message what is wrong, lower case, naming the value
   * @param hint a likely fix, or null when none is known
   */
  public InputProblem(String source, int line, int column, String message, String hint) {
    this.source = Objects.requireNonNull(source, "source");
    this.line = line;
    this.column = column;
    this.message = Objects.requireNonNull(message, "message");
    this.hint = hint;
  }

  /**
   * Returns the name of the input, as given to the reader.
   *
   * @return the input's name
   */
  public String source() {
    return source;
  }

  /**
   * Returns the line the problem is on.
   *
   * @return the line, from 1; 0 when not from a file
   */
  public int line() {
    return line;
  }

  /**
   * Returns the column the problem starts at.
   *
   * @return the column, from 1; 0 when not from a file
   */
  public int column() {
    return column;
  }

  /**
   * Returns what is wrong.
   *
   * @return the message
   */
  public String message() {
    return message;
  }

  /**
   * Returns a likely fix.
   *
   * @return the hint, if one is known
   */
  public Optional<String> hint() {
    return Optional.ofNullable(hint);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof InputProblem
        && source.equals(((InputProblem) other).source)
        && line == ((InputProblem) other).line
        && column == ((InputProblem) other).column
        && message.equals(((InputProblem) other).message)
        && Objects.equals(hint, ((InputProblem) other).hint);
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, line, column, message, hint);
  }

  /** Returns the problem as {@code source:line:column: message (hint)}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(source);
    if (line > 0) {
      text.append(':').append(line).append(':').append(column);
    }
    text.append(": ").append(message);
    if (hint != null) {
      text.append(" (").append(hint).append(')');
    }
    return text.toString();
  }
}
