package org.socialstrategy.scoring.scorecard;

/** Why a tactic's return on investment cannot be computed. */
public enum RoiGap {
  /** The tactic has no cost. */
  NO_COST("it has no cost"),
  /** The tactic's cost is zero, so a return relative to it is undefined. */
  ZERO_COST("its cost is zero"),
  /** The tactic tracks no business-outcome metric. */
  NO_OUTCOME_METRIC("it tracks no business-outcome metric"),
  /** None of its outcome metrics has a value per unit. */
  NO_VALUE_PER_UNIT("none of its outcome metrics has a value per unit"),
  /** No observation of its valued outcome metrics is attributed to it by the as-of date. */
  NO_OBSERVATIONS("no outcome has been observed for it");

  private final String reason;

  RoiGap(String reason) {
    this.reason = reason;
  }

  /**
   * Returns the reason in words, such as "it has no cost".
   *
   * @return the reason
   */
  public String reason() {
    return reason;
  }
}
