package org.socialstrategy.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.socialstrategy.io.ObservationsCsv;
import org.socialstrategy.io.StrategyFiles;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.scoring.scorecard.Scorecard;
import org.socialstrategy.scoring.scorecard.TacticRoi;

/**
 * Adds a quarter of results exported from an analytics tool (CSV: period, metric, tactic, value) to
 * the retail strategy and ranks its tactics, social and offline alike, by return on investment.
 */
public final class RoiFromCsv {

  private RoiFromCsv() {}

  /**
   * Returns the third quarter's results, as an analytics tool exports them.
   *
   * @return the CSV text
   */
  public static String thirdQuarter() {
    try (InputStream in = RoiFromCsv.class.getResourceAsStream("retail-q3.csv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Merges the results into the retail strategy and prints the ranking.
   *
   * @param retail the retail strategy file
   * @param out where to print
   * @return the scorecard
   */
  public static Scorecard rank(Path retail, PrintStream out) {
    // snippet:roi
    Strategy strategy = StrategyFiles.read(retail);
    Strategy measured = ObservationsCsv.merge(strategy, thirdQuarter(), "retail-q3.csv");
    Scorecard card = Scorecard.of(measured, LocalDate.of(2027, 9, 30));
    for (TacticRoi roi : card.returns()) {
      out.println(
          roi.rank().isPresent()
              ? roi.rank().getAsInt() + ". " + roi.name() + ": " + roi.roiPercent()
              : "-  " + roi.name() + ": " + roi.explanation());
    }
    // end:roi
    return card;
  }

  /**
   * Ranks the retail strategy's tactics after the third quarter.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    rank(Path.of("examples/strategies/retail.yaml"), System.out);
  }
}
