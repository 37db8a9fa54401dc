package org.socialstrategy.model;

import java.math.BigDecimal;

/** Which way an objective moves its metric, derived from its baseline and target. */
public enum Direction {
  /** The target is above the baseline: higher is better. */
  INCREASE,
  /** The target is below the baseline: lower is better (cost to serve, time to hire). */
  DECREASE,
  /** The target equals the baseline: the objective is to hold the level. */
  MAINTAIN;

  /**
   * Returns the direction that leads from the baseline to the target.
   *
   * @param baseline where the metric starts
   * @param target where it should be
   * @return the direction
   */
  public static Direction between(BigDecimal baseline, BigDecimal target) {
    int sign = target.compareTo(baseline);
    return sign > 0 ? INCREASE : sign < 0 ? DECREASE : MAINTAIN;
  }
}
