package org.socialstrategy.attribution.data;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one input up to a limit, then throws them all at once. */
final class ProblemList {

  private final String source;
  private final int max;
  private final List<InputProblem> problems = new ArrayList<>();
  private int omitted;

  ProblemList(String source, int max) {
    this.source = source;
    this.max = max;
  }

  void add(int line, int column, String message, String hint) {
    if (problems.size() < max) {
      problems.add(new InputProblem(source, line, column, message, hint));
    } else {
      omitted++;
    }
  }

  boolean isFull() {
    return problems.size() >= max;
  }

  boolean isEmpty() {
    return problems.isEmpty();
  }

  void throwIfAny() {
    if (!problems.isEmpty()) {
      problems.sort((a, b) -> a.line() != b.line() ? a.line() - b.line() : a.column() - b.column());
      throw new AttributionInputException(problems, omitted);
    }
  }
}
