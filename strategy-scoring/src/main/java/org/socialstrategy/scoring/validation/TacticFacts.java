package org.socialstrategy.scoring.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.socialstrategy.model.Aggregation;
import org.socialstrategy.model.Channel;
import org.socialstrategy.model.DateRange;
import org.socialstrategy.model.GoalId;
import org.socialstrategy.model.Metric;
import org.socialstrategy.model.MetricId;
import org.socialstrategy.model.MetricKind;
import org.socialstrategy.model.Objective;
import org.socialstrategy.model.Roadmap;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.model.Tactic;

/**
 * What several rules need to know about each tactic, worked out once per validation by tactic
 * position: whether it tracks a business outcome, and whether one of those has a value per unit;
 * and the custom channels the tactics use. It is a value the rules of a validation {@link
 * RuleContext#shared share}. Tactics are visited in order as rules first ask about them: in the
 * validator's one pass over the tactics, each while it is at hand; a rule that asks about every
 * tactic at once (the custom channels) visits the rest.
 */
final class TacticFacts {

  private static final RuleContext.Key<TacticFacts> KEY =
      RuleContext.Key.of("tactic facts", TacticFacts::new);

  private final Strategy strategy;
  private final Map<MetricId, MetricFacts> metrics;
  private final Map<GoalId, GoalObjectives> goalObjectives = new HashMap<>();
  private final DateRange horizon;
  private final boolean[] outcome;
  private final boolean[] valued;
  private final boolean[] countable;
  private final Set<Channel> customChannels = new LinkedHashSet<>();
  private int visited;

  TacticFacts(Strategy strategy) {
    this.strategy = strategy;
    metrics = new HashMap<>(strategy.metrics().size() * 2);
    for (Metric metric : strategy.metrics()) {
      metrics.putIfAbsent(metric.id(), new MetricFacts(metric, strategy));
    }
    horizon = strategy.roadmap().map(Roadmap::horizon).orElse(null);
    outcome = new boolean[strategy.tactics().size()];
    valued = new boolean[strategy.tactics().size()];
    countable = new boolean[strategy.tactics().size()];
  }

  /** The facts of the validation a rule runs in, shared by its rules. */
  static TacticFacts of(RuleContext context) {
    return context.shared(KEY);
  }

  /** Records the facts of the next tactic in order. */
  private void visit(int position, Tactic tactic) {
    List<MetricId> tracks = tactic.tracks();
    for (int k = 0; k < tracks.size(); k++) {
      MetricFacts metric = metrics.get(tracks.get(k));
      outcome[position] |= metric.outcome;
      valued[position] |= metric.valued;
      countable[position] |= metric.countable;
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

  /**
   * Whether a tactic tracks an outcome worth money: a countable one with a value per unit, or a
   * flow counted in the strategy's currency.
   */
  boolean tracksValuedOutcome(int position) {
    reach(position);
    return valued[position];
  }

  /**
   * Whether a tactic tracks an outcome that can carry a value per unit (see Metric#isCountable).
   */
  boolean tracksCountableOutcome(int position) {
    reach(position);
    return countable[position];
  }

  /**
   * Whether a goal has objectives, and which of their metrics are business outcomes; worked out
   * once per goal.
   */
  GoalObjectives goalObjectives(GoalId goal) {
    GoalObjectives known = goalObjectives.get(goal);
    return known != null
        ? known
        : goalObjectives.computeIfAbsent(
            goal,
            id -> {
              List<Objective> objectives = strategy.goal(id).orElseThrow().objectives();
              Set<MetricId> outcomes = new HashSet<>();
              for (Objective objective : objectives) {
                if (metrics.get(objective.metric()).outcome) {
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
      resolved.add(metrics.get(id).metric);
    }
    return resolved;
  }

  /** Returns the names of the business outcome metrics a tactic tracks, in its order. */
  List<String> outcomeNames(Tactic tactic) {
    return namesOf(tactic, false);
  }

  /** Returns the names of the countable outcome metrics a tactic tracks, in its order. */
  List<String> countableNames(Tactic tactic) {
    return namesOf(tactic, true);
  }

  private List<String> namesOf(Tactic tactic, boolean countableOnly) {
    List<String> names = new ArrayList<>(tactic.tracks().size());
    for (MetricId id : tactic.tracks()) {
      MetricFacts metric = metrics.get(id);
      if (countableOnly ? metric.countable : metric.outcome) {
        names.add(metric.metric.name());
      }
    }
    return names;
  }

  /**
   * Returns the roadmap's horizon, worked out once per validation.
   *
   * @return the horizon, or null without a roadmap
   */
  DateRange horizon() {
    return horizon;
  }

  /** What the rules ask of a metric, read once per validation rather than once per tactic. */
  private static final class MetricFacts {
    final Metric metric;
    final boolean outcome;
    final boolean valued;
    final boolean countable;

    MetricFacts(Metric metric, Strategy strategy) {
      this.metric = metric;
      this.outcome = metric.kind() == MetricKind.BUSINESS_OUTCOME;
      this.countable = metric.isCountable();
      this.valued =
          countable
              ? metric.valuePerUnit().isPresent()
              : outcome
                  && metric.aggregation() == Aggregation.SUM
                  && metric.moneyUnit().isPresent()
                  && metric.moneyUnit().equals(strategy.currency());
    }
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
