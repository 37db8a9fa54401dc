package org.socialstrategy.scoring.validation;

import java.util.List;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.model.Tactic;

/**
 * A rule that looks at one tactic at a time. A validator runs all its tactic rules in one pass over
 * the tactics, so that a strategy with a hundred thousand tactics is walked once, not once per
 * rule; run alone, the rule walks the tactics itself.
 */
public interface TacticRule extends Rule {

  /**
   * Checks one tactic and reports its findings to the context.
   *
   * @param strategy the strategy the tactic belongs to
   * @param position the tactic's position among the strategy's tactics
   * @param tactic the tactic
   * @param context where findings go and thresholds come from
   */
  void checkTactic(Strategy strategy, int position, Tactic tactic, RuleContext context);

  /**
   * Checks every tactic of the strategy in order.
   *
   * @param strategy the strategy
   * @param context where findings go and thresholds come from
   */
  @Override
  default void check(Strategy strategy, RuleContext context) {
    List<Tactic> tactics = strategy.tactics();
    for (int i = 0; i < tactics.size(); i++) {
      checkTactic(strategy, i, tactics.get(i), context);
    }
  }

  /**
   * Defines a tactic rule from its parts.
   *
   * @param id the stable id, two to eight capital letters and three digits
   * @param name the kebab-case name
   * @param title a one-line title
   * @param severity the default severity
   * @param family the part of a strategy it looks at
   * @param rationale why the rule exists
   * @param check the check of one tactic
   * @return the rule
   * @throws IllegalArgumentException if the id or name is malformed, or a text is blank
   */
  static TacticRule of(
      String id,
      String name,
      String title,
      Severity severity,
      RuleFamily family,
      String rationale,
      TacticCheck check) {
    return new DefinedTacticRule(
        Rule.of(id, name, title, severity, family, rationale, (s, c) -> {}), check);
  }

  /** The check of a tactic rule defined with {@link TacticRule#of}. */
  @FunctionalInterface
  interface TacticCheck {

    /**
     * Checks one tactic.
     *
     * @param strategy the strategy the tactic belongs to
     * @param position the tactic's position
     * @param tactic the tactic
     * @param context where findings go
     */
    void check(Strategy strategy, int position, Tactic tactic, RuleContext context);
  }
}
