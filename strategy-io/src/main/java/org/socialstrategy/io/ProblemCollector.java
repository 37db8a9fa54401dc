package org.socialstrategy.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.socialstrategy.model.StrategyPath;

/**
 * Collects the located problems of one file up to a limit and counts the rest, then reports them
 * all at once in one {@link StrategyFileException}, ordered by line and column (problems on the
 * same place in the order found). Every reader of the library collects its problems here: strategy
 * files, observations CSV, and the event and path-table CSV of attribution, so that a caller
 * catches one exception type for every file the library reads.
 *
 * <pre>{@code
 * ProblemCollector problems = new ProblemCollector("events.csv", 100);
 * problems.add(2, 4, ProblemKind.BAD_VALUE, "'yesterday' is not a timestamp", null);
 * problems.throwIfAny(); // StrategyFileException: events.csv:2:4: 'yesterday' is not a timestamp
 * }</pre>
 *
 * <p>Not thread-safe: one collector per file being read.
 */
public final class ProblemCollector {

  private static final Comparator<FileProblem> BY_POSITION =
      Comparator.comparingInt(FileProblem::line).thenComparingInt(FileProblem::column);

  private final String source;
  private final int max;
  private final List<FileProblem> problems = new ArrayList<>();
  private int omitted;

  /**
   * Makes a collector for one file.
   *
   * @param source the file's name, as problems show it
   * @param max how many problems to keep, at least 1; more are only counted
   * @throws IllegalArgumentException if {@code max} is less than 1
   */
  public ProblemCollector(String source, int max) {
    if (max < 1) {
      throw new IllegalArgumentException("a collector keeps at least one problem: " + max);
    }
    this.source = Objects.requireNonNull(source, "source");
    this.max = max;
  }

  /**
   * Returns the name of the file the problems are in.
   *
   * @return the name, as given
   */
  public String source() {
    return source;
  }

  /**
   * Records a problem of a file without element paths, such as a CSV file: at a line and column, or
   * at 1:1 for the file as a whole.
   *
   * @param line the line, from 1
   * @param column the column, from 1
   * @param kind the kind of problem
   * @param message what is wrong, lower case, naming the value
   * @param hint a likely fix, or null when none is known
   * @throws IllegalArgumentException if the line or column is less than 1
   */
  public void add(int line, int column, ProblemKind kind, String message, String hint) {
    add(line, column, StrategyPath.ROOT, kind, message, hint);
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

  /**
   * Tells whether no problem was found.
   *
   * @return true while there is none
   */
  public boolean isEmpty() {
    return problems.isEmpty();
  }

  /**
   * Tells whether as many problems were found as are kept: a reader stops reading then.
   *
   * @return true when full
   */
  public boolean isFull() {
    return problems.size() >= max;
  }

  /**
   * Returns the exception that reports every problem, ordered by line and column.
   *
   * @return the exception
   * @throws IllegalArgumentException if no problem was found
   */
  public StrategyFileException exception() {
    List<FileProblem> sorted = new ArrayList<>(problems);
    sorted.sort(BY_POSITION);
    return new StrategyFileException(sorted, omitted);
  }

  /**
   * Records that the file is not UTF-8 text, from a line on.
   *
   * @param line the line the first byte that is not UTF-8 is on, or 1 when it is not known
   */
  public void notUtf8(int line) {
    add(line, 1, ProblemKind.SYNTAX, "the file is not UTF-8 text", "save it as UTF-8");
  }

  /**
   * Returns the exception for a file that is not UTF-8 text.
   *
   * @param source the file's name
   * @return the exception
   */
  public static StrategyFileException notUtf8(String source) {
    ProblemCollector problems = new ProblemCollector(source, 1);
    problems.notUtf8(1);
    return problems.exception();
  }

  /**
   * Throws the exception that reports the problems, if there are any.
   *
   * @throws StrategyFileException if a problem was found
   */
  public void throwIfAny() {
    if (!problems.isEmpty()) {
      throw exception();
    }
  }
}
