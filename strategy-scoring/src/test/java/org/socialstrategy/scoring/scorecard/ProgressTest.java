package org.socialstrategy.scoring.scorecard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.socialstrategy.model.Aggregation;
import org.socialstrategy.model.BusinessGoal;
import org.socialstrategy.model.DateRange;
import org.socialstrategy.model.Metric;
import org.socialstrategy.model.Objective;
import org.socialstrategy.model.Observation;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.scoring.validation.Sound;

class ProgressTest {

  private static final LocalDate DUE = LocalDate.of(2027, 12, 31);

  private static Objective objective(String metric, long baseline, long target) {
    return Objective.builder()
        .metric(metric)
        .baseline(baseline)
        .target(target)
        .baselineDate(LocalDate.of(2027, 1, 1))
        .due(DUE)
        .build();
  }

  private static Strategy strategy(
      Objective objective, Metric metric, Observation... observations) {
    return Strategy.builder()
        .organization(Sound.strategy().organization())
        .addMetric(metric)
        .addGoal(
            BusinessGoal.builder()
                .id("g")
                .title("Goal")
                .function(org.socialstrategy.model.BusinessFunction.SALES)
                .addObjective(objective)
                .build())
        .addObservations(observations)
        .build();
  }

  private static Observation observed(String metric, int month, long value) {
    return Observation.of(metric, Scored.month(month), BigDecimal.valueOf(value));
  }

  private static ObjectiveProgress progress(Strategy strategy, LocalDate asOf) {
    return Progress.of(strategy, asOf).get(0);
  }

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  @Test
  void summedFlowIsForecastAtItsRunRate() {
    Metric customers =
        Metric.outcome("nnc", "Net new customers", "customers").withAggregation(Aggregation.SUM);
    Observation[] months = new Observation[6];
    for (int m = 1; m <= 6; m++) {
      months[m - 1] = observed("nnc", m, 250);
    }
    ObjectiveProgress progress =
        progress(strategy(objective("nnc", 1_200, 3_000), customers, months), Scored.MID_YEAR);
    assertEquals(Optional.of(d("1500")), progress.actual()); // 6 months x 250
    assertEquals(Optional.of(Scored.MID_YEAR), progress.measuredThrough());
    // 181 of 365 days elapsed: forecast 1500 x 365 / 181 = 3024.8619
    assertEquals(Optional.of(d("3024.8619")), progress.forecast());
    assertEquals(Optional.of(d("0.5000")), progress.shareAchieved()); // 1500 / 3000
    // projected (3024.8619 - 1200) / (3000 - 1200) = 1.0138 >= 1
    assertEquals(ProgressStatus.ON_TRACK, progress.status());
    assertEquals(d("0.50"), progress.grade());
    assertEquals(6, progress.observations());
  }

  @Test
  void aLongWindowWithOneObservationOnItsFirstDayStillHasAForecast() {
    // Elapsed 1 of 2,922,290 days: a share that rounds to 0.0000, and used to divide by zero.
    for (LocalDate due : List.of(LocalDate.of(2085, 12, 31), LocalDate.of(9999, 12, 31))) {
      Metric customers =
          Metric.outcome("nnc", "Net new customers", "customers").withAggregation(Aggregation.SUM);
      Objective longRun =
          Objective.builder()
              .metric("nnc")
              .baseline(0)
              .target(10)
              .baselineDate(LocalDate.of(2027, 1, 1))
              .due(due)
              .build();
      LocalDate first = LocalDate.of(2027, 1, 1);
      Strategy strategy =
          strategy(
              longRun,
              customers,
              Observation.of("nnc", DateRange.of(first, first), BigDecimal.valueOf(3)));
      ObjectiveProgress progress = progress(strategy, first);
      long days = java.time.temporal.ChronoUnit.DAYS.between(first, due) + 1;
      // 3 in the first day: 3 x days / 1
      assertEquals(
          Optional.of(BigDecimal.valueOf(3 * days).setScale(4)), progress.forecast(), "" + due);
      assertEquals(ProgressStatus.ON_TRACK, progress.status());
      assertEquals(progress, Scorecard.of(strategy, first).progress().get(0));
    }
  }

  @Test
  void levelFallingTowardsItsTargetIsForecastInAStraightLine() {
    Metric cost = Metric.outcome("cpc", "Cost per contact", "USD");
    ObjectiveProgress progress =
        progress(
            strategy(objective("cpc", 12, 9), cost, observed("cpc", 3, 11), observed("cpc", 6, 10)),
            Scored.MID_YEAR);
    assertEquals(Optional.of(d("10")), progress.actual()); // the latest level
    // forecast 12 + (10 - 12) x 365 / 181 = 12 - 4.0331 = 7.9669
    assertEquals(Optional.of(d("7.9669")), progress.forecast());
    // share (10 - 12) / (9 - 12) = 0.6667
    assertEquals(Optional.of(d("0.6667")), progress.shareAchieved());
    assertEquals(ProgressStatus.ON_TRACK, progress.status());
    assertEquals(d("0.67"), progress.grade());
  }

