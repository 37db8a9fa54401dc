package org.socialstrategy.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A decision, recorded in the strategy itself so it travels with the file, that one validation rule
 * does not apply to one subject, and why. The rule is named by its id ({@code SBS101}) or its name
 * ({@code unaligned-tactic}). A suppression may be a waiver that holds until a day: after that day
 * the finding it set aside is reported again.
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
   * Returns the last day the suppression holds: a waiver granted for a while, such as a pilot's
   * quarter. After that day it no longer sets anything aside.
   *
   * @return the last day, empty for a suppression without an end
   */
  public abstract Optional<LocalDate> until();

  /**
   * Tells whether the suppression has run out on a day: it holds until its last day, included.
   *
   * @param day the day the strategy is judged on
   * @return true when the suppression has a last day and the day is after it
   */
  public final boolean isExpiredOn(LocalDate day) {
    return until().isPresent() && day.isAfter(until().get());
  }

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

  /**
   * Returns a waiver: a suppression that holds until a day, included.
   *
   * @param rule the rule's id or name
   * @param subject the element it is suppressed for
   * @param reason why it does not apply
   * @param until the last day it holds
   * @return the suppression
   */
  public static Suppression of(String rule, Subject subject, String reason, LocalDate until) {
    return new ImmutableSuppression.Builder()
        .rule(rule)
        .subject(subject)
        .reason(reason)
        .until(until)
        .build();
  }
}
