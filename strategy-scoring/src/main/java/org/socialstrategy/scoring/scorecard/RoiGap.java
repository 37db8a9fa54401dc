package org.socialstrategy.scoring.scorecard;

/** Why a tactic's return on investment cannot be computed. */
public enum RoiGap {
  /** The tactic has no cost. */
  NO_COST("no-cost", "it has no cost"),
  /** The tactic's cost is zero, so a return relative to it is undefined. */
  ZERO_COST("zero-cost", "its cost is zero"),
  /** The tactic tracks no business-outcome metric. */
  NO_OUTCOME_METRIC("no-outcome-metric", "it tracks no business-outcome metric"),
  /**
   * Its business outcomes are levels, averages, scores or rates (satisfaction, cost per contact,
   * days to hire), which have no money value per unit.
   */
  NO_COUNTABLE_OUTCOME(
      "no-countable-outcome",
      "its outcomes are levels, averages or rates, which have no money value per unit"),
  /** None of its countable outcomes has a value per unit. */
  NO_VALUE_PER_UNIT("no-value-per-unit", "none of its countable outcomes has a value per unit"),
  /** Its time window starts after the as-of date: nothing has been spent on it yet. */
  NOT_STARTED("not-started", "it has not started by the as-of date"),
  /**
   * Its window has started, but the share of its cost that falls by the as-of date rounds to zero
   * (a tiny cost over a long window), so there is nothing yet to set a return against.
   */
  NOTHING_SPENT_YET(
      "nothing-spent-yet", "the part of its cost spent by the as-of date rounds to zero"),
  /** No observation of its valued outcome metrics is attributed to it by the as-of date. */
  NO_OBSERVATIONS("no-observations", "no outcome has been observed for it");

  private final String key;
  private final String reason;

  RoiGap(String key, String reason) {
    this.key = key;
    this.reason = reason;
  }

  /**
   * Returns the gap's stable machine value, lower-case and hyphenated: {@code no-cost}.
   *
   * @return the key
   */
  public String key() {
    return key;
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
