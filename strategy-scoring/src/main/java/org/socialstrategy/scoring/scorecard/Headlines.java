package org.socialstrategy.scoring.scorecard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.socialstrategy.model.BusinessGoal;
import org.socialstrategy.model.GoalId;
import org.socialstrategy.model.Metric;
import org.socialstrategy.model.Money;
import org.socialstrategy.model.Strategy;

/**
 * Computes the two headline figures, {@link PlanScore} and {@link ResultsScore}; the formulas are
 * in {@code docs/scoring.md}.
 */
final class Headlines {

  /** How many items {@link ResultsScore#measureFirst()} names of each kind. */
  static final int MEASURE_FIRST = 3;

  private static final BigDecimal TWO = BigDecimal.valueOf(2);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Headlines() {}

  static PlanScore plan(List<FactorScore> factors, AlignmentScore alignment) {
    int sum = 0;
    int scored = 0;
    List<String> unscored = new ArrayList<>();
    for (FactorScore factor : factors) {
      if (factor.score().isPresent()) {
        sum += factor.score().getAsInt();
        scored++;
      } else {
        unscored.add(String.valueOf(factor.factor().number()));
      }
    }
    BigDecimal completeness =
        BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(scored), 2, RoundingMode.HALF_UP);
    List<String> evidence = new ArrayList<>();
    evidence.add(
        "completeness "
            + completeness.toPlainString()
            + ": the mean of "
            + Plurals.count(scored, "success factor")
            + (unscored.isEmpty()
                ? ""
                : " (factor " + Plurals.words(unscored) + " not applicable, left out)"));
    BigDecimal share;
    Optional<Money> total = alignment.totalSpend().filter(t -> t.amount().signum() > 0);
    if (total.isPresent()) {
      Money aligned = total.get().minus(alignment.unalignedSpend().orElseThrow());
      share = Ratios.ratio(aligned.amount(), total.get().amount());
      evidence.add(
          "aligned share of spend "
              + share.toPlainString()
              + ": "
              + aligned.display()
              + " of "
              + total.get().display()
              + " goes to tactics that serve a goal through a business outcome");
    } else if (alignment.tactics() > 0) {
      share =
          Ratios.ratio(
              BigDecimal.valueOf(alignment.alignedTactics()),
              BigDecimal.valueOf(alignment.tactics()));
      evidence.add(
          "aligned share "
              + share.toPlainString()
              + " by count, as no tactic has a cost: "
              + alignment.alignedTactics()
              + " of "
              + Plurals.count(alignment.tactics(), "tactic"));
    } else {
      share = BigDecimal.ONE.setScale(Ratios.RATIO_SCALE);
      evidence.add("aligned share 1: not applicable without tactics");
    }
    int plan = completeness.multiply(share).setScale(0, RoundingMode.HALF_UP).intValue();
    evidence.add(
        "plan = completeness x aligned share = "
            + completeness.toPlainString()
            + " x "
            + share.toPlainString()
            + " = "
            + plan);
    return new PlanScore(OptionalInt.of(plan), completeness, share, scored, evidence);
  }

  static ResultsScore results(
      Strategy strategy,
      LocalDate asOf,
      List<ObjectiveProgress> progress,
      List<TacticRoi> returns) {
    List<String> evidence = new ArrayList<>();
    List<String> measureFirst = new ArrayList<>();
    Optional<BigDecimal> objectives = progress(strategy, asOf, progress, evidence, measureFirst);
    Optional<BigDecimal> money = returns(returns, evidence, measureFirst);
    List<BigDecimal> parts = new ArrayList<>();
    objectives.ifPresent(parts::add);
    money.ifPresent(parts::add);
    if (parts.isEmpty()) {
      evidence.add("results not measured: no objective has an observation and no return is known");
      return new ResultsScore(OptionalInt.empty(), objectives, money, evidence, measureFirst);
    }
    BigDecimal sum = parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    int results =
        sum.multiply(HUNDRED)
            .divide(BigDecimal.valueOf(parts.size()), 0, RoundingMode.HALF_UP)
            .intValue();
    evidence.add(
        parts.size() == 2
            ? "results = 100 x (progress + returns) / 2 = 100 x ("
                + objectives.get().toPlainString()
                + " + "
                + money.get().toPlainString()
                + ") / 2 = "
                + results
            : "results = 100 x "
                + (objectives.isPresent() ? "progress" : "returns")
                + " = 100 x "
                + parts.get(0).toPlainString()
                + " = "
                + results
                + (objectives.isPresent() ? " (no return measured)" : " (no objective measured)"));
    return new ResultsScore(OptionalInt.of(results), objectives, money, evidence, measureFirst);
  }

  /** What one objective contributes: 1 achieved, the share achieved once due, else projected. */
  static BigDecimal contribution(ObjectiveProgress objective, LocalDate asOf) {
    if (objective.status() == ProgressStatus.ACHIEVED) {
      return BigDecimal.ONE;
    }
    BigDecimal share =
        asOf.isBefore(objective.due())
            ? objective.projectedShare().orElseThrow()
            : objective.shareAchieved().orElseThrow();
    return Ratios.clamp(share);
  }

  private static Optional<BigDecimal> progress(
      Strategy strategy,
      LocalDate asOf,
      List<ObjectiveProgress> progress,
      List<String> evidence,
      List<String> measureFirst) {
    if (progress.isEmpty()) {
      measureFirst.add("quantify the goals: give each an objective with a metric and a target");
      return Optional.empty();
    }
    Map<GoalId, BusinessGoal> goals = new HashMap<>();
    strategy.goals().forEach(g -> goals.putIfAbsent(g.id(), g));
    BigDecimal measuredWeight = BigDecimal.ZERO;
    BigDecimal allWeight = BigDecimal.ZERO;
    BigDecimal earned = BigDecimal.ZERO;
    int measured = 0;
    List<ObjectiveProgress> unmeasured = new ArrayList<>();
    for (ObjectiveProgress objective : progress) {
      BusinessGoal goal = goals.get(objective.goal());
      BigDecimal weight =
          BigDecimal.valueOf(goal.weight())
              .divide(BigDecimal.valueOf(goal.objectives().size()), 8, RoundingMode.HALF_EVEN);
      allWeight = allWeight.add(weight);
      if (objective.status() == ProgressStatus.NO_DATA) {
        unmeasured.add(objective);
        continue;
      }
      measured++;
      measuredWeight = measuredWeight.add(weight);
      earned = earned.add(weight.multiply(contribution(objective, asOf)));
    }
    unmeasured.stream()
        .sorted(
            Comparator.comparing((ObjectiveProgress p) -> goals.get(p.goal()).weight()).reversed())
        .limit(MEASURE_FIRST)
        .forEach(
            p ->
                measureFirst.add(
                    "observe "
                        + strategy.metric(p.metric()).map(Metric::name).orElseThrow()
                        + " for the goal '"
                        + goals.get(p.goal()).title()
                        + "' between "
                        + p.start()
                        + " and "
                        + p.due()));
    if (measured == 0) {
      evidence.add(
          "progress not measured: none of "
              + Plurals.count(progress.size(), "objective")
              + " has an observation in its window");
      return Optional.empty();
    }
    BigDecimal part = Ratios.ratio(earned, measuredWeight);
    evidence.add(
        "progress "
            + part.toPlainString()
            + ": "
            + measured
            + " of "
            + Plurals.count(progress.size(), "objective")
            + " measured, carrying "
            + Ratios.percent(Ratios.ratio(measuredWeight, allWeight).doubleValue())
            + "% of the goal weight; each counts 1 when achieved, the share achieved once due,"
            + " the share projected for its due date before");
    return Optional.of(part);
  }

  private static Optional<BigDecimal> returns(
      List<TacticRoi> returns, List<String> evidence, List<String> first) {
    BigDecimal spent = BigDecimal.ZERO;
    BigDecimal earned = BigDecimal.ZERO;
    Money spentMoney = null;
    int computed = 0;
    List<TacticRoi> unobserved = new ArrayList<>();
    for (TacticRoi roi : returns) {
      if (roi.computable()) {
        BigDecimal cost = roi.costToDate().orElseThrow().amount();
        BigDecimal score = Ratios.clamp(roi.roi().orElseThrow().add(BigDecimal.ONE).divide(TWO));
        spent = spent.add(cost);
        earned = earned.add(cost.multiply(score));
        spentMoney =
            spentMoney == null ? roi.costToDate().get() : spentMoney.plus(roi.costToDate().get());
        computed++;
      } else if (roi.gaps().equals(List.of(RoiGap.NO_OBSERVATIONS))) {
        unobserved.add(roi);
      }
    }
    unobserved.stream()
        .sorted(Comparator.comparing((TacticRoi r) -> r.costToDate().orElseThrow()).reversed())
        .limit(MEASURE_FIRST)
        .forEach(
            r ->
                first.add(
                    "record the outcomes of '"
                        + r.name()
                        + "' ("
                        + r.costToDate().orElseThrow().display()
                        + " spent to date)"));
    if (computed == 0) {
      evidence.add("returns not measured: no tactic has a computed return");
      return Optional.empty();
    }
    BigDecimal part = Ratios.ratio(earned, spent);
    evidence.add(
        "returns "
            + part.toPlainString()
            + ": "
            + Plurals.count(computed, "tactic")
            + " with a computed return, weighted by "
            + spentMoney.display()
            + (computed == 1 ? " spent on it to date;" : " spent on them to date;")
            + " each counts (ROI + 1) / 2 between 0 and 1: a total loss"
            + " 0, breaking even 0.5, twice its cost or more 1");
    return Optional.of(part);
  }
}
