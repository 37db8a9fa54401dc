package org.socialstrategy.cli;

import java.time.LocalDate;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.scoring.scorecard.Scorecard;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

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
    return ValidationDate.parse(asOf, spec);
  }
}
