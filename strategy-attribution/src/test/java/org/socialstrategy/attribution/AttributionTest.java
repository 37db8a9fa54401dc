package org.socialstrategy.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.socialstrategy.attribution.data.AggregationOptions;
import org.socialstrategy.attribution.data.EventCsv;
import org.socialstrategy.attribution.data.JourneyAggregate;
import org.socialstrategy.attribution.data.PathTable;
import org.socialstrategy.attribution.data.PeriodGranularity;
import org.socialstrategy.attribution.data.TouchpointKey;
import org.socialstrategy.attribution.model.FirstTouch;
import org.socialstrategy.attribution.model.LastTouch;
import org.socialstrategy.attribution.model.Linear;
import org.socialstrategy.attribution.model.Markov;
import org.socialstrategy.attribution.model.TimeDecay;
import org.socialstrategy.model.BusinessFunction;
import org.socialstrategy.model.BusinessGoal;
import org.socialstrategy.model.Channel;
import org.socialstrategy.model.CustomerKind;
import org.socialstrategy.model.DateRange;
import org.socialstrategy.model.Metric;
import org.socialstrategy.model.Objective;
import org.socialstrategy.model.Observation;
import org.socialstrategy.model.Organization;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.model.Tactic;
import org.socialstrategy.model.TacticId;
import org.socialstrategy.model.TouchpointMapping;
import org.socialstrategy.model.TouchpointRule;

class AttributionTest {

  private static final TouchpointMapping MAPPING =
      TouchpointMapping.builder()
          .addRule(TouchpointRule.exact("Facebook / social / spring-shop", "fb-shop"))
          .addRule(TouchpointRule.builder().source("facebook").tactic("fb-contest").build())
          .addRule(TouchpointRule.builder().medium("e?ail").tactic("newsletter").build())
          .addRule(TouchpointRule.builder().channel("call*").tactic("phone").build())
          .conversionMetric("net-new-customers")
          .valueMetric("online-revenue")
          .build();

  // March: c1 converts through the shop after a contest post; c2 through a call after an unmapped
  // banner. April: c3 converts through the newsletter; c4 sees the banner and does not convert.
  private static final String EVENTS =
      "customer_id,timestamp,channel,source,medium,campaign,conversion,value\n"
          + "c1,2027-03-01T10:00:00Z,,facebook,social,fan-contest,false,\n"
          + "c1,2027-03-02T10:00:00Z,,facebook,social,spring-shop,false,\n"
          + "c1,2027-03-02T10:30:00Z,,,,,true,100\n"
          + "c2,2027-03-05T10:00:00Z,banner,,,,false,\n"
          + "c2,2027-03-06T10:00:00Z,callcenter,,,,false,\n"
          + "c2,2027-03-06T10:30:00Z,,,,,true,40\n"
          + "c3,2027-04-01T10:00:00Z,,news,email,,false,\n"
          + "c3,2027-04-01T11:00:00Z,,,,,true,60\n"
          + "c4,2027-04-02T10:00:00Z,banner,,,,false,\n";

  private static final JourneyAggregate AGGREGATE =
      EventCsv.read(
          EVENTS,
          "events.csv",
          AggregationOptions.defaults().withGranularity(PeriodGranularity.MONTH));

