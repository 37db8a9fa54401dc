package org.socialstrategy.scoring.scorecard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.socialstrategy.model.Aggregation;
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

/**
 * Returns compare like with like: the Facebook shop of the scored strategy costs 5,000.00 USD over
 * 2027 (365 days) and brings 40 net new customers in January, 30 in February and 999 in July, at
 * 85.00 USD each.
 */
class ReturnsTest {

  private static TacticRoi roi(Strategy strategy, String tactic, LocalDate asOf) {
    return Scorecard.of(strategy, asOf).roi(TacticId.of(tactic)).orElseThrow();
  }

  @Test
  void midWindowSetsTheCostIncurredSoFarAgainstTheReturnsSoFar() {
    TacticRoi shop = roi(Scored.strategy(), "fb-shop", Scored.MID_YEAR);
    assertEquals(RoiBasis.TO_DATE, shop.basis());
    // 2027-01-01 to 2027-06-30 is 181 of 365 days: 5000.00 x 181 / 365 = 2479.4520 -> 2479.45
    assertEquals(Optional.of(Sound.usd("2479.45")), shop.costToDate());
    assertEquals(Optional.of(Sound.usd("5000.00")), shop.cost());
    // 40 + 30 net new customers by mid-year (July's 999 comes later), 85.00 USD each
    OutcomeUnits customers = shop.outcomes().get(0);
    assertEquals(MetricId.of("net-new-customers"), customers.metric());
    assertEquals(BigDecimal.valueOf(70), customers.units());
    assertEquals(Optional.of(Sound.usd("5950.00")), customers.value()); // 70 x 85.00
    assertEquals(Optional.of(Sound.usd("35.42")), customers.costPerUnit()); // 2479.45 / 70
    assertEquals(Optional.of(Sound.usd("3470.55")), shop.net()); // 5950.00 - 2479.45
    // 3470.55 / 2479.45 = 1.39973 -> 1.3997
    assertEquals(Optional.of(new BigDecimal("1.3997")), shop.roi());
    assertEquals("140.0%", shop.roiPercent());
    // the run rate: 5950.00 in the 59 days observed (January and February), over 365 days:
    // 5950.00 x 365 / 59 = 36809.32; (36809.32 - 5000.00) / 5000.00 = 6.361864 -> 6.3619
    assertEquals(Optional.of(Sound.usd("36809.32")), shop.projectedValue());
    assertEquals(Optional.of(new BigDecimal("6.3619")), shop.projectedRoi());
    assertEquals("636.2%", shop.projectedRoiPercent());
    assertEquals(List.of(), shop.gaps());
  }

  @Test
  void aWindowNotYetStartedHasCostNothingAndHasNoReturn() {
    TacticRoi shop = roi(Scored.strategy(), "fb-shop", LocalDate.of(2026, 12, 31));
    assertEquals(RoiBasis.TO_DATE, shop.basis());
    // 0 of 365 days: 5000.00 x 0 / 365 = 0.00
    assertEquals(Optional.of(Sound.usd("0.00")), shop.costToDate());
    assertEquals(List.of(RoiGap.NOT_STARTED), shop.gaps());
    assertEquals("no return: it has not started by the as-of date", shop.explanation());
    assertEquals(Optional.empty(), shop.roi());
    assertEquals(Optional.empty(), shop.projectedRoi());
  }

  @Test
  void aFinishedWindowSetsTheWholeCostAgainstEveryReturn() {
    TacticRoi shop = roi(Scored.strategy(), "fb-shop", LocalDate.of(2028, 1, 1));
    assertEquals(RoiBasis.FULL_WINDOW, shop.basis());
    assertEquals(Optional.of(Sound.usd("5000.00")), shop.costToDate());
    // 40 + 30 + 999 = 1069 customers x 85.00 = 90865.00; 90865.00 - 5000.00 = 85865.00
    assertEquals(Optional.of(Sound.usd("90865.00")), shop.value());
    assertEquals(Optional.of(Sound.usd("85865.00")), shop.net());
    assertEquals(Optional.of(new BigDecimal("17.1730")), shop.roi()); // 85865.00 / 5000.00
    assertEquals(Optional.empty(), shop.projectedRoi(), "nothing left to project");
  }

  @Test
  void aTacticWithoutAWindowCountsItsWholeCost() {
    Strategy strategy =
        Scored.builder()
            .addTactic(suggestionBox())
            .addObservation(
                Observation.of(
                    "calls-deflected", "suggestion-box", Scored.month(4), BigDecimal.valueOf(100)))
            .build();
    TacticRoi box = roi(strategy, "suggestion-box", Scored.MID_YEAR);
    assertEquals(RoiBasis.WHOLE_COST, box.basis());
    assertEquals(Optional.of(Sound.usd("300.00")), box.costToDate());
    // 100 x 6.50 = 650.00, (650.00 - 300.00) / 300.00 = 1.1667
    assertEquals(Optional.of(new BigDecimal("1.1667")), box.roi());
  }

