package org.socialstrategy.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.socialstrategy.model.Strategy;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code --as-of}: the date a scorecard speaks for. */
final class AsOfOption {

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description =
          "The date the scorecard speaks for (default: the end of the latest observed period).")
  String asOf;

  /**
   * Parses the date. Without one, a scorecard speaks for the end of the latest period the strategy
   * has observations for, so that the same file always scores the same; a strategy without
   * observations is scored as of today.
   */
  LocalDate date(Strategy strategy, CommandSpec spec) {
    if (asOf == null) {
      return strategy.observations().stream()
          .map(o -> o.period().end())
          .max(LocalDate::compareTo)
          .orElse(LocalDate.now());
    }
    try {
      return LocalDate.parse(asOf.strip());
    } catch (DateTimeParseException e) {
      throw new ParameterException(
          spec.commandLine(), "--as-of takes a date such as 2027-06-30: '" + asOf + "'", e);
    }
  }
}
