package org.socialstrategy.examples;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.socialstrategy.attribution.Attribution;
import org.socialstrategy.attribution.AttributionObservations;
import org.socialstrategy.attribution.AttributionResult;
import org.socialstrategy.attribution.ModelComparison;
import org.socialstrategy.attribution.data.AggregationOptions;
import org.socialstrategy.attribution.data.EventCsv;
import org.socialstrategy.attribution.data.JourneyAggregate;
import org.socialstrategy.attribution.data.PeriodGranularity;
import org.socialstrategy.attribution.model.Markov;
import org.socialstrategy.attribution.model.Models;
import org.socialstrategy.io.StrategyFiles;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.model.TacticId;
import org.socialstrategy.report.AttributionText;
import org.socialstrategy.report.TextStyle;
import org.socialstrategy.scoring.scorecard.Scorecard;

/**
 * Attributes the retail case's third-quarter customer journeys to its tactics through the
 * strategy's touchpoint mapping: the credit of each tactic, the touchpoints no rule maps, how much
 * credit every model gives to the fan contest that serves no goal, and the credit merged into the
 * strategy as net new customers, so that the Facebook shop's return rests on it.
 */
public final class AttributeJourneys {

  private AttributeJourneys() {}

  /**
   * Attributes the journeys, prints what the models say and returns the scorecard of the strategy
   * with the attributed observations.
   *
   * @param strategyFile the retail strategy file, with its touchpoint mapping
   * @param events the journeys' events, CSV
   * @param out where to print
   * @return the scorecard as of the end of the quarter
   */
  public static Scorecard attribute(Path strategyFile, Path events, PrintStream out) {
    // snippet:attribution
    Strategy retail = StrategyFiles.read(strategyFile);
    JourneyAggregate journeys =
        EventCsv.read(
            events, AggregationOptions.defaults().withGranularity(PeriodGranularity.MONTH));
    Attribution attribution = Attribution.mapped(retail.attribution().orElseThrow());
    AttributionResult result = attribution.attribute(Markov.order(1), journeys);
    out.print(AttributionText.render(result, retail, TextStyle.PLAIN));
    ModelComparison models = attribution.compare(Models.defaults(), journeys);
    for (ModelComparison.AlignmentSplit split : models.alignment(retail)) {
      out.printf(
          Locale.ROOT,
          "%s credits %.1f conversions to tactics that serve no goal%n",
          split.model().name(),
          split.unaligned());
    }
    Strategy measured = AttributionObservations.merge(retail, result);
    Scorecard card = Scorecard.of(measured, LocalDate.of(2027, 9, 30));
    out.println("fb-shop: " + card.roi(TacticId.of("fb-shop")).orElseThrow().roiPercent());
    // end:attribution
    return card;
  }

  /**
   * Attributes the retail journeys of the repository's examples.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    attribute(
        Path.of("examples/strategies/retail.yaml"),
        Path.of("examples/analytics/retail-journeys.csv"),
        System.out);
  }
}
