package org.socialstrategy.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The reverse links of a strategy (goal to tactics, tactic to initiatives, metric to observations,
 * ...), built in one pass the first time a navigation method asks for them.
 */
final class StrategyLinks {

  private final Map<GoalId, List<Tactic>> tacticsByGoal = new HashMap<>();
  private final Map<MetricId, List<Tactic>> tacticsByMetric = new HashMap<>();
  private final StrategyIndex index;

  /** The initiatives grouping each tactic, by the tactic's position; null where there are none. */
  private final Object[] initiativesByTactic;

  private final Map<GoalId, List<Initiative>> initiativesByGoal = new HashMap<>();
  private final Map<PlatformId, List<Initiative>> initiativesByPlatform = new HashMap<>();
  private final Map<MetricId, List<Observation>> observationsByMetric = new HashMap<>();
  private final Map<TacticId, List<Observation>> observationsByTactic = new HashMap<>();

  StrategyLinks(Strategy strategy) {
    index = strategy.index();
    initiativesByTactic = new Object[strategy.tactics().size()];
    for (Tactic tactic : strategy.tactics()) {
      for (GoalSupport support : tactic.supports()) {
        link(tacticsByGoal, support.goal(), tactic);
      }
      for (MetricId metric : tactic.tracks()) {
        link(tacticsByMetric, metric, tactic);
      }
    }
    for (Initiative initiative : strategy.initiatives()) {
      for (TacticId tactic : initiative.tactics()) {
        Integer position = index.tactics.get(tactic);
        if (position != null) {
          @SuppressWarnings("unchecked")
          List<Initiative> grouping = (List<Initiative>) initiativesByTactic[position];
          if (grouping == null) {
            grouping = new ArrayList<>(1);
            initiativesByTactic[position] = grouping;
          }
          if (grouping.isEmpty() || grouping.get(grouping.size() - 1) != initiative) {
            grouping.add(initiative);
          }
        }
      }
      for (GoalId goal : initiative.goals()) {
        link(initiativesByGoal, goal, initiative);
      }
      for (PlatformId platform : initiative.platforms()) {
        link(initiativesByPlatform, platform, initiative);
      }
    }
    for (Observation observation : strategy.observations()) {
      link(observationsByMetric, observation.metric(), observation);
      observation.tactic().ifPresent(tactic -> link(observationsByTactic, tactic, observation));
    }
  }

  private static <K, V> void link(Map<K, List<V>> links, K key, V value) {
    List<V> values = links.computeIfAbsent(key, k -> new ArrayList<>(2));
    if (values.isEmpty() || values.get(values.size() - 1) != value) {
      values.add(value);
    }
  }

  private static <K, V> List<V> get(Map<K, List<V>> links, K key) {
    List<V> values = links.get(key);
    return values == null ? List.of() : Collections.unmodifiableList(values);
  }

  List<Tactic> tacticsSupporting(GoalId goal) {
    return get(tacticsByGoal, goal);
  }

  List<Tactic> tacticsTracking(MetricId metric) {
    return get(tacticsByMetric, metric);
  }

  List<Initiative> initiativesGrouping(TacticId tactic) {
    Integer position = index.tactics.get(tactic);
    return position == null ? List.of() : initiativesGrouping(position);
  }

  List<Initiative> initiativesGrouping(int tacticPosition) {
    @SuppressWarnings("unchecked")
    List<Initiative> grouping = (List<Initiative>) initiativesByTactic[tacticPosition];
    return grouping == null ? List.of() : Collections.unmodifiableList(grouping);
  }

  List<Initiative> initiativesServing(GoalId goal) {
    return get(initiativesByGoal, goal);
  }

  List<Initiative> initiativesUsing(PlatformId platform) {
    return get(initiativesByPlatform, platform);
  }

  List<Observation> observationsOf(MetricId metric) {
    return get(observationsByMetric, metric);
  }

  List<Observation> observationsOf(TacticId tactic) {
    return get(observationsByTactic, tactic);
  }
}
