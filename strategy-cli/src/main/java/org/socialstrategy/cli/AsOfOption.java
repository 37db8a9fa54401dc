package org.socialstrategy.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.scoring.scorecard.Scorecard;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code --as-of}: the date a scorecard speaks for. */
final class AsOfOption {

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description =
          "The date the scorecard speaks for (default: the end of the latest observed period;"
              + " without observations, the earliest date in the strategy).")
  String asOf;

  /** Parses the date; without one, the library's default, {@link Scorecard#defaultAsOf}. */
  LocalDate date(Strategy strategy, CommandSpec spec) {
    if (asOf == null) {
      return Scorecard.defaultAsOf(strategy);
    }
    try {
      return LocalDate.parse(asOf.strip());
    } catch (DateTimeParseException e) {
      throw new ParameterException(
          spec.commandLine(), "--as-of takes a date such as 2027-06-30: '" + asOf + "'", e);
    }
  }
}
