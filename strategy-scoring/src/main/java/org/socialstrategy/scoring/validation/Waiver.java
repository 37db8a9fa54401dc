package org.socialstrategy.scoring.validation;

import java.util.Objects;
import org.socialstrategy.model.StrategyPath;
import org.socialstrategy.model.Suppression;

/**
 * One suppression of a strategy as a validation found it: the suppression (rule, subject, reason,
 * last day), where it stands, and how many findings it set aside, so that reports can list every
 * waiver with its reason and expiry, and the stale ones.
 *
 * @param suppression the suppression as the strategy records it
 * @param path where it is in the strategy, such as {@code suppressions[2]}
 * @param state where it stands
 * @param setAside how many findings it set aside (for an expired one: how many it matched)
 */
public record Waiver(Suppression suppression, StrategyPath path, WaiverState state, int setAside) {

  /**
   * Checks the parts.
   *
   * @param suppression the suppression
   * @param path where it is in the strategy
   * @param state where it stands
   * @param setAside how many findings it set aside, zero or more
   * @throws IllegalArgumentException if the count is negative
   */
  public Waiver {
    Objects.requireNonNull(suppression, "suppression");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(state, "state");
    if (setAside < 0) {
      throw new IllegalArgumentException("a waiver sets aside zero or more findings: " + setAside);
    }
  }
}
