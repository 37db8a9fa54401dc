package org.socialstrategy.scoring.scorecard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.socialstrategy.model.Aggregation;
import org.socialstrategy.model.Metric;
import org.socialstrategy.model.MetricId;
import org.socialstrategy.model.MetricKind;
import org.socialstrategy.model.Money;
import org.socialstrategy.model.Observation;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.model.Tactic;

/** Computes and ranks {@link TacticRoi}; linear in tactics plus observations. */
final class Returns {

  private Returns() {}

  static List<TacticRoi> of(Strategy strategy, LocalDate asOf) {
    List<TacticRoi> unranked = new ArrayList<>();
    for (Tactic tactic : strategy.tactics()) {
      unranked.add(of(strategy, tactic, asOf));
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
              r.outcomes(),
              r.value(),
              r.net(),
              r.roi(),
              OptionalInt.of(i + 1),
              r.gaps()));
    }
    unranked.stream().filter(r -> !r.computable()).forEach(ranked::add);
    return List.copyOf(ranked);
  }

  private static TacticRoi of(Strategy strategy, Tactic tactic, LocalDate asOf) {
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
    List<OutcomeUnits> units = new ArrayList<>();
    Money value = null;
    boolean valuedObserved = false;
    for (Metric metric : outcomes) {
      Optional<BigDecimal> count = units(metric, observed, asOf);
      if (count.isEmpty()) {
        continue;
      }
      Optional<Money> worth = metric.valuePerUnit().map(v -> v.times(count.get()));
      if (worth.isPresent()) {
        valuedObserved = true;
        value = value == null ? worth.get() : value.plus(worth.get());
      }
      units.add(
          new OutcomeUnits(
              metric.id(),
              metric.unit(),
              count.get(),
              metric.valuePerUnit(),
              worth,
              cost.filter(c -> count.get().signum() != 0).map(c -> perUnit(c, count.get()))));
    }
    List<RoiGap> gaps = new ArrayList<>();
    if (cost.isEmpty()) {
      gaps.add(RoiGap.NO_COST);
    } else if (cost.get().isZero()) {
      gaps.add(RoiGap.ZERO_COST);
    }
    if (outcomes.isEmpty()) {
      gaps.add(RoiGap.NO_OUTCOME_METRIC);
    } else if (outcomes.stream().allMatch(m -> m.valuePerUnit().isEmpty())) {
      gaps.add(RoiGap.NO_VALUE_PER_UNIT);
    } else if (!valuedObserved) {
      gaps.add(RoiGap.NO_OBSERVATIONS);
    }
    Optional<Money> total = Optional.ofNullable(value);
    Optional<Money> net = cost.flatMap(c -> total.map(v -> v.minus(c)));
    Optional<BigDecimal> roi =
        gaps.isEmpty()
            ? Optional.of(Ratios.ratio(net.orElseThrow().amount(), cost.orElseThrow().amount()))
            : Optional.empty();
    return new TacticRoi(
        tactic.id(),
        tactic.name(),
        tactic.channel(),
        cost,
        units,
        total,
        net,
        roi,
        OptionalInt.empty(),
        gaps);
  }

  /**
   * The units of one outcome among a tactic's observations up to the as-of date, aggregated as the
   * metric says; a flow is summed directly, without grouping by period.
   */
  private static Optional<BigDecimal> units(
      Metric metric, List<Observation> observed, LocalDate asOf) {
    if (metric.aggregation() == Aggregation.SUM) {
      BigDecimal sum = null;
      for (Observation o : observed) {
        if (o.metric().equals(metric.id()) && !o.period().end().isAfter(asOf)) {
          sum = sum == null ? o.value() : sum.add(o.value());
        }
      }
      return Optional.ofNullable(sum);
    }
    List<Observation> ofMetric = new ArrayList<>();
    for (Observation o : observed) {
      if (o.metric().equals(metric.id()) && !o.period().end().isAfter(asOf)) {
        ofMetric.add(o);
      }
    }
    return Progress.aggregate(metric.aggregation(), Progress.perPeriod(ofMetric));
  }

  private static Money perUnit(Money cost, BigDecimal units) {
    int scale = Math.max(2, cost.amount().scale());
    return Money.of(cost.amount().divide(units, scale, RoundingMode.HALF_EVEN), cost.currency());
  }
}
