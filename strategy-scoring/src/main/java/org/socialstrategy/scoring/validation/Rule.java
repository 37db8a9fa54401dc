package org.socialstrategy.scoring.validation;

import org.socialstrategy.model.Strategy;

/**
 * One validation rule: a stable id ({@code SBS101}) and kebab-case name ({@code unaligned-tactic}),
 * a title, a default severity, the reason it exists, and a check that reports findings for a
 * strategy.
 *
 * <p>Rules must be stateless and thread-safe, and should look at each element a constant number of
 * times, so that validation stays linear in the size of the strategy. Define one with {@link #of}
 * or implement the interface; custom rules use their own id prefix (two to eight capital letters
 * and three digits, such as {@code ACME001}).
 */
public interface Rule {

  /**
   * Returns the rule's stable id, such as {@code SBS101}.
   *
   * @return the id
   */
  String id();

  /**
   * Returns the rule's kebab-case name, such as {@code unaligned-tactic}.
   *
   * @return the name
   */
  String name();

  /**
   * Returns a one-line title, such as "Tactic supports no business goal".
   *
   * @return the title
   */
  String title();

  /**
   * Returns the severity of the rule's findings unless a validator overrides it.
   *
   * @return the default severity
   */
  Severity defaultSeverity();

  /**
   * Returns the part of a strategy the rule looks at.
   *
   * @return the family
   */
  RuleFamily family();

  /**
   * Returns why the rule exists: the idea of social business strategy it enforces.
   *
   * @return the rationale
   */
  String rationale();

  /**
   * Checks a strategy and reports each finding to the context.
   *
   * @param strategy the strategy, valid by the model's invariants
   * @param context where findings go and thresholds come from
   */
  void check(Strategy strategy, RuleContext context);

  /**
   * Defines a rule from its parts.
   *
   * @param id the stable id, two to eight capital letters and three digits
   * @param name the kebab-case name
   * @param title a one-line title
   * @param severity the default severity
   * @param family the part of a strategy it looks at
   * @param rationale why the rule exists
   * @param check the check
   * @return the rule
   * @throws IllegalArgumentException if the id or name is malformed, or a text is blank
   */
  static Rule of(
      String id,
      String name,
      String title,
      Severity severity,
      RuleFamily family,
      String rationale,
      RuleCheck check) {
    return new DefinedRule(id, name, title, severity, family, rationale, check);
  }
}
