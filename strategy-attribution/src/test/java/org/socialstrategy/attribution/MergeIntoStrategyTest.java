package org.socialstrategy.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.socialstrategy.attribution.data.AggregationOptions;
import org.socialstrategy.attribution.data.EventCsv;
import org.socialstrategy.attribution.data.JourneyAggregate;
import org.socialstrategy.attribution.data.PeriodGranularity;
import org.socialstrategy.attribution.model.LastTouch;
import org.socialstrategy.attribution.model.Linear;
import org.socialstrategy.attribution.model.Models;
import org.socialstrategy.io.StrategyFiles;
import org.socialstrategy.io.StrategyFormat;
import org.socialstrategy.model.DateRange;
import org.socialstrategy.model.MetricId;
import org.socialstrategy.model.Observation;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.model.TacticId;
import org.socialstrategy.model.TouchpointMapping;
import org.socialstrategy.model.TouchpointRule;
import org.socialstrategy.testkit.JourneyGenerator;
import org.socialstrategy.testkit.JourneyGens;
import org.socialstrategy.testkit.RetailSample;
import org.socialstrategy.testkit.StrategyGens;

/** Attributed credit merged into a strategy as observations of its tactics' outcome metric. */
class MergeIntoStrategyTest {

  private static final DateRange JULY =
      DateRange.of(LocalDate.of(2027, 7, 1), LocalDate.of(2027, 7, 31));

  // j1 finds the shop through the contest; j2 comes back from the newsletter to the shop; j3
  // converts after a search only.
  private static final String EVENTS =
      "customer_id,timestamp,source,medium,campaign,conversion,value\n"
          + "j1,2027-07-02T09:00:00Z,facebook,social,summer-contest,false,\n"
          + "j1,2027-07-03T09:00:00Z,facebook,social,fb_shop_summer,false,\n"
          + "j1,2027-07-03T09:10:00Z,,,,true,120\n"
          + "j2,2027-07-10T09:00:00Z,newsletter,email,,false,\n"
          + "j2,2027-07-11T09:00:00Z,facebook,social,fb_shop_summer,false,\n"
          + "j2,2027-07-11T09:10:00Z,,,,true,80\n"
          + "j3,2027-07-20T09:00:00Z,google,cpc,,false,\n"
          + "j3,2027-07-20T09:10:00Z,,,,true,60\n";

  private static JourneyAggregate july() {
    return EventCsv.read(
        EVENTS, "july.csv", AggregationOptions.defaults().withGranularity(PeriodGranularity.MONTH));
  }

  @Test
  void mergesCreditsAsObservationsOfTheMappingsMetricNamingTheirSource() {
    Strategy retail = RetailSample.strategy();
    AttributionResult result =
        Attribution.mapped(retail.attribution().orElseThrow()).attribute(Linear.model(), july());
    Strategy merged = AttributionObservations.merge(retail, result);
    List<Observation> added =
        merged.observations().subList(retail.observations().size(), merged.observations().size());
    // j1: contest 1/2, shop 1/2; j2: newsletter 1/2 (unmapped), shop 1/2; j3: search (unmapped).
    assertEquals(
        List.of(
            attributed("fb-shop", "1", "attribution linear"),
            attributed("fb-fan-contest", "0.5", "attribution linear")),
        added);
    assertEquals(
        List.of("google / cpc", "newsletter / email"),
        result.unmapped().stream().map(UnmappedKey::key).sorted().toList());
  }

  @Test
  void aRerunReplacesTheEarlierRunsObservationsAndKeepsTheOthers() {
    Strategy retail = RetailSample.strategy();
    Attribution attribution = Attribution.mapped(retail.attribution().orElseThrow());
    Strategy once =
        AttributionObservations.merge(retail, attribution.attribute(Linear.model(), july()));
    Strategy twice =
        AttributionObservations.merge(once, attribution.attribute(LastTouch.model(), july()));
    assertEquals(retail.observations(), twice.observations().subList(0, 4));
    assertEquals(
        List.of(
            attributed("fb-shop", "2", "attribution last-touch"),
            attributed("fb-fan-contest", "0", "attribution last-touch")),
        twice.observations().subList(4, twice.observations().size()));
  }

