package org.socialstrategy.scoring.validation;

import org.socialstrategy.model.StrategyPath;
import org.socialstrategy.model.Subject;

/** What a rule sees while it checks a strategy: its thresholds, and where its findings go. */
public interface RuleContext {

  /**
   * Returns the value of an option, as the validator sets it or by default.
   *
   * @param option the option
   * @param <T> the option's type
   * @return the value
   */
  <T> T option(RuleOption<T> option);

  /**
   * Reports a finding of the rule being run, with the rule's id, name and effective severity.
   *
   * @param subject what the finding is about
   * @param path where in the strategy, with list positions kept so files can map it to a line
   * @param message what is wrong, in business language, lower case
   * @param fix how to fix it, lower case
   */
  void report(Subject subject, StrategyPath path, String message, String fix);
}
