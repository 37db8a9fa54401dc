package org.socialstrategy.model;

/**
 * How far a stakeholder stands behind the strategy, from not knowing it to owning it. Surveys find
 * only about half of top executives informed, engaged and aligned.
 */
public enum ExecutiveAlignment {
  /** Does not know the strategy. */
  UNAWARE,
  /** Has been told about the strategy. */
  INFORMED,
  /** Takes part in the strategy's decisions. */
  ENGAGED,
  /** Shares the strategy's goals and backs it with resources. */
  ALIGNED;

  /**
   * Tells whether this level is at least the given one.
   *
   * @param level the level to compare with
   * @return true when this level is the same or further along
   */
  public boolean isAtLeast(ExecutiveAlignment level) {
    return compareTo(level) >= 0;
  }
}
