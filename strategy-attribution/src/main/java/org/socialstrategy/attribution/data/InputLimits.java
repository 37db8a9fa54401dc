package org.socialstrategy.attribution.data;

import java.util.Locale;
import org.socialstrategy.io.ProblemKind;

/**
 * Limits that protect attribution from hostile or broken input. A CSV over a limit is rejected with
 * a located problem as soon as the limit is reached, before the rest is read; events given through
 * the API are held to the same limits.
 *
 * <table>
 *   <caption>The limits and their defaults</caption>
 *   <tr><th>limit</th><th>default</th><th>what it bounds</th></tr>
 *   <tr><td>{@link #maxCellLength()}</td><td>65,536 characters</td><td>one CSV cell, a path of
 *       the path table included</td></tr>
 *   <tr><td>{@link #maxLineLength()}</td><td>1,048,576 characters</td><td>one CSV row</td></tr>
 *   <tr><td>{@link #maxFields()}</td><td>64</td><td>cells in one row</td></tr>
 *   <tr><td>{@link #maxNumberLength()}</td><td>40 characters</td><td>a count or a value</td></tr>
 *   <tr><td>{@link #maxPathSteps()}</td><td>1,000</td><td>touchpoints in one path</td></tr>
 *   <tr><td>{@link #maxDistinctPaths()}</td><td>10,000,000</td><td>distinct paths held (per
 *       period)</td></tr>
 *   <tr><td>{@link #maxKeys()}</td><td>1,000,000</td><td>distinct touchpoint keys</td></tr>
 *   <tr><td>{@link #maxJourneyEvents()}</td><td>1,000,000</td><td>events of one journey held at
 *       once</td></tr>
 *   <tr><td>{@link #maxBufferedEvents()}</td><td>20,000,000</td><td>events held when the input is
 *       not sorted by journey</td></tr>
 *   <tr><td>{@link #maxProblems()}</td><td>100</td><td>problems kept before reading
 *       stops</td></tr>
 * </table>
 */
public final class InputLimits {

  private static final InputLimits DEFAULTS =
      new InputLimits(
          new long[] {
            65_536, 1_048_576, 64, 40, 1_000, 10_000_000, 1_000_000, 1_000_000, 20_000_000, 100
          });

  private static final String[] NAMES = {
    "max cell length",
    "max line length",
    "max fields",
    "max number length",
    "max path steps",
    "max distinct paths",
    "max keys",
    "max journey events",
    "max buffered events",
    "max problems"
  };

  private final long[] limits;

  private InputLimits(long[] limits) {
    this.limits = limits;
  }

  /**
   * Returns the default limits.
   *
   * @return the defaults
   */
  public static InputLimits defaults() {
    return DEFAULTS;
  }

  /**
   * Returns the longest CSV cell, in characters.
   *
   * @return the limit
   */
  public int maxCellLength() {
    return (int) limits[0];
  }

  /**
   * Returns the longest CSV row, in characters.
   *
   * @return the limit
   */
  public int maxLineLength() {
    return (int) limits[1];
  }

  /**
   * Returns the most cells in one CSV row.
   *
   * @return the limit
   */
  public int maxFields() {
    return (int) limits[2];
  }

  /**
   * Returns the longest count or value, in characters.
   *
   * @return the limit
   */
  public int maxNumberLength() {
    return (int) limits[3];
  }

  /**
   * Returns the most touchpoints in one path.
   *
   * @return the limit
   */
  public int maxPathSteps() {
    return (int) limits[4];
  }

  /**
   * Returns the most distinct paths held in one table.
   *
   * @return the limit
   */
  public int maxDistinctPaths() {
    return (int) limits[5];
  }

  /**
   * Returns the most distinct touchpoint keys.
   *
   * @return the limit
   */
  public int maxKeys() {
    return (int) limits[6];
  }

  /**
   * Returns the most events of one journey held at once.
   *
   * @return the limit
   */
  public int maxJourneyEvents() {
    return (int) limits[7];
  }

  /**
   * Returns the most events held when the input is not sorted by journey.
   *
   * @return the limit
   */
  public long maxBufferedEvents() {
    return limits[8];
  }

