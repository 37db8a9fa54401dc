package org.socialstrategy.examples;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.OptionalInt;
import org.socialstrategy.io.StrategyFiles;
import org.socialstrategy.scoring.SuccessFactor;
import org.socialstrategy.scoring.scorecard.Portfolio;

/**
 * Rolls three business units up into one portfolio, weighted by their share of revenue: a
 * consultancy scoring its client's units, or a group scoring its subsidiaries.
 */
public final class PortfolioRollUp {

  private PortfolioRollUp() {}

  /**
   * Scores the example strategies as business units and prints the roll-up.
   *
   * @param strategies the folder of example strategies
   * @param out where to print
   * @return the portfolio
   */
  public static Portfolio rollUp(Path strategies, PrintStream out) {
    // snippet:portfolio
    Portfolio portfolio =
        Portfolio.builder(LocalDate.of(2027, 12, 31))
            .add("retail", StrategyFiles.read(strategies.resolve("retail.yaml")), 0.5)
            .add("industrial", StrategyFiles.read(strategies.resolve("enterprise.yaml")), 0.3)
            .add("public sector", StrategyFiles.read(strategies.resolve("government.yaml")), 0.2)
            .build();
    out.println("results " + portfolio.results().display());
    out.println("plan " + portfolio.plan().display());
    out.println("weakest stage " + portfolio.weakestStage().title());
    for (SuccessFactor factor : SuccessFactor.values()) {
      OptionalInt score = portfolio.factor(factor);
      out.println(
          factor.number()
              + " "
              + factor.title()
              + ": "
              + (score.isPresent() ? String.valueOf(score.getAsInt()) : "not applicable"));
    }
    portfolio.units().forEach(unit -> out.println(unit.name() + ": " + unit.scorecard()));
    // end:portfolio
    return portfolio;
  }

  /**
   * Rolls the example strategies up.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    rollUp(Path.of("examples/strategies"), System.out);
  }
}
