package org.socialstrategy.scoring.scorecard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.socialstrategy.model.Aggregation;
import org.socialstrategy.model.DateRange;
import org.socialstrategy.model.Metric;
import org.socialstrategy.model.MetricId;
import org.socialstrategy.model.MetricKind;
import org.socialstrategy.model.Money;
import org.socialstrategy.model.Observation;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.model.Tactic;

/**
 * Computes and ranks {@link TacticRoi}; linear in tactics plus observations. The formulas are in
 * {@code docs/scoring.md}.
 */
final class Returns {

  private final Strategy strategy;
  private final LocalDate asOf;
  private final Map<MetricId, Optional<Money>> unitValues = new HashMap<>();

  private Returns(Strategy strategy, LocalDate asOf) {
    this.strategy = strategy;
    this.asOf = asOf;
  }

  static List<TacticRoi> of(Strategy strategy, LocalDate asOf) {
    Returns returns = new Returns(strategy, asOf);
    List<TacticRoi> unranked = new ArrayList<>();
    for (Tactic tactic : strategy.tactics()) {
      unranked.add(returns.of(tactic));
    }
    List<TacticRoi> computable =
        unranked.stream()
            .filter(TacticRoi::computable)
            .sorted(Comparator.comparing((TacticRoi r) -> r.roi().orElseThrow()).reversed())
            .toList();
    List<TacticRoi> ranked = new ArrayList<>(unranked.size());
    for (int i = 0; i < computable.size(); i++) {
      TacticRoi r = computable.get(i);
      ranked.add(
          new TacticRoi(
              r.tactic(),
              r.name(),
              r.channel(),
              r.cost(),
              r.window(),
              r.basis(),
              r.costToDate(),
              r.outcomes(),
              r.value(),
              r.net(),
              r.roi(),
              r.projectedValue(),
              r.projectedRoi(),
              OptionalInt.of(i + 1),
              r.gaps()));
    }
    unranked.stream().filter(r -> !r.computable()).forEach(ranked::add);
    return List.copyOf(ranked);
  }

  /**
   * The money one unit of a metric is worth: its value per unit when it is countable, one unit of
   * the currency when it is a summed flow counted in the strategy's currency (revenue in USD), and
   * nothing for levels, averages and rates.
   */
  private Optional<Money> unitValue(Metric metric) {
    return unitValues.computeIfAbsent(
        metric.id(),
        id -> {
          if (metric.isCountable()) {
            return metric.valuePerUnit();
          }
          Optional<Currency> money = metric.moneyUnit();
          if (metric.kind() == MetricKind.BUSINESS_OUTCOME
              && metric.aggregation() == Aggregation.SUM
              && money.isPresent()
              && money.equals(strategy.currency())) {
            return Optional.of(Money.of(BigDecimal.ONE, money.get()));
          }
          return Optional.empty();
        });
  }

  private TacticRoi of(Tactic tactic) {
    List<Metric> outcomes = new ArrayList<>(tactic.tracks().size());
    for (MetricId id : tactic.tracks()) {
      Metric metric = strategy.metric(id).orElseThrow();
      if (metric.kind() == MetricKind.BUSINESS_OUTCOME) {
        outcomes.add(metric);
      }
    }
    List<Observation> observed =
        outcomes.isEmpty() ? List.of() : strategy.observationsOf(tactic.id());
    Optional<Money> cost = tactic.cost();
    Optional<DateRange> window = tactic.window().filter(DateRange::isOrdered);
    RoiBasis basis =
        window.isEmpty()
            ? RoiBasis.WHOLE_COST
            : window.get().end().isAfter(asOf) ? RoiBasis.TO_DATE : RoiBasis.FULL_WINDOW;
    long elapsed = window.map(this::elapsedDays).orElse(0L);
    Optional<Money> costToDate =
        cost.map(c -> basis == RoiBasis.TO_DATE ? scaled(c, elapsed, window.get().days()) : c);
    List<OutcomeUnits> units = new ArrayList<>();
    Money value = null;
    LocalDate through = null;
    for (Metric metric : outcomes) {
      Optional<Counted> count = units(metric, observed);
      if (count.isEmpty()) {
        continue;
      }
      BigDecimal n = count.get().units;
      Optional<Money> perUnit = unitValue(metric);
      Optional<Money> worth = perUnit.map(v -> v.times(n));
      if (worth.isPresent()) {
        value = value == null ? worth.get() : value.plus(worth.get());
        through =
            through == null || count.get().through.isAfter(through) ? count.get().through : through;
      }
      units.add(
          new OutcomeUnits(
              metric.id(),
              metric.unit(),
              n,
              perUnit,
              worth,
              costToDate
                  .filter(c -> n.signum() != 0 && c.amount().signum() != 0)
                  .map(c -> perUnit(c, n))));
    }
    List<RoiGap> gaps = gaps(cost, costToDate, outcomes, window, value != null);
    Optional<Money> total = Optional.ofNullable(value);
    Optional<Money> net = costToDate.flatMap(c -> total.map(v -> v.minus(c)));
    Optional<BigDecimal> roi =
        gaps.isEmpty()
            ? Optional.of(
                Ratios.ratio(net.orElseThrow().amount(), costToDate.orElseThrow().amount()))
            : Optional.empty();
    Optional<Money> projected = Optional.empty();
    Optional<BigDecimal> projectedRoi = Optional.empty();
    if (gaps.isEmpty() && basis == RoiBasis.TO_DATE) {
      LocalDate last = through.isAfter(asOf) ? asOf : through;
      long measured = ChronoUnit.DAYS.between(window.get().start(), last) + 1;
      if (measured > 0) {
        Money whole = scaled(value, window.get().days(), measured);
        projected = Optional.of(whole);
        projectedRoi =
            Optional.of(Ratios.ratio(whole.minus(cost.get()).amount(), cost.get().amount()));
      }
    }
    return new TacticRoi(
        tactic.id(),
        tactic.name(),
        tactic.channel(),
        cost,
        window,
        basis,
        costToDate,
        units,
        total,
        net,
        roi,
        projected,
        projectedRoi,
        OptionalInt.empty(),
        gaps);
  }