  /**
   * Returns how many problems are kept; reading stops when that many are found.
   *
   * @return the limit
   */
  public int maxProblems() {
    return (int) limits[9];
  }

  /**
   * Returns these limits with another longest cell.
   *
   * @param characters the limit, at least 1
   * @return the changed limits
   * @throws IllegalArgumentException if the limit is below 1
   */
  public InputLimits withMaxCellLength(int characters) {
    return with(0, characters);
  }

  /**
   * Returns these limits with another longest row.
   *
   * @param characters the limit, at least 1
   * @return the changed limits
   * @throws IllegalArgumentException if the limit is below 1
   */
  public InputLimits withMaxLineLength(int characters) {
    return with(1, characters);
  }

  /**
   * Returns these limits with another most cells in a row.
   *
   * @param fields the limit, at least 1
   * @return the changed limits
   * @throws IllegalArgumentException if the limit is below 1
   */
  public InputLimits withMaxFields(int fields) {
    return with(2, fields);
  }

  /**
   * Returns these limits with another longest number.
   *
   * @param characters the limit, at least 1
   * @return the changed limits
   * @throws IllegalArgumentException if the limit is below 1
   */
  public InputLimits withMaxNumberLength(int characters) {
    return with(3, characters);
  }

  /**
   * Returns these limits with another longest path.
   *
   * @param steps the limit, at least 1
   * @return the changed limits
   * @throws IllegalArgumentException if the limit is below 1
   */
  public InputLimits withMaxPathSteps(int steps) {
    return with(4, steps);
  }

  /**
   * Returns these limits with another most distinct paths.
   *
   * @param paths the limit, at least 1
   * @return the changed limits
   * @throws IllegalArgumentException if the limit is below 1
   */
  public InputLimits withMaxDistinctPaths(int paths) {
    return with(5, paths);
  }

  /**
   * Returns these limits with another most distinct keys.
   *
   * @param keys the limit, at least 1
   * @return the changed limits
   * @throws IllegalArgumentException if the limit is below 1
   */
  public InputLimits withMaxKeys(int keys) {
    return with(6, keys);
  }

  /**
   * Returns these limits with another most events of one journey.
   *
   * @param events the limit, at least 1
   * @return the changed limits
   * @throws IllegalArgumentException if the limit is below 1
   */
  public InputLimits withMaxJourneyEvents(int events) {
    return with(7, events);
  }

  /**
   * Returns these limits with another most buffered events.
   *
   * @param events the limit, at least 1
   * @return the changed limits
   * @throws IllegalArgumentException if the limit is below 1
   */
  public InputLimits withMaxBufferedEvents(long events) {
    return with(8, events);
  }

  /**
   * Returns these limits keeping another number of problems.
   *
   * @param problems the limit, at least 1
   * @return the changed limits
   * @throws IllegalArgumentException if the limit is below 1
   */
  public InputLimits withMaxProblems(int problems) {
    return with(9, problems);
  }

  private InputLimits with(int index, long value) {
    if (value < 1) {
      throw new IllegalArgumentException(NAMES[index] + " must be at least 1: " + value);
    }
    long[] changed = limits.clone();
    changed[index] = value;
    return new InputLimits(changed);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof InputLimits
        && java.util.Arrays.equals(limits, ((InputLimits) other).limits);
  }

  @Override
  public int hashCode() {
    return java.util.Arrays.hashCode(limits);
  }

  /** Returns the limits, for logs: {@code max cell length=65536, ...}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < NAMES.length; i++) {
      text.append(i == 0 ? "" : ", ")
          .append(NAMES[i])
          .append('=')
          .append(String.format(Locale.ROOT, "%d", limits[i]));
    }
    return text.toString();
  }

  /**
   * Tells the kind of a problem the aggregator or a path table reported: one that says "more than"
   * or names "the limit" passed a limit; any other is a bad value, such as journeys out of order.
   */
  static ProblemKind kindOf(IllegalArgumentException problem) {
    String message = String.valueOf(problem.getMessage());
    return message.startsWith("more than") || message.contains("the limit")
        ? ProblemKind.LIMIT
        : ProblemKind.BAD_VALUE;
  }
}
