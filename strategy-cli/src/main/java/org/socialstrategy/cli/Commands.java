package org.socialstrategy.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
  static Scorecard scorecard(Strategy strategy, String asOf, RuleSettings rules, CommandSpec spec) {
    return Scorecard.of(strategy, asOf(asOf, strategy, spec), validator(rules, spec));
  }

  /**
   * Parses an as-of date. Without one, a scorecard speaks for the end of the latest period the
   * strategy has observations for, so that the same file always scores the same; a strategy without
   * observations is scored as of today.
   */
  static LocalDate asOf(String text, Strategy strategy, CommandSpec spec) {
    if (text == null) {
      return strategy.observations().stream()
          .map(o -> o.period().end())
          .max(LocalDate::compareTo)
          .orElse(LocalDate.now());
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new ParameterException(
          spec.commandLine(), "--as-of takes a date such as 2027-06-30: '" + text + "'", e);
    }
  }

  /** Writes a count with its noun: {@code 1 file}, {@code 3 files}. */
  static String count(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
