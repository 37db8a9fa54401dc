package org.socialstrategy.scoring.validation;

import org.immutables.value.Value;

/** A finding that a suppression recorded in the strategy set aside, with its reason. */
@Value.Immutable
public abstract class SuppressedFinding {

  SuppressedFinding() {}

  /**
   * Returns the finding set aside.
   *
   * @return the finding
   */
  @Value.Parameter
  public abstract Finding finding();

  /**
   * Returns why the strategy says the rule does not apply.
   *
   * @return the reason
   */
  @Value.Parameter
  public abstract String reason();

  /**
   * Returns a suppressed finding.
   *
   * @param finding the finding set aside
   * @param reason why
   * @return the suppressed finding
   */
  public static SuppressedFinding of(Finding finding, String reason) {
    return ImmutableSuppressedFinding.of(finding, reason);
  }
}