  private static Tactic suggestionBox() {
    return Tactic.builder()
        .id("suggestion-box")
        .name("Suggestion box")
        .channel(Channel.SUGGESTION_BOX)
        .function(BusinessFunction.CUSTOMER_SERVICE)
        .supports("reduce-cost-to-serve")
        .tracks("calls-deflected")
        .cost(Sound.usd("300.00"))
        .build();
  }

  @Test
  void ranksSocialAndOfflineTacticsAlikeAndExplainsTheRest() {
    Strategy strategy =
        Scored.builder()
            .addTactic(suggestionBox())
            .addObservation(
                Observation.of(
                    "calls-deflected", "suggestion-box", Scored.month(4), BigDecimal.valueOf(100)))
            .build();
    List<TacticRoi> returns = Scorecard.of(strategy, Scored.MID_YEAR).returns();
    // support community: 20000.00 over 2027-2028 (731 days), 181 days in: 4952.12 spent;
    // 4000 x 6.50 = 26000.00, (26000.00 - 4952.12) / 4952.12 = 4.250275 -> 4.2503
    // Facebook shop: 1.3997; suggestion box (no window): 1.1667; the fan contest tracks no
    // business outcome
    assertEquals(
        List.of("support-community", "fb-shop", "suggestion-box", "fb-fan-contest"),
        returns.stream().map(r -> r.tactic().value()).toList());
    assertEquals(new BigDecimal("4.2503"), returns.get(0).roi().orElseThrow());
    assertEquals(Optional.of(Sound.usd("4952.12")), returns.get(0).costToDate());
    assertEquals(OptionalInt.of(1), returns.get(0).rank());
    assertEquals(new BigDecimal("1.1667"), returns.get(2).roi().orElseThrow());
    TacticRoi contest = returns.get(3);
    assertEquals(OptionalInt.empty(), contest.rank());
    assertEquals(List.of(RoiGap.NO_OUTCOME_METRIC), contest.gaps());
    assertEquals("no return: it tracks no business-outcome metric", contest.explanation());
  }

  @Test
  void saysWhyAReturnCannotBeComputed() {
    Strategy strategy =
        Scored.builder()
            .addMetric(Metric.outcome("satisfaction", "Satisfaction", "points"))
            .addMetric(
                Metric.outcome("orders", "Orders", "orders").withAggregation(Aggregation.SUM))
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
                    .tracks("satisfaction")
                    .cost(Sound.usd("0.00"))
                    .build(),
                Tactic.builder()
                    .id("unpriced")
                    .name("Unpriced")
                    .channel(Channel.EMAIL)
                    .function(BusinessFunction.SALES)
                    .tracks("orders")
                    .cost(Sound.usd("10.00"))
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
        roi(strategy, "no-cost", Scored.MID_YEAR).explanation());
    assertEquals(
        List.of(RoiGap.ZERO_COST, RoiGap.NO_COUNTABLE_OUTCOME),
        roi(strategy, "free", Scored.MID_YEAR).gaps());
    assertEquals(
        "no return: its cost is zero and its outcomes are levels, averages or rates, which have no"
            + " money value per unit",
        roi(strategy, "free", Scored.MID_YEAR).explanation());
    assertEquals(
        List.of(RoiGap.NO_VALUE_PER_UNIT), roi(strategy, "unpriced", Scored.MID_YEAR).gaps());
    assertEquals(
        List.of(RoiGap.NO_OBSERVATIONS), roi(strategy, "unobserved", Scored.MID_YEAR).gaps());
    assertEquals(Optional.empty(), roi(strategy, "unobserved", Scored.MID_YEAR).roi());
  }

  @Test
  void aFlowCountedInMoneyIsWorthItsAmount() {
    Strategy strategy =
        Scored.builder()
            .addMetric(
                Metric.outcome("upsell", "Upsell revenue", "USD").withAggregation(Aggregation.SUM))
            .addTactic(
                Tactic.builder()
                    .id("upsell-emails")
                    .name("Upsell emails")
                    .channel(Channel.EMAIL)
                    .function(BusinessFunction.SALES)
                    .supports("grow-online-revenue")
                    .tracks("upsell")
                    .cost(Sound.usd("1000.00"))
                    .build())
            .addObservation(
                Observation.of(
                    "upsell", "upsell-emails", Scored.month(5), new BigDecimal("1500.00")))
            .build();
    TacticRoi upsell = roi(strategy, "upsell-emails", Scored.MID_YEAR);
    // 1500.00 USD of revenue at face value: (1500.00 - 1000.00) / 1000.00 = 0.5000
    assertEquals(Optional.of(Sound.usd("1500.00")), upsell.value());
    assertEquals(Optional.of(new BigDecimal("0.5000")), upsell.roi());
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
    TacticRoi shop = roi(strategy, "fb-shop", LocalDate.of(2028, 1, 1));
    assertEquals(Optional.of(Sound.usd("-4150.00")), shop.net()); // 10 x 85.00 - 5000.00
    assertEquals(new BigDecimal("-0.8300"), shop.roi().orElseThrow());
    assertTrue(shop.isLoss());
    assertEquals("-83.0%", shop.roiPercent());
    assertTrue(Scorecard.of(strategy, Scored.MID_YEAR).roi(TacticId.of("nope")).isEmpty());
  }
}
