package org.socialstrategy.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The touchpoint mapping a strategy carries, and attributed observations, hold their invariants.
 */
class AttributionInvariantsTest {

  private static final DateRange MARCH =
      DateRange.of(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 31));

  private static final TouchpointMapping MAPPING =
      TouchpointMapping.builder()
          .addRule(TouchpointRule.exact("facebook / social / spring-shop", "fb-shop"))
          .addRule(TouchpointRule.builder().source("facebook").tactic("fb-contest").build())
          .conversionMetric("net-new-customers")
          .build();

  private static List<String> violations(Strategy.Builder builder) {
    InvalidStrategyException e = assertThrows(InvalidStrategyException.class, builder::build);
    return e.violations().stream()
        .map(v -> v + v.hint().map(h -> " (" + h + ")").orElse(""))
        .toList();
  }

  @Test
  void aStrategyCarriesItsMapping() {
    Strategy strategy = Retail.builder().attribution(MAPPING).build();
    assertEquals(Optional.of(MAPPING), strategy.attribution());
    assertEquals(Optional.empty(), Retail.strategy().attribution());
  }

  @Test
  void reportsUnknownTacticsAndMetricsWithHints() {
    assertEquals(
        List.of(
            "attribution.conversionMetric: unknown metric 'net-new-customer'"
                + " (did you mean 'net-new-customers'?)",
            "attribution.valueMetric: unknown metric 'revenue'",
            "attribution.rules[0].tactic: unknown tactic 'fb-shp' (did you mean 'fb-shop'?)"),
        violations(
            Retail.builder()
                .attribution(
                    TouchpointMapping.builder()
                        .addRule(TouchpointRule.exact("email", "fb-shp"))
                        .conversionMetric("net-new-customer")
                        .valueMetric("revenue")
                        .build())));
  }

  @Test
  void reportsUnusableRulesByTheirPosition() {
    assertEquals(
        List.of(
            "attribution.rules[0]: touchpoint rule names the key 'email' and patterns; give one"
                + " or the other",
            "attribution.rules[1]: touchpoint rule names no key and no pattern",
            "attribution.rules[2]: touchpoint rule has a channel pattern and source, medium or"
                + " campaign patterns: no key has both",
            "attribution.rules[3]: touchpoint rule has a blank medium pattern; leave it out to"
                + " match any medium",
            "attribution.rules[4]: touchpoint rule names the key 'email > sms', which holds '>',"
                + " the separator of path steps",
            "attribution.rules[5]: touchpoint rule names the key 'a / b / c / d', which has more"
                + " than three parts separated by ' / '",
            "attribution.rules[6]: touchpoint rule names a blank key"),
        violations(
            Retail.builder()
                .attribution(
                    TouchpointMapping.builder()
                        .addRule(
                            TouchpointRule.builder()
                                .key("email")
                                .medium("cpc")
                                .tactic("fb-shop")
                                .build())
                        .addRule(TouchpointRule.builder().tactic("fb-shop").build())
                        .addRule(
                            TouchpointRule.builder()
                                .channel("display-*")
                                .campaign("spring")
                                .tactic("fb-shop")
                                .build())
                        .addRule(TouchpointRule.builder().medium(" ").tactic("fb-shop").build())
                        .addRule(TouchpointRule.exact("email > sms", "fb-shop"))
                        .addRule(TouchpointRule.exact("a / b / c / d", "fb-shop"))
                        .addRule(TouchpointRule.exact(" ", "fb-shop"))
                        .conversionMetric("net-new-customers")
                        .build())));
  }

  @Test
  void theValueMetricIsNotTheConversionMetric() {
    assertEquals(
        List.of(
            "attribution.valueMetric: value metric 'net-new-customers' is the conversion metric:"
                + " the value of conversions needs a metric of its own"),
        violations(
            Retail.builder()
                .attribution(
                    TouchpointMapping.builder()
                        .from(MAPPING)
                        .valueMetric("net-new-customers")
                        .build())));
  }

  @Test
  void removingAMappedTacticBreaksTheMapping() {
    Strategy strategy = Retail.builder().attribution(MAPPING).build();
    InvalidStrategyException e =
        assertThrows(
            InvalidStrategyException.class,
            () -> strategy.withoutTactic(TacticId.of("fb-contest")));
    assertEquals(
        List.of("attribution.rules[1].tactic: unknown tactic 'fb-contest'"),
        e.violations().stream().map(Violation::toString).toList());
    assertEquals(
        Optional.empty(),
        strategy.withoutAttribution().withoutTactic(TacticId.of("fb-contest")).attribution());
  }

  @Test
  void editsSetAndRemoveTheMapping() {
    Strategy strategy = Retail.strategy().withAttribution(MAPPING);
    assertEquals(Optional.of(MAPPING), strategy.attribution());
    assertEquals(Optional.empty(), strategy.withoutAttribution().attribution());
    assertThrows(
        InvalidStrategyException.class,
        () ->
            strategy.withAttribution(
                TouchpointMapping.builder().from(MAPPING).conversionMetric("nope").build()));
  }

  @Test
  void observationsMayNameTheirSource() {
    Observation attributed =
        Observation.builder()
            .metric(MetricId.of("net-new-customers"))
            .tactic(TacticId.of("fb-shop"))
            .period(MARCH)
            .value(BigDecimal.TEN)
            .source("attribution markov(order=1)")
            .build();
    Strategy strategy = Retail.builder().addObservation(attributed).build();
    assertEquals(
        Optional.of("attribution markov(order=1)"), strategy.observations().get(0).source());
    assertEquals(
        List.of("observations[0].source: source must not be blank"),
        violations(
            Retail.builder()
                .addObservation(Observation.builder().from(attributed).source(" ").build())));
    assertEquals(
        List.of("observations[1].source: source must not be blank"),
        assertThrows(
                InvalidStrategyException.class,
                () ->
                    strategy.plusObservations(
                        List.of(Observation.builder().from(attributed).source("").build())))
            .violations()
            .stream()
            .map(Violation::toString)
            .toList());
  }
}
