package org.socialstrategy.testkit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One generated row of an aggregated path table, in neutral form: a path of channels with the
 * conversions it ended in, their value and the journeys along it that ended in nothing.
 *
 * @param steps the channels of the path, in order, at least one
 * @param conversions the conversions it ended in
 * @param value the value of those conversions
 * @param nulls the journeys that ended in nothing
 */
public record PathRow(List<String> steps, long conversions, BigDecimal value, long nulls) {

  /**
   * Checks and copies the row.
   *
   * @param steps the channels of the path, in order, at least one
   * @param conversions the conversions it ended in
   * @param value the value of those conversions
   * @param nulls the journeys that ended in nothing
   */
  public PathRow {
    steps = List.copyOf(steps);
    Objects.requireNonNull(value, "value");
    if (steps.isEmpty()) {
      throw new IllegalArgumentException("a path has at least one step");
    }
  }

  /**
   * Returns the path as attribution tools write it, steps separated by {@code " > "}.
   *
   * @return the path's text
   */
  public String path() {
    return String.join(" > ", steps);
  }
}
