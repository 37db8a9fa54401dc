package org.socialstrategy.scoring.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.socialstrategy.model.Channel;
import org.socialstrategy.model.GoalId;
import org.socialstrategy.model.Metric;
import org.socialstrategy.model.MetricId;
import org.socialstrategy.model.MetricKind;
import org.socialstrategy.model.Objective;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.model.Tactic;

/**
 * What several rules need to know about each tactic, worked out once per validation by tactic
 * position: whether it tracks a business outcome, and whether one of those has a value per unit;
 * and the custom channels the tactics use. The validator fills it in its one pass over the tactics,
 * while each tactic is at hand, before the tactic rules look at it; a rule run on its own gets it
 * filled in a pass of its own.
 */
final class TacticFacts {

  private final Strategy strategy;
  private final Map<MetricId, Metric> metrics;
  private final Map<GoalId, GoalObjectives> goalObjectives = new HashMap<>();
  private final boolean[] outcome;
  private final boolean[] valued;
  private final Set<Channel> customChannels = new LinkedHashSet<>();
  private int visited;

  TacticFacts(Strategy strategy) {
    this.strategy = strategy;
    metrics = new HashMap<>(strategy.metrics().size() * 2);
    for (Metric metric : strategy.metrics()) {
      metrics.putIfAbsent(metric.id(), metric);
    }
    outcome = new boolean[strategy.tactics().size()];
    valued = new boolean[strategy.tactics().size()];
  }

  /** The facts of a validation, shared by its rules, or worked out afresh outside one. */
  static TacticFacts of(Strategy strategy, RuleContext context) {
    return context instanceof StrategyValidator.Context
        ? ((StrategyValidator.Context) context).tacticFacts()
        : new TacticFacts(strategy);
  }

  /** Records the facts of the next tactic in order; the validator calls it once per tactic. */
  void visit(int position, Tactic tactic) {
    for (MetricId id : tactic.tracks()) {
      Metric metric = metrics.get(id);
      if (metric.kind() == MetricKind.BUSINESS_OUTCOME) {
        outcome[position] = true;
        valued[position] |= metric.valuePerUnit().isPresent();
      }
    }
    if (!tactic.channel().isWellKnown()) {
      customChannels.add(tactic.channel());
    }
    visited = position + 1;
  }

  /** Visits the tactics up to a position, when they have not been visited yet. */
  private void reach(int position) {
    List<Tactic> tactics = strategy.tactics();
    for (int i = visited; i <= position && i < tactics.size(); i++) {
      visit(i, tactics.get(i));
    }
  }

  boolean tracksOutcome(int position) {
    reach(position);
    return outcome[position];
  }

  boolean tracksValuedOutcome(int position) {
    reach(position);
    return valued[position];
  }

  /**
   * Whether a goal has objectives, and which of their metrics are business outcomes; worked out
   * once per goal.
   */
  GoalObjectives goalObjectives(GoalId goal) {
    return goalObjectives.computeIfAbsent(
        goal,
        id -> {
          List<Objective> objectives = strategy.goal(id).orElseThrow().objectives();
          Set<MetricId> outcomes = new HashSet<>();
          for (Objective objective : objectives) {
            if (metrics.get(objective.metric()).kind() == MetricKind.BUSINESS_OUTCOME) {
              outcomes.add(objective.metric());
            }
          }
          return new GoalObjectives(!objectives.isEmpty(), outcomes);
        });
  }

  /**
   * Returns the metrics a tactic tracks, in its order, resolved through this validation's metric
   * table rather than by looking the tactic up.
   */
  List<Metric> metricsOf(Tactic tactic) {
    List<Metric> resolved = new ArrayList<>(tactic.tracks().size());
    for (MetricId id : tactic.tracks()) {
      resolved.add(metrics.get(id));
    }
    return resolved;
  }

  /** Returns the names of the business outcome metrics a tactic tracks, in its order. */
  List<String> outcomeNames(Tactic tactic) {
    List<String> names = new ArrayList<>(tactic.tracks().size());
    for (MetricId id : tactic.tracks()) {
      Metric metric = metrics.get(id);
      if (metric.kind() == MetricKind.BUSINESS_OUTCOME) {
        names.add(metric.name());
      }
    }
    return names;
  }

  /**
   * A goal's objectives as a tactic rule needs them.
   *
   * @param measured whether the goal has objectives
   * @param outcomes the metrics of its objectives that are business outcomes
   */
  record GoalObjectives(boolean measured, Set<MetricId> outcomes) {}

  /** The channels of the tactics that are not in the catalog, in order of first use. */
  Set<Channel> customChannels() {
    reach(strategy.tactics().size() - 1);
    return customChannels;
  }
}
