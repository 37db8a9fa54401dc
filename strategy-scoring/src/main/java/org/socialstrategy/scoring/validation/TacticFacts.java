package org.socialstrategy.scoring.validation;

import java.util.List;
import org.socialstrategy.model.Metric;
import org.socialstrategy.model.MetricId;
import org.socialstrategy.model.MetricKind;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.model.Tactic;

/**
 * What several tactic rules need to know about each tactic's metrics, worked out once per
 * validation in one pass, by tactic position: whether it tracks a business outcome, and whether one
 * of those has a value per unit.
 */
final class TacticFacts {

  private final boolean[] outcome;
  private final boolean[] valued;

  TacticFacts(Strategy strategy) {
    List<Tactic> tactics = strategy.tactics();
    outcome = new boolean[tactics.size()];
    valued = new boolean[tactics.size()];
    for (int i = 0; i < tactics.size(); i++) {
      for (MetricId id : tactics.get(i).tracks()) {
        Metric metric = strategy.metric(id).orElseThrow();
        if (metric.kind() == MetricKind.BUSINESS_OUTCOME) {
          outcome[i] = true;
          valued[i] |= metric.valuePerUnit().isPresent();
        }
      }
    }
  }

  /** The facts of a validation, shared by its rules, or worked out afresh outside one. */
  static TacticFacts of(Strategy strategy, RuleContext context) {
    return context instanceof StrategyValidator.Context
        ? ((StrategyValidator.Context) context).tacticFacts(strategy)
        : new TacticFacts(strategy);
  }

  boolean tracksOutcome(int position) {
    return outcome[position];
  }

  boolean tracksValuedOutcome(int position) {
    return valued[position];
  }
}