  @Test
  void aStrategyWithoutAMappingCannotTakeAttributedObservations() {
    Strategy plain = RetailSample.strategy().withoutAttribution();
    AttributionResult result =
        Attribution.mapped(RetailSample.attribution()).attribute(Linear.model(), july());
    assertEquals(
        "the strategy has no touchpoint mapping: its 'attribution' says which tactics touchpoints"
            + " belong to",
        assertThrows(
                IllegalArgumentException.class, () -> AttributionObservations.merge(plain, result))
            .getMessage());
  }

  @Test
  void attributedObservationsMergedIntoAnyStrategyKeepItValidAndWritable() {
    qt().withExamples(40)
        .forAll(
            StrategyGens.strategiesWithExtras(8),
            JourneyGens.journeys(6, 40),
            integers().between(0, Models.NAMES.size() - 1))
        .checkAssert(
            (strategy, journeys, model) -> {
              Strategy mapped = strategy.withAttribution(mapping(strategy));
              JourneyAggregate aggregate =
                  Fixtures.aggregate(
                      journeys.rows(),
                      AggregationOptions.defaults().withGranularity(PeriodGranularity.MONTH));
              AttributionResult result =
                  Attribution.mapped(mapped.attribution().orElseThrow())
                      .attribute(Models.defaults().get(model), aggregate);
              Strategy merged = AttributionObservations.merge(mapped, result);
              assertEquals(merged, Strategy.builder().from(merged).build());
              assertEquals(merged, AttributionObservations.merge(merged, result));
              String yaml = StrategyFiles.write(merged, StrategyFormat.YAML);
              assertEquals(merged, StrategyFiles.read(yaml, "merged.yaml", StrategyFormat.YAML));
              double observed =
                  merged.observations().stream()
                      .filter(AttributionObservations::isAttributed)
                      .filter(o -> o.metric().equals(mapped.attribution().get().conversionMetric()))
                      .mapToDouble(o -> o.value().doubleValue())
                      .sum();
              double credited =
                  result.credits().stream()
                      .filter(Credit::isTactic)
                      .mapToDouble(Credit::conversions)
                      .sum();
              assertEquals(credited, observed, 1e-5 * (1 + result.periods().size()));
            });
  }

  /** Maps the generator's first channels to the strategy's tactics, leaving the rest unmapped. */
  private static TouchpointMapping mapping(Strategy strategy) {
    TouchpointMapping.Builder mapping =
        TouchpointMapping.builder()
            .conversionMetric(strategy.metrics().get(0).id())
            .addRule(
                TouchpointRule.builder()
                    .channel(JourneyGenerator.LIFT)
                    .tactic(strategy.tactics().get(0).id())
                    .build());
    List<String> channels = JourneyGenerator.BASE_CHANNELS;
    for (int i = 0; i < Math.min(3, strategy.tactics().size()); i++) {
      mapping.addRule(
          TouchpointRule.builder()
              .channel(channels.get(i))
              .tactic(strategy.tactics().get(strategy.tactics().size() - 1 - i).id())
              .build());
    }
    if (strategy.metrics().size() > 1) {
      mapping.valueMetric(strategy.metrics().get(1).id());
    }
    return mapping.build();
  }

  private static Observation attributed(String tactic, String value, String source) {
    return Observation.builder()
        .metric(MetricId.of("net-new-customers"))
        .tactic(TacticId.of(tactic))
        .period(JULY)
        .value(new BigDecimal(value))
        .source(source)
        .build();
  }

  @Test
  void onlyObservationsFromAttributionAreAttributed() {
    Observation measured = Observation.of("net-new-customers", "fb-shop", JULY, BigDecimal.ONE);
    assertTrue(!AttributionObservations.isAttributed(measured));
    assertTrue(
        !AttributionObservations.isAttributed(
            Observation.builder().from(measured).source("attributions survey").build()));
    assertTrue(
        AttributionObservations.isAttributed(
            Observation.builder().from(measured).source("attribution").build()));
    assertEquals(Optional.empty(), measured.source());
  }
}
