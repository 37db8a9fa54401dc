package org.socialstrategy.scoring.scorecard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.socialstrategy.model.BusinessFunction;
import org.socialstrategy.model.Channel;
import org.socialstrategy.model.DateRange;
import org.socialstrategy.model.Metric;
import org.socialstrategy.model.MetricId;
import org.socialstrategy.model.Observation;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.model.Tactic;
import org.socialstrategy.model.TacticId;
import org.socialstrategy.scoring.validation.Sound;

class ReturnsTest {

  private static TacticRoi roi(Strategy strategy, String tactic) {
    return Scorecard.of(strategy, Scored.MID_YEAR).roi(TacticId.of(tactic)).orElseThrow();
  }

  @Test
  void returnIsOutcomeValueMinusCostOverCost() {
    TacticRoi shop = roi(Scored.strategy(), "fb-shop");
    // 40 + 30 net new customers by mid-year (July's 999 comes later), 85.00 USD each
    OutcomeUnits customers = shop.outcomes().get(0);
    assertEquals(MetricId.of("net-new-customers"), customers.metric());
    assertEquals(BigDecimal.valueOf(70), customers.units());
    assertEquals(Optional.of(Sound.usd("5950.00")), customers.value()); // 70 x 85.00
    assertEquals(Optional.of(Sound.usd("71.43")), customers.costPerUnit()); // 5000.00 / 70
    assertEquals(Optional.of(Sound.usd("5950.00")), shop.value());
    assertEquals(Optional.of(Sound.usd("950.00")), shop.net()); // 5950.00 - 5000.00
    assertEquals(Optional.of(new BigDecimal("0.1900")), shop.roi()); // 950 / 5000
    assertEquals("19.0%", shop.roiPercent());
    assertEquals(List.of(), shop.gaps());
  }

  @Test
  void ranksSocialAndOfflineTacticsAlikeAndExplainsTheRest() {
    Tactic box =
        Tactic.builder()
            .id("suggestion-box")
            .name("Suggestion box")
            .channel(Channel.SUGGESTION_BOX)
            .function(BusinessFunction.CUSTOMER_SERVICE)
            .supports("reduce-cost-to-serve")
            .tracks("calls-deflected")
            .cost(Sound.usd("300.00"))
            .build();
    Strategy strategy =
        Scored.builder()
            .addTactic(box)
            .addObservation(
                Observation.of(
                    "calls-deflected", "suggestion-box", Scored.month(4), BigDecimal.valueOf(100)))
            .build();
    List<TacticRoi> returns = Scorecard.of(strategy, Scored.MID_YEAR).returns();
    // suggestion box: 100 x 6.50 = 650.00, (650 - 300) / 300 = 1.1667
    // support community: 4000 x 6.50 = 26000.00, (26000 - 20000) / 20000 = 0.3000
    // Facebook shop: 0.1900; the fan contest tracks no business outcome
    assertEquals(
        List.of("suggestion-box", "support-community", "fb-shop", "fb-fan-contest"),
        returns.stream().map(r -> r.tactic().value()).toList());
    assertEquals(new BigDecimal("1.1667"), returns.get(0).roi().orElseThrow());
    assertEquals(OptionalInt.of(1), returns.get(0).rank());
    assertEquals(new BigDecimal("0.3000"), returns.get(1).roi().orElseThrow());
    TacticRoi contest = returns.get(3);
    assertEquals(OptionalInt.empty(), contest.rank());
    assertEquals(List.of(RoiGap.NO_OUTCOME_METRIC), contest.gaps());
    assertEquals("no return: it tracks no business-outcome metric", contest.explanation());
  }

  @Test
  void saysWhyAReturnCannotBeComputed() {
    Strategy strategy =
        Scored.builder()
            .addMetric(Metric.outcome("orders", "Orders", "orders"))
            .addTactics(
                Tactic.builder()
                    .id("no-cost")
                    .name("No cost")
                    .channel(Channel.EMAIL)
                    .function(BusinessFunction.SALES)
                    .tracks("net-new-customers")
                    .build(),
                Tactic.builder()
                    .id("free")
                    .name("Free")
                    .channel(Channel.EMAIL)
                    .function(BusinessFunction.SALES)
                    .tracks("orders")
                    .cost(Sound.usd("0.00"))
                    .build(),
                Tactic.builder()
                    .id("unobserved")
                    .name("Unobserved")
                    .channel(Channel.EMAIL)
                    .function(BusinessFunction.SALES)
                    .tracks("net-new-customers")
                    .cost(Sound.usd("10.00"))
                    .build())
            .build();
    assertEquals(
        "no return: it has no cost and no outcome has been observed for it",
        roi(strategy, "no-cost").explanation());
    assertEquals(List.of(RoiGap.ZERO_COST, RoiGap.NO_VALUE_PER_UNIT), roi(strategy, "free").gaps());
    assertEquals(List.of(RoiGap.NO_OBSERVATIONS), roi(strategy, "unobserved").gaps());
    assertEquals(Optional.empty(), roi(strategy, "unobserved").roi());
  }

  @Test
  void lossesAreNegativeReturns() {
    Strategy strategy =
        Scored.builder()
            .observations(
                List.of(
                    Observation.of(
                        "net-new-customers",
                        "fb-shop",
                        DateRange.years(2027, 2027),
                        BigDecimal.valueOf(10))))
            .build();
    TacticRoi shop =
        Scorecard.of(strategy, java.time.LocalDate.of(2028, 1, 1))
            .roi(TacticId.of("fb-shop"))
            .orElseThrow();
    assertEquals(Optional.of(Sound.usd("-4150.00")), shop.net()); // 10 x 85.00 - 5000.00
    assertEquals(new BigDecimal("-0.8300"), shop.roi().orElseThrow());
    assertTrue(Scorecard.of(strategy, Scored.MID_YEAR).roi(TacticId.of("nope")).isEmpty());
  }
}
