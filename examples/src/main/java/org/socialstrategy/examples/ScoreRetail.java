package org.socialstrategy.examples;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.socialstrategy.model.Aggregation;
import org.socialstrategy.model.DateRange;
import org.socialstrategy.model.Metric;
import org.socialstrategy.model.MetricId;
import org.socialstrategy.model.Observation;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.model.TacticId;
import org.socialstrategy.scoring.scorecard.Criterion;
import org.socialstrategy.scoring.scorecard.FactorScore;
import org.socialstrategy.scoring.scorecard.ObjectiveProgress;
import org.socialstrategy.scoring.scorecard.Scorecard;
import org.socialstrategy.scoring.scorecard.TacticRoi;

/**
 * Scores the retail strategy after a quarter of sales through the Facebook shop: the scorecard an
 * executive reads, with the evidence behind each number.
 */
public final class ScoreRetail {

  private ScoreRetail() {}

  /**
   * Returns the retail strategy with net new customers counted as a flow and three months of the
   * shop's results observed.
   *
   * @return the strategy
   */
  public static Strategy withFirstQuarter() {
    Strategy retail = RetailStrategy.build();
    Metric customers =
        retail
            .metric(MetricId.of("net-new-customers"))
            .orElseThrow()
            .withAggregation(Aggregation.SUM);
    List<Observation> quarter =
        List.of(
            Observation.of("net-new-customers", "fb-shop", month(1), BigDecimal.valueOf(180)),
            Observation.of("net-new-customers", "fb-shop", month(2), BigDecimal.valueOf(230)),
            Observation.of("net-new-customers", "fb-shop", month(3), BigDecimal.valueOf(290)));
    return retail.withMetric(customers).plusObservations(quarter);
  }

  private static DateRange month(int month) {
    LocalDate start = LocalDate.of(2027, month, 1);
    return DateRange.of(start, start.plusMonths(1).minusDays(1));
  }

  /**
   * Prints a scorecard.
   *
   * @param strategy the strategy
   * @param asOf the date the scorecard speaks for
   * @param out where to print
   * @return the scorecard
   */
  public static Scorecard print(Strategy strategy, LocalDate asOf, PrintStream out) {
    // snippet:score
    Scorecard card = Scorecard.of(strategy, asOf);
    out.println(card); // organization, date, results, plan, maturity, alignment
    out.println("results " + card.results().display()); // what it achieves, or "not measured"
    card.results().evidence().forEach(line -> out.println("  " + line));
    out.println("plan " + card.plan().display()); // how complete and aligned it is
    for (FactorScore factor : card.successFactors()) {
      out.println(
          factor.factor().number() + " " + factor.factor().title() + ": " + factor.display());
    }
    out.println("to reach " + card.maturity().stage().next().title() + ":");
    for (Criterion needed : card.maturity().nextStageNeeds()) {
      out.println("  " + needed.description() + " (" + needed.detail() + ")");
    }
    for (ObjectiveProgress progress : card.progress()) {
      out.println(
          progress.metric()
              + ": "
              + progress.actual().map(BigDecimal::toPlainString).orElse("no data")
              + " of "
              + progress.target()
              + ", "
              + progress.status().words());
    }
    TacticRoi shop = card.roi(TacticId.of("fb-shop")).orElseThrow();
    out.println(
        "fb-shop returns "
            + shop.roiPercent()
            + " on "
            + shop.costToDate().orElseThrow().display()
            + " ("
            + shop.basis().words()
            + ")");
    // end:score
    return card;
  }

  /**
   * Scores the retail strategy at the end of its first quarter.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    print(withFirstQuarter(), LocalDate.of(2027, 3, 31), System.out);
  }
}
