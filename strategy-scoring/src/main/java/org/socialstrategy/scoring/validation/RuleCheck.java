package org.socialstrategy.scoring.validation;

import org.socialstrategy.model.Strategy;

/** The check of a rule defined with {@link Rule#of}. */
@FunctionalInterface
public interface RuleCheck {

  /**
   * Checks a strategy and reports each finding to the context.
   *
   * @param strategy the strategy
   * @param context where findings go and thresholds come from
   */
  void check(Strategy strategy, RuleContext context);
}
