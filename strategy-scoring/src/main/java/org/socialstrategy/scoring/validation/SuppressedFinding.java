package org.socialstrategy.scoring.validation;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A finding that a suppression recorded in the strategy set aside, with its reason and, for a
 * waiver granted for a while, the last day it holds.
 *
 * @param finding the finding set aside
 * @param reason why the strategy says the rule does not apply
 * @param until the last day the suppression holds, empty when it has no end
 */
public record SuppressedFinding(Finding finding, String reason, Optional<LocalDate> until) {

  /**
   * Checks that every part is given.
   *
   * @param finding the finding set aside
   * @param reason why the strategy says the rule does not apply
   * @param until the last day the suppression holds, empty when it has no end
   */
  public SuppressedFinding {
    Objects.requireNonNull(finding, "finding");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(until, "until");
  }

  /**
   * Makes a finding set aside by a suppression without an end.
   *
   * @param finding the finding set aside
   * @param reason why the strategy says the rule does not apply
   */
  public SuppressedFinding(Finding finding, String reason) {
    this(finding, reason, Optional.empty());
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
