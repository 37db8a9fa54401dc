package org.socialstrategy.cli;

import picocli.CommandLine.Option;

/** {@code -q, --quiet}: only what the user must act on. */
final class QuietOption {

  @Option(
      names = {"-q", "--quiet"},
      description = "Print only what fails the run: no notes, no summary.")
  boolean quiet;
}
