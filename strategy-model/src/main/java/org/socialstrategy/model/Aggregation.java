package org.socialstrategy.model;

/**
 * How a metric's observations over several periods add up to one figure, for objective progress and
 * return on investment.
 */
public enum Aggregation {
  /**
   * A level, read at a point in time: the latest observation is the current value (cost per
   * contact, satisfaction, time to hire, followers).
   */
  LATEST,
  /**
   * A flow, counted per period: the total over a window is the value (net new customers, revenue,
   * orders, calls deflected).
   */
  SUM,
  /** A rate, averaged over the periods observed (average order size, response time). */
  AVERAGE
}
