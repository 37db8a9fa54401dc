package org.socialstrategy.scoring.validation;

import java.util.Objects;
import org.socialstrategy.model.StrategyPath;
import org.socialstrategy.model.Subject;

/**
 * One thing a rule found: which rule, how severe, what it is about, where in the strategy, what is
 * wrong in business language, and how to fix it.
 *
 * @param ruleId the id of the rule that found it, such as {@code SBS101}
 * @param ruleName the name of the rule that found it, such as {@code unaligned-tactic}
 * @param severity how much the finding matters
 * @param subject what the finding is about
 * @param path where in the strategy, such as {@code tactics[fb-fan-contest]}
 * @param message what is wrong, in the language of the business
 * @param fix how to fix it
 */
public record Finding(
    String ruleId,
    String ruleName,
    Severity severity,
    Subject subject,
    StrategyPath path,
    String message,
    String fix) {

  /**
   * Checks that every part is given.
   *
   * @param ruleId the id of the rule that found it
   * @param ruleName the name of the rule that found it
   * @param severity how much the finding matters
   * @param subject what the finding is about
   * @param path where in the strategy
   * @param message what is wrong
   * @param fix how to fix it
   */
  public Finding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(ruleName, "ruleName");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(fix, "fix");
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the finding as one line: severity, rule id and name, path, message, e.g. {@code error
   * SBS101 unaligned-tactic tactics[fb-fan-contest]: tactic 'fb-fan-contest' supports no business
   * goal}.
   */
  @Override
  public String toString() {
    String where = path.segments().isEmpty() ? "" : " " + path;
    return severity.key() + " " + ruleId + " " + ruleName + where + ": " + message;
  }

  /** Builds a {@link Finding} part by part; every part is required. */
  public static final class Builder {
    private String ruleId;
    private String ruleName;
    private Severity severity;
    private Subject subject;
    private StrategyPath path;
    private String message;
    private String fix;

    private Builder() {}

    /**
     * Copies every part of a finding.
     *
     * @param finding the finding
     * @return this builder
     */
    public Builder from(Finding finding) {
      return ruleId(finding.ruleId)
          .ruleName(finding.ruleName)
          .severity(finding.severity)
          .subject(finding.subject)
          .path(finding.path)
          .message(finding.message)
          .fix(finding.fix);
    }

    /**
     * Sets the id of the rule that found it.
     *
     * @param ruleId the id, such as {@code SBS101}
     * @return this builder
     */
    public Builder ruleId(String ruleId) {
      this.ruleId = ruleId;
      return this;
    }

    /**
     * Sets the name of the rule that found it.
     *
     * @param ruleName the name, such as {@code unaligned-tactic}
     * @return this builder
     */
    public Builder ruleName(String ruleName) {
      this.ruleName = ruleName;
      return this;
    }

    /**
     * Sets how much the finding matters.
     *
     * @param severity the severity
     * @return this builder
     */
    public Builder severity(Severity severity) {
      this.severity = severity;
      return this;
    }

    /**
     * Sets what the finding is about.
     *
     * @param subject the subject
     * @return this builder
     */
    public Builder subject(Subject subject) {
      this.subject = subject;
      return this;
    }

    /**
     * Sets where in the strategy.
     *
     * @param path the path
     * @return this builder
     */
    public Builder path(StrategyPath path) {
      this.path = path;
      return this;
    }

    /**
     * Sets what is wrong.
     *
     * @param message the message
     * @return this builder
     */
    public Builder message(String message) {
      this.message = message;
      return this;
    }

    /**
     * Sets how to fix it.
     *
     * @param fix the suggested fix
     * @return this builder
     */
    public Builder fix(String fix) {
      this.fix = fix;
      return this;
    }

    /**
     * Returns the finding.
     *
     * @return the finding
     * @throws NullPointerException if a part is not set
     */
    public Finding build() {
      return new Finding(ruleId, ruleName, severity, subject, path, message, fix);
    }
  }
}
