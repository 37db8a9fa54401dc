package org.socialstrategy.cli;

import org.socialstrategy.io.StrategyFormat;
import picocli.CommandLine.Option;

/** {@code --stdin-format}: the notation of a strategy read from standard input ({@code -}). */
final class StdinFormatOption {

  @Option(
      names = "--stdin-format",
      paramLabel = "FORMAT",
      description = "yaml or json, for - (default: told from the text).")
  StrategyFormat format;
}
