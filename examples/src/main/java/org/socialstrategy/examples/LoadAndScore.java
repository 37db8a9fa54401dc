package org.socialstrategy.examples;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import org.socialstrategy.io.StrategyFileException;
import org.socialstrategy.io.StrategyFiles;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.scoring.scorecard.Scorecard;

/**
 * Loads a strategy file, scores it and prints the scorecard's headline; a file with problems prints
 * every problem with its line and column instead.
 */
public final class LoadAndScore {

  private LoadAndScore() {}

  /**
   * Loads and scores a strategy file.
   *
   * @param file a .yaml, .yml or .json strategy file
   * @param asOf the date the scorecard speaks for
   * @param out where to print
   * @return true when the file could be read
   */
  public static boolean run(Path file, LocalDate asOf, PrintStream out) {
    // snippet:files
    try {
      Strategy strategy = StrategyFiles.read(file);
      Scorecard card = Scorecard.of(strategy, asOf);
      out.println(card);
      StrategyFiles.write(strategy, Path.of("target", "strategy.json")); // the same, as JSON
      return true;
    } catch (StrategyFileException e) {
      e.problems().forEach(out::println); // retail.yaml:31:16: tactics[1].supports[0]: ...
      return false;
    }
    // end:files
  }

  /**
   * Loads and scores the file named on the command line, or the retail example.
   *
   * @param args an optional file
   */
  public static void main(String[] args) {
    Path file = Path.of(args.length > 0 ? args[0] : "examples/strategies/retail.yaml");
    if (!run(file, LocalDate.of(2027, 6, 30), System.out)) {
      System.exit(2);
    }
  }
}
