package org.socialstrategy.cli;

import org.socialstrategy.model.Strategy;
import org.socialstrategy.scoring.scorecard.Scorecard;
import org.socialstrategy.scoring.validation.StrategyValidator;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** What the commands share. */
final class Commands {

  private Commands() {}

  /** Builds the validator, turning a bad rule or option name into a usage error (exit 2). */
  static StrategyValidator validator(RuleSettings rules, CommandSpec spec) {
    try {
      return rules.validator();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }

  /**
   * Scores a strategy as of the date given on the command line (or its default) with the validator
   * the rule settings describe.
   */
  static Scorecard scorecard(
      Strategy strategy, AsOfOption asOf, RuleSettings rules, CommandSpec spec) {
    return Scorecard.of(strategy, asOf.date(strategy, spec), validator(rules, spec));
  }
}
