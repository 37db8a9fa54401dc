package org.socialstrategy.scoring.scorecard;

/**
 * Where an objective stands at the as-of date. With {@code q} the projected share of the planned
 * change reached by the due date: on track when {@code q >= 1}, at risk when {@code 0.7 <= q < 1},
 * off track below that or when the due date has passed without the target.
 */
public enum ProgressStatus {
  /** The target is reached. */
  ACHIEVED,
  /** At the current pace the target is reached by the due date. */
  ON_TRACK,
  /** At the current pace at least 70% of the planned change is reached by the due date. */
  AT_RISK,
  /** At the current pace less than 70% is reached, or the due date passed without the target. */
  OFF_TRACK,
  /** No observation of the metric falls in the objective's window by the as-of date. */
  NO_DATA;

  /** The least projected share of the planned change that is still only at risk. */
  public static final double AT_RISK_FLOOR = 0.7;
}
