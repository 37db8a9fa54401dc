package org.socialstrategy.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.socialstrategy.model.StrategyPath;

/**
 * Collects the problems of one file, up to {@link ReadOptions#maxProblems()}; counts the rest.
 * Problems are kept in the order found and reported ordered by line and column.
 */
final class ProblemCollector {

  private static final Comparator<FileProblem> BY_POSITION =
      Comparator.comparingInt(FileProblem::line).thenComparingInt(FileProblem::column);

  private final String source;
  private final int max;
  private final List<FileProblem> problems = new ArrayList<>();
  private int omitted;

  ProblemCollector(String source, int max) {
    this.source = source;
    this.max = max;
  }

  /** Returns the name of the file the problems are in. */
  String source() {
    return source;
  }

  /** Records a problem at a line and column, with the path of the element it is about. */
  void add(int line, int column, StrategyPath path, ProblemKind kind, String message, String hint) {
    if (problems.size() < max) {
      problems.add(
          new FileProblem(
              source, line, column, path.toString(), kind, message, Optional.ofNullable(hint)));
    } else {
      omitted++;
    }
  }

  /** Records a problem at the start of a node. */
  void add(TreeNode node, StrategyPath path, ProblemKind kind, String message, String hint) {
    add(node.line(), node.column(), path, kind, message, hint);
  }

  /** Tells whether no problem was found. */
  boolean isEmpty() {
    return problems.isEmpty();
  }

  /** Tells whether as many problems were found as are kept. */
  boolean isFull() {
    return problems.size() >= max;
  }

  /** Returns the exception that reports every problem, ordered by line and column. */
  StrategyFileException exception() {
    List<FileProblem> sorted = new ArrayList<>(problems);
    sorted.sort(BY_POSITION);
    return new StrategyFileException(sorted, omitted);
  }

  /**
   * Returns the exception for a file that is not UTF-8 text.
   *
   * @param source the file's name
   * @return the exception
   */
  static StrategyFileException notUtf8(String source) {
    ProblemCollector problems = new ProblemCollector(source, 1);
    problems.add(
        1,
        1,
        StrategyPath.ROOT,
        ProblemKind.SYNTAX,
        "the file is not UTF-8 text",
        "save it as UTF-8");
    return problems.exception();
  }

  /** Throws the exception that reports the problems, if there are any. */
  void throwIfAny() {
    if (!problems.isEmpty()) {
      throw exception();
    }
  }
}
