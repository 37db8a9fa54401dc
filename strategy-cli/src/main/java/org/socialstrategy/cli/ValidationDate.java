package org.socialstrategy.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code --as-of} of a validation: the day waivers are judged on. */
final class ValidationDate {

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description =
          "The day the strategy is judged on: a waiver (suppression with until) whose last day"
              + " is before it no longer sets its finding aside (default: today).")
  String asOf;

  /** Parses the date; without one, today. */
  LocalDate date(CommandSpec spec) {
    return asOf == null ? LocalDate.now() : parse(asOf, spec);
  }

  /** Parses a date given on the command line, or says what the option takes. */
  static LocalDate parse(String text, CommandSpec spec) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new ParameterException(
          spec.commandLine(), "--as-of takes a date such as 2027-06-30: '" + text + "'", e);
    }
  }
}
