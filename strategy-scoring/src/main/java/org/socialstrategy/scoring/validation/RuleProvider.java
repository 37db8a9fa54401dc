package org.socialstrategy.scoring.validation;

import java.util.List;

/**
 * Contributes custom rules to validators built with {@link
 * StrategyValidator.Builder#discoverRules()}: list an implementation in {@code
 * META-INF/services/org.socialstrategy.scoring.validation.RuleProvider} and it is found through
 * {@link java.util.ServiceLoader}.
 */
public interface RuleProvider {

  /**
   * Returns the rules this provider contributes.
   *
   * @return the rules
   */
  List<Rule> rules();
}
