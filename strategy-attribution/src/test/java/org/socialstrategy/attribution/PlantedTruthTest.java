package org.socialstrategy.attribution;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.socialstrategy.attribution.data.AggregationOptions;
import org.socialstrategy.attribution.data.JourneyAggregate;
import org.socialstrategy.attribution.model.AttributionModel;
import org.socialstrategy.attribution.model.LastTouch;
import org.socialstrategy.attribution.model.Markov;
import org.socialstrategy.attribution.model.Shapley;
import org.socialstrategy.testkit.JourneyGenerator;

/**
 * The testkit plants a truth in its journeys: email lifts conversion, retargeting only comes before
 * it. Last touch ranks retargeting above email; the data-driven models recover the planted order.
 */
class PlantedTruthTest {

  private static JourneyAggregate aggregate;

  @BeforeAll
  static void generate() {
    aggregate =
        Fixtures.aggregate(
            JourneyGenerator.builder().seed(11).journeys(20_000).build().rows(),
            AggregationOptions.defaults().withoutLookback());
  }

  private static double credit(AttributionModel model, String channel) {
    AttributionResult result = Attribution.byKey().attribute(model, aggregate);
    return result.credit(channel).map(Credit::conversions).orElse(0.0);
  }

  @Test
  void lastTouchCreditsTheNoiseAboveTheLift() {
    assertTrue(
        credit(LastTouch.model(), JourneyGenerator.NOISE)
            > 3 * credit(LastTouch.model(), JourneyGenerator.LIFT));
  }

  @Test
  void dataDrivenModelsRankTheLiftAboveTheNoise() {
    for (AttributionModel model :
        List.of(
            Markov.order(1),
            Markov.order(2),
            Markov.order(3),
            Shapley.defaults(),
            Shapley.rate())) {
      double lift = credit(model, JourneyGenerator.LIFT);
      double noise = credit(model, JourneyGenerator.NOISE);
      assertTrue(lift > 1.2 * noise, model + ": lift " + lift + ", noise " + noise);
    }
  }
}
