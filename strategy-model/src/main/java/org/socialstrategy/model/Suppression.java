package org.socialstrategy.model;

import org.immutables.value.Value;

/**
 * A decision, recorded in the strategy itself so it travels with the file, that one validation rule
 * does not apply to one subject, and why. The rule is named by its id ({@code SBS101}) or its name
 * ({@code unaligned-tactic}).
 */
@Value.Immutable
public abstract class Suppression {

  Suppression() {}

  /**
   * Returns the rule suppressed, by id or name.
   *
   * @return the rule
   */
  @Value.Parameter
  public abstract String rule();

  /**
   * Returns the element the rule is suppressed for.
   *
   * @return the subject
   */
  @Value.Parameter
  public abstract Subject subject();

  /**
   * Returns why the rule does not apply.
   *
   * @return the reason
   */
  @Value.Parameter
  public abstract String reason();

  /**
   * Returns a suppression.
   *
   * @param rule the rule's id or name
   * @param subject the element it is suppressed for
   * @param reason why it does not apply
   * @return the suppression
   */
  public static Suppression of(String rule, Subject subject, String reason) {
    return ImmutableSuppression.of(rule, subject, reason);
  }
}
