package org.socialstrategy.scoring.validation;

import java.util.Objects;

/**
 * A finding that a suppression recorded in the strategy set aside, with its reason.
 *
 * @param finding the finding set aside
 * @param reason why the strategy says the rule does not apply
 */
public record SuppressedFinding(Finding finding, String reason) {

  /**
   * Checks that both parts are given.
   *
   * @param finding the finding set aside
   * @param reason why the strategy says the rule does not apply
   */
  public SuppressedFinding {
    Objects.requireNonNull(finding, "finding");
    Objects.requireNonNull(reason, "reason");
  }

  /**
   * Returns a suppressed finding.
   *
   * @param finding the finding set aside
   * @param reason why
   * @return the suppressed finding
   */
  public static SuppressedFinding of(Finding finding, String reason) {
    return new SuppressedFinding(finding, reason);
  }
}
