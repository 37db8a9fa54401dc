package org.socialstrategy.attribution.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;
import org.socialstrategy.attribution.data.AttributionInputException;
import org.socialstrategy.attribution.data.InputProblem;

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
   * @throws AttributionInputException listing the problems, each naming its row, column and rule
   */
  public void throwProblems() {
    if (problemCount.value() == 0) {
      return;
    }
    List<InputProblem> list = new ArrayList<>();
    for (String message : new TreeSet<>(problems.value())) {
      if (list.size() < maxProblems) {
        list.add(new InputProblem(sourceName, 0, 0, message, null));
      }
    }
    throw new AttributionInputException(
        list, (int) Math.min(Integer.MAX_VALUE, Math.max(0, problemCount.value() - list.size())));
  }
}
