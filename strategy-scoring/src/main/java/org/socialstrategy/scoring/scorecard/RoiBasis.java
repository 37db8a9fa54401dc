package org.socialstrategy.scoring.scorecard;

/**
 * Which cost a tactic's return is set against at the as-of date. A tactic's cost is spent over its
 * time window; returns are compared with what has been spent by the same date.
 */
public enum RoiBasis {
  /**
   * The window runs at the as-of date: the cost incurred so far (pro rata by days) against the
   * returns so far, with a projection for the whole window from the run rate.
   */
  TO_DATE("to-date", "spent to date"),
  /** The window is over: the whole cost against every return observed. */
  FULL_WINDOW("full-window", "its whole cost, the window is over"),
  /** The tactic has no time window: its whole cost counts from the start. */
  WHOLE_COST("whole-cost", "its whole cost, no time window");

  private final String key;
  private final String words;

  RoiBasis(String key, String words) {
    this.key = key;
    this.words = words;
  }

  /**
   * Returns the basis's stable machine value, lower-case and hyphenated: {@code to-date}.
   *
   * @return the key
   */
  public String key() {
    return key;
  }

  /**
   * Returns what the cost is, in words: "spent to date", "its whole cost, the window is over", "its
   * whole cost, no time window".
   *
   * @return the words
   */
  public String words() {
    return words;
  }
}
