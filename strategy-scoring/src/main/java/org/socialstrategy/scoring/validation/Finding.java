package org.socialstrategy.scoring.validation;

import org.immutables.value.Value;
import org.socialstrategy.model.StrategyPath;
import org.socialstrategy.model.Subject;

/**
 * One thing a rule found: which rule, how severe, what it is about, where in the strategy, what is
 * wrong in business language, and how to fix it.
 */
@Value.Immutable
public abstract class Finding {

  Finding() {}

  /**
   * Returns the id of the rule that found it, such as {@code SBS101}.
   *
   * @return the rule's id
   */
  public abstract String ruleId();

  /**
   * Returns the name of the rule that found it, such as {@code unaligned-tactic}.
   *
   * @return the rule's name
   */
  public abstract String ruleName();

  /**
   * Returns how much the finding matters.
   *
   * @return the severity
   */
  public abstract Severity severity();

  /**
   * Returns what the finding is about.
   *
   * @return the subject
   */
  public abstract Subject subject();

  /**
   * Returns where in the strategy, such as {@code tactics[fb-fan-contest]}.
   *
   * @return the path
   */
  public abstract StrategyPath path();

  /**
   * Returns what is wrong, in the language of the business.
   *
   * @return the message
   */
  public abstract String message();

  /**
   * Returns how to fix it.
   *
   * @return the suggested fix
   */
  public abstract String fix();

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Finding}; every attribute is required. */
  public static final class Builder extends ImmutableFinding.Builder {
    Builder() {}
  }

  /**
   * Returns the finding as one line: severity, rule id and name, path, message, e.g. {@code error
   * SBS101 unaligned-tactic tactics[fb-fan-contest]: tactic 'fb-fan-contest' supports no business
   * goal}.
   */
  @Override
  public String toString() {
    String where = path().segments().isEmpty() ? "" : " " + path();
    return severity().key() + " " + ruleId() + " " + ruleName() + where + ": " + message();
  }
}
