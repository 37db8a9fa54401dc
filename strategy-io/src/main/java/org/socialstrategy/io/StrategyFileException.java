package org.socialstrategy.io;

import java.util.List;

/**
 * Thrown when a strategy file, or any other file the library reads (observations, touchpoints),
 * cannot be read; carries every problem found, each with its file, line, column and path, never a
 * parser's own message. Readers in other modules throw it too, so that callers catch one type.
 */
public final class StrategyFileException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** How many problems the message lists; {@link #problems()} has all that were kept. */
  static final int MAX_LISTED = 50;

  private final transient List<FileProblem> problems;

  /** How many problems were found beyond those kept. */
  private final int omitted;

  /**
   * Returns an exception for the given problems.
   *
   * @param problems the problems, at least one
   * @param omitted how many more problems were found but not kept
   * @throws IllegalArgumentException if there is no problem
   */
  public StrategyFileException(List<FileProblem> problems, int omitted) {
    super(describe(problems, omitted));
    this.problems = List.copyOf(problems);
    this.omitted = omitted;
  }

  /**
   * Returns the problems, ordered by line and column; at most {@link ReadOptions#maxProblems()} of
   * them.
   *
   * @return the problems
   */
  public List<FileProblem> problems() {
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

  private static String describe(List<FileProblem> problems, int omitted) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a file exception has at least one problem");
    }
    int count = problems.size() + omitted;
    StringBuilder message =
        new StringBuilder(problems.get(0).source())
            .append(": ")
            .append(count)
            .append(count == 1 ? " problem" : " problems");
    for (FileProblem problem : problems.subList(0, Math.min(problems.size(), MAX_LISTED))) {
      message.append("\n  ").append(problem);
    }
    int more = count - Math.min(problems.size(), MAX_LISTED);
    if (more > 0) {
      message.append("\n  ... and ").append(more).append(" more");
    }
    return message.toString();
  }
}
