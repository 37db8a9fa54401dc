package org.socialstrategy.attribution.data;

import java.util.List;

/**
 * Thrown when attribution input (an events or path-table CSV, or events given through the API)
 * cannot be read; carries every problem found up to {@link InputLimits#maxProblems()}, each with
 * its source, line and column, never a parser's own message. Nothing of the input is returned when
 * it is thrown.
 */
public final class AttributionInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** How many problems the message lists; {@link #problems()} has all that were kept. */
  static final int MAX_LISTED = 20;

  private final transient List<InputProblem> problems;

  /** How many problems were found beyond those kept. */
  private final int omitted;

  /**
   * Returns an exception for the given problems.
   *
   * @param problems the problems, at least one
   * @param omitted how many more problems were found but not kept
   * @throws IllegalArgumentException if there is no problem
   */
  public AttributionInputException(List<InputProblem> problems, int omitted) {
    super(describe(problems, omitted));
    this.problems = List.copyOf(problems);
    this.omitted = omitted;
  }

  /**
   * Returns the problems, in the order they were found (by line for a file).
   *
   * @return the problems kept
   */
  public List<InputProblem> problems() {
    return problems;
  }

  /**
   * Returns how many problems were found beyond those kept.
   *
   * @return the number of problems left out of {@link #problems()}
   */
  public int omitted() {
    return omitted;
  }

  private static String describe(List<InputProblem> problems, int omitted) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an input exception has at least one problem");
    }
    int count = problems.size() + omitted;
    StringBuilder message =
        new StringBuilder(problems.get(0).source())
            .append(": ")
            .append(count)
            .append(count == 1 ? " problem" : " problems");
    int listed = Math.min(problems.size(), MAX_LISTED);
    for (InputProblem problem : problems.subList(0, listed)) {
      message.append("\n  ").append(problem);
    }
    if (count > listed) {
      message.append("\n  ... and ").append(count - listed).append(" more");
    }
    return message.toString();
  }
}