  @Test
  void slowProgressIsAtRiskThenOffTrack() {
    Metric customers =
        Metric.outcome("nnc", "Net new customers", "customers").withAggregation(Aggregation.SUM);
    // 6 x 220 = 1320 by mid-year: forecast 1320 x 365 / 181 = 2661.8785;
    // projected (2661.8785 - 1200) / 1800 = 0.8122: at risk
    Observation[] slow = new Observation[6];
    for (int m = 1; m <= 6; m++) {
      slow[m - 1] = observed("nnc", m, 220);
    }
    assertEquals(
        ProgressStatus.AT_RISK,
        progress(strategy(objective("nnc", 1_200, 3_000), customers, slow), Scored.MID_YEAR)
            .status());
    // 6 x 150 = 900: forecast 1814.9171, projected 0.3416: off track
    Observation[] slower = new Observation[6];
    for (int m = 1; m <= 6; m++) {
      slower[m - 1] = observed("nnc", m, 150);
    }
    assertEquals(
        ProgressStatus.OFF_TRACK,
        progress(strategy(objective("nnc", 1_200, 3_000), customers, slower), Scored.MID_YEAR)
            .status());
  }

  @Test
  void reachedTargetIsAchievedAndAMissedDueDateIsOffTrack() {
    Metric cost = Metric.outcome("cpc", "Cost per contact", "USD");
    assertEquals(
        ProgressStatus.ACHIEVED,
        progress(strategy(objective("cpc", 12, 9), cost, observed("cpc", 5, 9)), Scored.MID_YEAR)
            .status());
    ObjectiveProgress missed =
        progress(
            strategy(objective("cpc", 12, 9), cost, observed("cpc", 12, 11)),
            LocalDate.of(2028, 3, 1));
    assertEquals(ProgressStatus.OFF_TRACK, missed.status());
    assertEquals(d("0.33"), missed.grade()); // (11 - 12) / (9 - 12) = 0.3333
  }

  @Test
  void stretchTargetsGradeSevenTenthsAtTheTarget() {
    Metric cost = Metric.outcome("cpc", "Cost per contact", "USD");
    Objective withStretch = Objective.builder().from(objective("cpc", 12, 9)).stretch(6).build();
    // at the target: 0.7; halfway from 9 to 6 (7.5): 0.7 + 0.3 x 0.5 = 0.85; below target 0.7 x
    // share
    assertEquals(
        d("0.70"),
        progress(strategy(withStretch, cost, observed("cpc", 6, 9)), Scored.MID_YEAR).grade());
    assertEquals(
        d("0.85"),
        progress(
                strategy(withStretch, cost, Observation.of("cpc", Scored.month(6), d("7.5"))),
                Scored.MID_YEAR)
            .grade());
    assertEquals(
        d("0.47"),
        progress(strategy(withStretch, cost, observed("cpc", 6, 10)), Scored.MID_YEAR).grade());
  }

  @Test
  void noObservationsInTheWindowMeansNoData() {
    Metric cost = Metric.outcome("cpc", "Cost per contact", "USD");
    ObjectiveProgress progress =
        progress(strategy(objective("cpc", 12, 9), cost, observed("cpc", 8, 10)), Scored.MID_YEAR);
    assertEquals(ProgressStatus.NO_DATA, progress.status());
    assertEquals(Optional.empty(), progress.actual());
    assertEquals(d("0.00"), progress.grade());
  }

  @Test
  void tacticsObservationsAddUpPerPeriodWhenNoStrategyWideOnesExist() {
    ObjectiveProgress progress = Progress.of(Scored.strategy(), Scored.MID_YEAR).get(0);
    // fb-shop's 40 (January) + 30 (February); July's 999 lies after the as-of date
    assertEquals(Optional.of(d("70")), progress.actual());
    assertEquals(Optional.of(LocalDate.of(2027, 2, 28)), progress.measuredThrough());
  }

  @Test
  void holdingObjectivesHoldWithinFivePercent() {
    Metric satisfaction = Metric.outcome("nps", "Net promoter score", "points");
    assertEquals(
        ProgressStatus.ON_TRACK,
        progress(
                strategy(objective("nps", 40, 40), satisfaction, observed("nps", 6, 41)),
                Scored.MID_YEAR)
            .status());
    assertEquals(
        ProgressStatus.OFF_TRACK,
        progress(
                strategy(objective("nps", 40, 40), satisfaction, observed("nps", 6, 30)),
                Scored.MID_YEAR)
            .status());
  }

  @Test
  void objectivesWithoutBaselineDateCoverTheYearToTheirDueDate() {
    Metric cost = Metric.outcome("cpc", "Cost per contact", "USD");
    Objective undated = Objective.of("cpc", 12, 9, DUE);
    assertEquals(
        LocalDate.of(2027, 1, 1),
        progress(strategy(undated, cost, observed("cpc", 6, 10)), Scored.MID_YEAR).start());
    assertEquals(
        List.of(),
        Progress.of(
            Sound.builder()
                .goals(List.of())
                .tactics(List.of())
                .governance(org.socialstrategy.model.Governance.none())
                .roadmap(Optional.empty())
                .build(),
            DUE));
  }
}
