package org.socialstrategy.attribution.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;
import org.socialstrategy.io.FileProblem;
import org.socialstrategy.io.ProblemKind;
import org.socialstrategy.io.StrategyFileException;

/**
 * Touchpoints read into events, lazily: one row per touch and per conversion, by the attribution
 * module's own rules. The rows with problems give no event; their problems are counted as Spark
 * computes the events, and the aggregate built from them refuses input that had any.
 *
 * <p>{@link #dataset()} has the columns {@code journey} (text), {@code millis} (the instant in
 * epoch milliseconds), {@code kind} (0 for a touch, 1 for a conversion), {@code key} (a touch's key
 * text), {@code value} (a conversion's value as exact decimal text; null for zero) and two binary
 * sort keys, {@code key_order} and {@code value_order}, that order keys as {@link
 * String#compareTo(String)} does and values numerically. Persist it to reuse it; the problems are
 * counted once however often it is read.
 */
public final class SparkEvents {

  private final Dataset<Row> dataset;
  private final String sourceName;
  private final int maxProblems;
  private final CollectionAccumulator<String> problems;
  private final LongAccumulator problemCount;

  SparkEvents(
      Dataset<Row> dataset,
      String sourceName,
      int maxProblems,
      CollectionAccumulator<String> problems,
      LongAccumulator problemCount) {
    this.dataset = dataset;
    this.sourceName = sourceName;
    this.maxProblems = maxProblems;
    this.problems = problems;
    this.problemCount = problemCount;
  }

  /**
   * Returns the events.
   *
   * @return the events, computed when Spark runs an action on them
   */
  public Dataset<Row> dataset() {
    return dataset;
  }

  /**
   * Returns the name problems are reported under, such as the input's path.
   *
   * @return the name
   */
  public String sourceName() {
    return sourceName;
  }

  /**
   * Throws the problems found in the rows read so far, if there were any: call it after an action
   * that computed every event.
   *
   * @throws StrategyFileException listing the problems, each naming its row, column and rule
   */
  public void throwProblems() {
    if (problemCount.value() == 0) {
      return;
    }
    List<FileProblem> list = new ArrayList<>();
    for (String message : new TreeSet<>(problems.value())) {
      if (list.size() < maxProblems) {
        list.add(problem(sourceName, message));
      }
    }
    throw new StrategyFileException(
        list, (int) Math.min(Integer.MAX_VALUE, Math.max(0, problemCount.value() - list.size())));
  }

  /**
   * A problem of a dataset, which has no lines: it stands at line 1, column 1, and its message
   * names the row and column; its kind follows what the message says.
   */
  static FileProblem problem(String source, String message) {
    ProblemKind kind =
        message.startsWith("missing")
            ? ProblemKind.MISSING_FIELD
            : message.contains("limit") ? ProblemKind.LIMIT : ProblemKind.BAD_VALUE;
    return new FileProblem(source, 1, 1, "", kind, message, Optional.empty());
  }

  /**
   * Describes a problem of a dataset as people read it, without the line and column a dataset does
   * not have: {@code events.parquet: row of journey 'c1' ...}.
   *
   * @param problem the problem
   * @return its source, message and hint
   */
  public static String describe(FileProblem problem) {
    return problem.source()
        + ": "
        + problem.message()
        + problem.hint().map(hint -> " (" + hint + ")").orElse("");
  }
}
