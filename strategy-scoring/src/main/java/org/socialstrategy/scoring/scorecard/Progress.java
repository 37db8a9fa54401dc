package org.socialstrategy.scoring.scorecard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.socialstrategy.model.Aggregation;
import org.socialstrategy.model.BusinessGoal;
import org.socialstrategy.model.DateRange;
import org.socialstrategy.model.Direction;
import org.socialstrategy.model.Metric;
import org.socialstrategy.model.Objective;
import org.socialstrategy.model.Observation;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.model.Tactic;

/** Computes {@link ObjectiveProgress}; the formulas are in {@code docs/scoring.md}. */
final class Progress {

  /** A holding objective holds when the actual is within this share of the target. */
  static final BigDecimal HOLD_TOLERANCE = new BigDecimal("0.05");

  private static final BigDecimal STRETCH_BASE = new BigDecimal("0.7");
  private static final BigDecimal STRETCH_SPAN = new BigDecimal("0.3");

  private Progress() {}

  static List<ObjectiveProgress> of(Strategy strategy, LocalDate asOf) {
    List<ObjectiveProgress> all = new ArrayList<>();
    for (BusinessGoal goal : strategy.goals()) {
      for (int i = 0; i < goal.objectives().size(); i++) {
        all.add(of(strategy, goal, i, asOf));
      }
    }
    return List.copyOf(all);
  }

  /**
   * Sums the observations of a list per period, in order of period end then start: one figure per
   * period even when several tactics reported it.
   */
  static Map<DateRange, BigDecimal> perPeriod(List<Observation> observations) {
    Map<DateRange, BigDecimal> periods = new LinkedHashMap<>();
    observations.stream()
        .sorted(
            Comparator.comparing((Observation o) -> o.period().end())
                .thenComparing(o -> o.period().start()))
        .forEach(o -> periods.merge(o.period(), o.value(), BigDecimal::add));
    return periods;
  }