  private static final DateRange MARCH =
      DateRange.of(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 31));
  private static final DateRange APRIL =
      DateRange.of(LocalDate.of(2027, 4, 1), LocalDate.of(2027, 4, 30));

  @Test
  void matchesTheFirstRuleIgnoringCase() {
    TacticMatcher matcher = TacticMatcher.of(MAPPING);
    assertEquals(
        Optional.of(TacticId.of("fb-shop")),
        matcher.match(TouchpointKey.utm("facebook", "SOCIAL", "Spring-Shop")));
    assertEquals(
        Optional.of(TacticId.of("fb-contest")),
        matcher.match(TouchpointKey.utm("FaceBook", "cpc", null)));
    assertEquals(Optional.of(TacticId.of("newsletter")), matcher.match("news / email"));
    assertEquals(Optional.of(TacticId.of("phone")), matcher.match("Callcenter"));
    assertEquals(Optional.empty(), matcher.match("email"));
  }

  @Test
  void rejectsMalformedRules() {
    TouchpointMapping empty =
        TouchpointMapping.builder()
            .addRule(TouchpointRule.builder().tactic("x").build())
            .conversionMetric("m")
            .build();
    assertEquals(
        "touchpoint rule 1 (tactic 'x') names no key and no pattern",
        assertThrows(IllegalArgumentException.class, () -> TacticMatcher.of(empty)).getMessage());
    TouchpointMapping mixed =
        TouchpointMapping.builder()
            .addRule(TouchpointRule.builder().channel("a").source("b").tactic("x").build())
            .conversionMetric("m")
            .build();
    assertEquals(
        "touchpoint rule 1 (tactic 'x') has a channel pattern and source, medium or campaign"
            + " patterns: no key has both",
        assertThrows(IllegalArgumentException.class, () -> TacticMatcher.of(mixed)).getMessage());
  }

  @Test
  void creditsTacticsPerPeriodAndReportsUnmappedKeys() {
    AttributionResult result = Attribution.mapped(MAPPING).attribute(Linear.model(), AGGREGATE);
    // c1: contest 1/2, shop 1/2 (50 each); c2: banner 1/2, phone 1/2 (20 each); c3: newsletter 1.
    assertEquals(List.of(MARCH, APRIL), result.periods());
    assertEquals(1.0, result.credit("newsletter").orElseThrow().conversions(), 1e-12);
    assertEquals(0.5, result.credit("fb-shop").orElseThrow().conversions(), 1e-12);
    assertEquals(50.0, result.credit("fb-shop").orElseThrow().value(), 1e-12);
    assertTrue(result.credit("fb-shop").orElseThrow().isTactic());
    assertEquals(
        List.of("fb-contest", "fb-shop", "phone", "banner"),
        result.credits(MARCH).stream().map(Credit::target).toList());
    assertEquals(3, result.totalConversions());
    UnmappedKey banner = result.unmapped().get(0);
    assertEquals("banner", banner.key());
    assertEquals(2, banner.touches());
    assertEquals(1, banner.convertingJourneys());
    assertEquals(0.5, banner.credited(), 1e-12);
    assertEquals(0.5 / 3, banner.share(), 1e-12);
  }

  @Test
  void turnsCreditsIntoObservationsOfTheMappingsMetrics() {
    AttributionResult result = Attribution.mapped(MAPPING).attribute(LastTouch.model(), AGGREGATE);
    List<Observation> observations = AttributionObservations.of(result, MAPPING);
    // 2 periods x 4 tactics x 2 metrics.
    assertEquals(16, observations.size());
    assertTrue(
        observations.contains(
            attributed(
                Observation.of("net-new-customers", "fb-shop", MARCH, new BigDecimal("1")))));
    assertTrue(
        observations.contains(
            attributed(Observation.of("online-revenue", "phone", MARCH, new BigDecimal("40")))));
    assertTrue(
        observations.contains(
            attributed(Observation.of("net-new-customers", "fb-shop", APRIL, BigDecimal.ZERO))));
  }

  private static Observation attributed(Observation observation) {
    return Observation.builder().from(observation).source("attribution last-touch").build();
  }

  @Test
  void observationsNeedPeriods() {
    PathTable table = Fixtures.table(List.of(Fixtures.row("a", 1, "1", 0)));
    AttributionResult result = Attribution.mapped(MAPPING).attribute(Linear.model(), table);
    assertEquals(
        "observations need periods: attribute event-level input, not a path table",
        assertThrows(
                IllegalArgumentException.class, () -> AttributionObservations.of(result, MAPPING))
            .getMessage());
  }

  @Test
  void comparesModelsAgainstLastTouchAndShowsUnalignedCredit() {
    Strategy strategy =
        Strategy.builder()
            .organization(Organization.of("Acme", CustomerKind.CONSUMER))
            .addMetric(Metric.outcome("net-new-customers", "Net new customers", "customers"))
            .addGoal(
                BusinessGoal.builder()
                    .id("grow")
                    .title("Grow online revenue")
                    .function(BusinessFunction.SALES)
                    .addObjective(
                        Objective.of("net-new-customers", 10, 20, LocalDate.of(2027, 12, 31)))
                    .build())
            .addTactic(tactic("fb-shop", true))
            .addTactic(tactic("fb-contest", false))
            .addTactic(tactic("newsletter", true))
            .build();
    ModelComparison comparison =
        Attribution.mapped(MAPPING).compare(List.of(FirstTouch.model()), AGGREGATE);
    assertEquals(
        List.of("last-touch", "first-touch"),
        comparison.models().stream().map(m -> m.name()).toList());
    // First touch moves c1 from the shop to the contest, and c2 from the phone to the banner.
    ModelComparison.Row contest =
        comparison.rows().stream()
            .filter(r -> r.target().equals("fb-contest"))
            .findFirst()
            .orElseThrow();
    assertEquals(1.0, contest.gain(1), 1e-12);
    assertEquals(
        List.of("banner", "fb-contest", "newsletter", "fb-shop", "phone"),
        comparison.byGain(1).stream().map(ModelComparison.Row::target).toList());
    List<ModelComparison.AlignmentSplit> split = comparison.alignment(strategy);
    assertEquals(0, split.get(0).unaligned(), 1e-12);
    assertEquals(1, split.get(1).unaligned(), 1e-12);
    assertEquals(List.of("fb-contest"), split.get(1).unalignedTactics());
    assertEquals(1, split.get(0).unknownTactics(), 1e-12);
    assertEquals(1, split.get(1).unmapped(), 1e-12);
  }

  private static Tactic tactic(String id, boolean aligned) {
    Tactic.Builder builder =
        Tactic.builder()
            .id(id)
            .name(id)
            .channel(Channel.FACEBOOK)
            .function(BusinessFunction.MARKETING)
            .tracks("net-new-customers");
    if (aligned) {
      builder.supports("grow");
    }
    return builder.build();
  }

  @Test
  void splitsAWholeInputModelOverPeriodsByConvertingJourneys() {
    AttributionResult result = Attribution.byKey().attribute(Markov.defaults(), AGGREGATE);
    // The banner is seen in both months but converts only in March: all its credit is March's.
    double banner = result.credit("banner").orElseThrow().conversions();
    assertTrue(banner > 0);
    assertEquals(
        List.of(banner),
        result.credits(MARCH).stream()
            .filter(c -> c.target().equals("banner"))
            .map(Credit::conversions)
            .toList());
    assertTrue(result.credits(APRIL).stream().noneMatch(c -> c.target().equals("banner")));
    assertEquals(
        result.credit("news / email").orElseThrow().conversions(),
        result.credits(APRIL).get(0).conversions(),
        1e-12);
  }

  @Test
  void timeDecayFoldsExactKeyCreditsIntoTactics() {
    AttributionResult result =
        Attribution.mapped(MAPPING).attribute(TimeDecay.defaults(), AGGREGATE);
    double sum = result.credits().stream().mapToDouble(Credit::conversions).sum();
    assertEquals(3, sum, 1e-12);
    assertEquals(1, result.credit("newsletter").orElseThrow().conversions(), 1e-12);
  }
}
