package org.socialstrategy.scoring.scorecard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.socialstrategy.model.BusinessGoal;
import org.socialstrategy.model.DateRange;
import org.socialstrategy.model.Observation;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.scoring.validation.Sound;

/** The two headline figures, worked out by hand. */
class HeadlinesTest {

  @Test
  void planIsTheCompletenessOfTheFactorsTimesTheAlignedShareOfSpend() {
    Scorecard card = Scorecard.of(Scored.strategy(), Scored.MID_YEAR);
    // 1 goals: 1 + 2 + 2 + 2 + 1 (goals, measured, outcomes, served, titles) + 4 x 2/3 aligned
    //   + 2 (both aligned tactics two-sided) = 12.6668 of 14 -> 90
    // 2 vision: stated 3 + three years 2 of 7 -> 71
    // 3 executives: sponsor 3 + named 1 + 3 of 3 engaged over the 50% bar 3 + 2 of 3 aligned
    //   0.6667 + goals sponsored 1 + aligned tactics in two functions 1 = 9.6667 of 10 -> 97
    // 4 roadmap: 3 initiatives 2 + three years 2 + all serve goals 2 + tactics in one 2 x 2/3
    //   + goals planned 1 + dependencies sound 1 = 9.3334 of 10 -> 93
    // 5 governance: hub 3 + 0 of 5 responsibilities + guidelines 2 + RACI 1 + 3 of 3 sound 2
    //   = 8 of 9 -> 89
    // 6 resources: funding 2 + 3 of 3 years 2 + spend fits 2 + staff fits 1 + no training 0
    //   + aligned tactics costed 1 and owned 1 = 9 of 10 -> 90
    // 7 technology: both platforms enable an initiative, have a cost and are funded: 100
    assertEquals(
        List.of(90, 71, 97, 93, 89, 90, 100),
        card.successFactors().stream().map(f -> f.score().getAsInt()).toList());
    PlanScore plan = card.plan();
    // completeness (90 + 71 + 97 + 93 + 89 + 90 + 100) / 7 = 630 / 7 = 90.00
    assertEquals(new BigDecimal("90.00"), plan.completeness());
    // aligned share of spend: shop 5000.00 + community 20000.00 of 37000.00 with the contest
    // = 0.675675 -> 0.6757
    assertEquals(new BigDecimal("0.6757"), plan.alignedShare());
    // 90.00 x 0.6757 = 60.813 -> 61
    assertEquals(OptionalInt.of(61), plan.score());
    assertEquals("61/100", plan.display());
    assertEquals(
        List.of(
            "completeness 90.00: the mean of 7 success factors",
            "aligned share of spend 0.6757: 25,000.00 USD of 37,000.00 USD goes to tactics that"
                + " serve a goal through a business outcome",
            "plan = completeness x aligned share = 90.00 x 0.6757 = 61"),
        plan.evidence());
  }

  @Test
  void resultsAverageProgressAndReturns() {
    ResultsScore results = Scorecard.of(Scored.strategy(), Scored.MID_YEAR).results();
    // progress, goals of weight 1 each:
    // - net new customers, 70 of 3,000 by 2027-12-31, projected below the baseline of 1,200:
    //   projected share clamped to 0
    // - calls deflected, 4,000 by March of 5,000 by 2028-12-31: projected beyond the target, 1
    // (1 x 0 + 1 x 1) / 2 = 0.5000
    assertEquals(Optional.of(new BigDecimal("0.5000")), results.progress());
    // returns: shop ROI 1.3997 and community 4.2503 both return twice their cost to date: 1
    assertEquals(Optional.of(new BigDecimal("1.0000")), results.returns());
    // 100 x (0.5000 + 1.0000) / 2 = 75
    assertEquals(OptionalInt.of(75), results.score());
    assertEquals(
        "results = 100 x (progress + returns) / 2 = 100 x (0.5000 + 1.0000) / 2 = 75",
        results.evidence().get(results.evidence().size() - 1));
    assertEquals(List.of(), results.measureFirst());
  }

  @Test
  void resultsWeighObjectivesByGoalWeightAndReturnsBySpend() {
    Strategy base = Scored.strategy();
    Strategy weighted =
        Scored.builder()
            .goals(
                List.of(
                    goal(base, "grow-online-revenue", 0.75),
                    goal(base, "reduce-cost-to-serve", 0.25)))
            .observations(
                List.of(
                    Observation.of(
                        "net-new-customers",
                        "fb-shop",
                        DateRange.years(2027, 2027),
                        BigDecimal.valueOf(10)),
                    Observation.of(
                        "calls-deflected",
                        "support-community",
                        Scored.month(3),
                        BigDecimal.valueOf(1000))))
            .build();
    ResultsScore results = Scorecard.of(weighted, LocalDate.of(2028, 1, 1)).results();
    // progress:
    // - net new customers (weight 0.75): due 2027-12-31 and missed; the share achieved counts,
    //   10 / 3000 = 0.0033
    // - calls deflected (weight 0.25): 1,000 by March projects beyond 5,000 by 2028-12-31: 1
    // 0.75 x 0.0033 + 0.25 x 1 = 0.252475 -> 0.2525
    assertEquals(Optional.of(new BigDecimal("0.2525")), results.progress());
    // returns, weighted by cost to date:
    // - shop, window over: 10 x 85.00 = 850.00 on 5000.00, ROI -0.8300 -> (1 - 0.83) / 2 = 0.085
    // - community, 366 of 731 days: 20000.00 x 366 / 731 = 10013.68 spent; 1000 x 6.50 =
    //   6500.00, ROI (6500.00 - 10013.68) / 10013.68 = -0.3509 -> (1 - 0.3509) / 2 = 0.32455
    // (5000.00 x 0.085 + 10013.68 x 0.32455) / 15013.68 = 3674.93984 / 15013.68 = 0.2448
    assertEquals(Optional.of(new BigDecimal("0.2448")), results.returns());
    // 100 x (0.2525 + 0.2448) / 2 = 24.865 -> 25
    assertEquals(OptionalInt.of(25), results.score());
  }

  private static BusinessGoal goal(Strategy strategy, String id, double weight) {
    return BusinessGoal.builder()
        .from(strategy.goals().stream().filter(g -> g.id().value().equals(id)).findFirst().get())
        .weight(weight)
        .build();
  }

  @Test
  void withoutObservationsResultsAreNotMeasuredAndSayWhatToMeasureFirst() {
    ResultsScore results =
        Scorecard.of(Scored.strategy().withObservations(List.of()), Scored.MID_YEAR).results();
    assertEquals(OptionalInt.empty(), results.score());
    assertEquals("not measured", results.display());
    assertEquals(Optional.empty(), results.progress());
    assertEquals(Optional.empty(), results.returns());
    assertEquals(
        List.of(
            "observe Net new customers for the goal 'Grow online revenue' between 2027-01-01 and"
                + " 2027-12-31",
            "observe Calls deflected for the goal 'Reduce the cost to serve' between 2027-01-01"
                + " and 2028-12-31",
            "record the outcomes of 'Support community' (4,952.12 USD spent to date)",
            "record the outcomes of 'Facebook shop' (2,479.45 USD spent to date)"),
        results.measureFirst());
  }

  @Test
  void aStrategyWithoutObjectivesIsToldToQuantifyItsGoals() {
    Strategy unquantified =
        Strategy.builder().organization(Sound.strategy().organization()).build();
    ResultsScore results = Scorecard.of(unquantified, Scored.MID_YEAR).results();
    assertEquals(
        List.of("quantify the goals: give each an objective with a metric and a target"),
        results.measureFirst());
  }
}
