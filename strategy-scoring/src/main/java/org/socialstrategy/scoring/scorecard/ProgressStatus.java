package org.socialstrategy.scoring.scorecard;

/**
 * Where an objective stands at the as-of date. With {@code q} the projected share of the planned
 * change reached by the due date: on track when {@code q >= 1}, at risk when {@code 0.7 <= q < 1},
 * off track below that or when the due date has passed without the target.
 */
public enum ProgressStatus {
  /** The target is reached. */
  ACHIEVED("achieved", "achieved"),
  /** At the current pace the target is reached by the due date. */
  ON_TRACK("on-track", "on track"),
  /** At the current pace at least 70% of the planned change is reached by the due date. */
  AT_RISK("at-risk", "at risk"),
  /** At the current pace less than 70% is reached, or the due date passed without the target. */
  OFF_TRACK("off-track", "off track"),
  /** No observation of the metric falls in the objective's window by the as-of date. */
  NO_DATA("no-data", "no data");

  /** The least projected share of the planned change that is still only at risk. */
  public static final double AT_RISK_FLOOR = 0.7;

  private final String key;
  private final String words;

  ProgressStatus(String key, String words) {
    this.key = key;
    this.words = words;
  }

  /**
   * Returns the status's stable machine value, lower-case and hyphenated: {@code off-track}.
   *
   * @return the key
   */
  public String key() {
    return key;
  }

  /**
   * Returns the status in words: {@code off track}.
   *
   * @return the words
   */
  public String words() {
    return words;
  }
}