  /** Aggregates per-period figures as the metric says; empty when there are none. */
  static Optional<BigDecimal> aggregate(
      Aggregation aggregation, Map<DateRange, BigDecimal> periods) {
    if (periods.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal sum = periods.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    switch (aggregation) {
      case SUM:
        return Optional.of(sum);
      case AVERAGE:
        return Optional.of(Ratios.ratio(sum, BigDecimal.valueOf(periods.size())));
      default:
        BigDecimal latest = null;
        for (BigDecimal value : periods.values()) {
          latest = value;
        }
        return Optional.of(latest);
    }
  }

  private static ObjectiveProgress of(
      Strategy strategy, BusinessGoal goal, int index, LocalDate asOf) {
    Objective objective = goal.objectives().get(index);
    Metric metric = strategy.metric(objective.metric()).orElseThrow();
    LocalDate due = objective.due();
    LocalDate start =
        objective.baselineDate().orElseGet(() -> defaultStart(strategy, goal, metric, due));
    LocalDate limit = asOf.isBefore(due) ? asOf : due;
    List<Observation> wide = new ArrayList<>();
    List<Observation> perTactic = new ArrayList<>();
    boolean flowing = metric.aggregation() == Aggregation.SUM;
    for (Observation observation : strategy.observationsOf(metric.id())) {
      DateRange period = observation.period();
      boolean inWindow = flowing ? !period.start().isBefore(start) : !period.end().isBefore(start);
      if (inWindow && !period.end().isAfter(limit)) {
        (observation.tactic().isEmpty() ? wide : perTactic).add(observation);
      }
    }
    List<Observation> counted = wide.isEmpty() ? perTactic : wide;
    Map<DateRange, BigDecimal> periods = perPeriod(counted);
    Optional<BigDecimal> actual = aggregate(metric.aggregation(), periods);
    BigDecimal baseline = objective.baseline();
    BigDecimal target = objective.target();
    Direction direction = objective.direction();
    if (actual.isEmpty()) {
      return new ObjectiveProgress(
          goal.id(),
          index,
          metric.id(),
          metric.aggregation(),
          direction,
          baseline,
          target,
          objective.stretch(),
          start,
          due,
          0,
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          ProgressStatus.NO_DATA,
          BigDecimal.ZERO.setScale(2));
    }
    LocalDate through =
        periods.keySet().stream().map(DateRange::end).max(LocalDate::compareTo).orElseThrow();
    // The elapsed share f = elapsed / window is never rounded before it divides: a long window
    // with one early observation makes it smaller than any fixed number of decimals. Both counts
    // are at least 1: a counted period starts in the window and ends after it starts, and the
    // window's start (a baseline date) is not after its due date, both model invariants.
    BigDecimal elapsed = BigDecimal.valueOf(ChronoUnit.DAYS.between(start, through) + 1);
    BigDecimal window = BigDecimal.valueOf(ChronoUnit.DAYS.between(start, due) + 1);
    BigDecimal now = actual.get();
    boolean flow = metric.aggregation() == Aggregation.SUM;
    BigDecimal forecast =
        flow
            ? Ratios.ratio(now.multiply(window), elapsed)
            : baseline.add(Ratios.ratio(now.subtract(baseline).multiply(window), elapsed));
    BigDecimal share;
    BigDecimal projected;
    boolean achieved;
    if (direction == Direction.MAINTAIN) {
      BigDecimal level = flow ? forecast : now;
      boolean holds =
          level.subtract(target).abs().compareTo(target.abs().multiply(HOLD_TOLERANCE)) <= 0;
      share = holds ? BigDecimal.ONE : BigDecimal.ZERO;
      projected = share;
      achieved = holds && !asOf.isBefore(due);
    } else if (flow && direction == Direction.INCREASE) {
      share = target.signum() == 0 ? BigDecimal.ONE : Ratios.ratio(now, target);
      projected = Ratios.ratio(forecast.subtract(baseline), target.subtract(baseline));
      achieved = now.compareTo(target) >= 0;
    } else if (flow) {
      share = Ratios.ratio(baseline.subtract(forecast), baseline.subtract(target));
      projected = share;
      achieved = !asOf.isBefore(due) && now.compareTo(target) <= 0;
    } else {
      share = Ratios.ratio(now.subtract(baseline), target.subtract(baseline));
      projected = Ratios.ratio(forecast.subtract(baseline), target.subtract(baseline));
      achieved = share.compareTo(BigDecimal.ONE) >= 0;
    }
    ProgressStatus status;
    if (achieved) {
      status = ProgressStatus.ACHIEVED;
    } else if (!asOf.isBefore(due)) {
      status = ProgressStatus.OFF_TRACK;
    } else if (projected.compareTo(BigDecimal.ONE) >= 0) {
      status = ProgressStatus.ON_TRACK;
    } else if (projected.compareTo(BigDecimal.valueOf(ProgressStatus.AT_RISK_FLOOR)) >= 0) {
      status = ProgressStatus.AT_RISK;
    } else {
      status = ProgressStatus.OFF_TRACK;
    }
    BigDecimal value = flow && direction == Direction.DECREASE ? forecast : now;
    return new ObjectiveProgress(
        goal.id(),
        index,
        metric.id(),
        metric.aggregation(),
        direction,
        baseline,
        target,
        objective.stretch(),
        start,
        due,
        counted.size(),
        actual,
        Optional.of(through),
        Optional.of(share),
        Optional.of(forecast),
        Optional.of(projected),
        status,
        grade(share, value, target, objective.stretch(), direction));
  }

  /** The year up to a day, both included; from the first day there is, for the first year. */
  private static LocalDate yearUpTo(LocalDate day) {
    return day.getYear() > LocalDate.MIN.getYear() ? day.minusYears(1).plusDays(1) : LocalDate.MIN;
  }

  /**
   * Where an objective without a baseline date starts: a year before its due date, or earlier when
   * a tactic that serves its goal and tracks its metric starts earlier.
   */
  private static LocalDate defaultStart(
      Strategy strategy, BusinessGoal goal, Metric metric, LocalDate due) {
    LocalDate start = due.minusYears(1).plusDays(1);
    for (Tactic tactic : strategy.tacticsSupporting(goal.id())) {
      if (tactic.window().isPresent()
          && tactic.tracks().contains(metric.id())
          && tactic.window().get().start().isBefore(start)) {
        start = tactic.window().get().start();
      }
    }
    return start;
  }

  /**
   * The OKR grade: the share achieved, clamped to [0, 1]; with a stretch target, 0.7 times that
   * share up to the target and 0.7 plus 0.3 times the share of the way from target to stretch
   * beyond it. Two decimals, half up.
   */
  static BigDecimal grade(
      BigDecimal share,
      BigDecimal value,
      BigDecimal target,
      Optional<BigDecimal> stretch,
      Direction direction) {
    BigDecimal base = Ratios.clamp(share);
    BigDecimal grade;
    if (stretch.isEmpty() || direction == Direction.MAINTAIN) {
      grade = base;
    } else if (base.compareTo(BigDecimal.ONE) < 0) {
      grade = STRETCH_BASE.multiply(base);
    } else {
      BigDecimal beyond =
          Ratios.clamp(Ratios.ratio(value.subtract(target), stretch.get().subtract(target)));
      grade = STRETCH_BASE.add(STRETCH_SPAN.multiply(beyond));
    }
    return grade.setScale(2, RoundingMode.HALF_UP);
  }
}