  private List<RoiGap> gaps(
      Optional<Money> cost,
      Optional<Money> costToDate,
      List<Metric> outcomes,
      Optional<DateRange> window,
      boolean valued) {
    List<RoiGap> gaps = new ArrayList<>();
    boolean started = window.isEmpty() || !window.get().start().isAfter(asOf);
    if (cost.isEmpty()) {
      gaps.add(RoiGap.NO_COST);
    } else if (cost.get().isZero()) {
      gaps.add(RoiGap.ZERO_COST);
    } else if (started && costToDate.orElseThrow().isZero()) {
      gaps.add(RoiGap.NOTHING_SPENT_YET);
    }
    if (outcomes.isEmpty()) {
      gaps.add(RoiGap.NO_OUTCOME_METRIC);
    } else if (outcomes.stream().allMatch(m -> unitValue(m).isEmpty())) {
      gaps.add(
          outcomes.stream().anyMatch(Metric::isCountable)
              ? RoiGap.NO_VALUE_PER_UNIT
              : RoiGap.NO_COUNTABLE_OUTCOME);
    } else if (window.isPresent() && window.get().start().isAfter(asOf)) {
      gaps.add(RoiGap.NOT_STARTED);
    } else if (!valued) {
      gaps.add(RoiGap.NO_OBSERVATIONS);
    }
    return gaps;
  }

  /** Days of a window from its start through the as-of date (or its end, if earlier). */
  private long elapsedDays(DateRange window) {
    LocalDate last = window.end().isAfter(asOf) ? asOf : window.end();
    return Math.max(0, ChronoUnit.DAYS.between(window.start(), last) + 1);
  }

  /** {@code money * numerator / denominator}, to its scale but at least two decimals, half even. */
  private static Money scaled(Money money, long numerator, long denominator) {
    int scale = Math.max(2, money.amount().scale());
    return Money.of(
        money
            .amount()
            .multiply(BigDecimal.valueOf(numerator))
            .divide(BigDecimal.valueOf(denominator), scale, RoundingMode.HALF_EVEN),
        money.currency());
  }

  /** Units of one outcome and the end of the last period they cover. */
  private record Counted(BigDecimal units, LocalDate through) {}

  /**
   * The units of one outcome among a tactic's observations up to the as-of date, aggregated as the
   * metric says; a flow is summed directly, without grouping by period.
   */
  private Optional<Counted> units(Metric metric, List<Observation> observed) {
    LocalDate through = null;
    if (metric.aggregation() == Aggregation.SUM) {
      BigDecimal sum = null;
      for (Observation o : observed) {
        if (o.metric().equals(metric.id()) && !o.period().end().isAfter(asOf)) {
          sum = sum == null ? o.value() : sum.add(o.value());
          through = latest(through, o.period().end());
        }
      }
      return sum == null ? Optional.empty() : Optional.of(new Counted(sum, through));
    }
    List<Observation> ofMetric = new ArrayList<>();
    for (Observation o : observed) {
      if (o.metric().equals(metric.id()) && !o.period().end().isAfter(asOf)) {
        ofMetric.add(o);
        through = latest(through, o.period().end());
      }
    }
    LocalDate last = through;
    return Progress.aggregate(metric.aggregation(), Progress.perPeriod(ofMetric))
        .map(units -> new Counted(units, last));
  }

  private static LocalDate latest(LocalDate known, LocalDate day) {
    return known == null || day.isAfter(known) ? day : known;
  }

  private static Money perUnit(Money cost, BigDecimal units) {
    int scale = Math.max(2, cost.amount().scale());
    return Money.of(cost.amount().divide(units, scale, RoundingMode.HALF_EVEN), cost.currency());
  }
}
