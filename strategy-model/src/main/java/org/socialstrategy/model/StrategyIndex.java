package org.socialstrategy.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Position of every element by id, one map per kind: the O(1) lookups of a {@link Strategy} and the
 * reference checks of {@link StrategyInvariants}. When ids repeat, the first element wins; the
 * repeats are violations.
 */
final class StrategyIndex {

  final Map<GoalId, Integer> goals;
  final Map<MetricId, Integer> metrics;
  final Map<TacticId, Integer> tactics;
  final Map<StakeholderId, Integer> stakeholders;
  final Map<InitiativeId, Integer> initiatives;
  final Map<PlatformId, Integer> platforms;
  final Map<GuidelineId, Integer> guidelines;

  StrategyIndex(Strategy strategy) {
    goals = positions(strategy.goals(), BusinessGoal::id);
    metrics = positions(strategy.metrics(), Metric::id);
    tactics = positions(strategy.tactics(), Tactic::id);
    stakeholders = positions(strategy.stakeholders(), Stakeholder::id);
    initiatives = positions(strategy.initiatives(), Initiative::id);
    platforms = positions(strategy.platforms(), TechnologyPlatform::id);
    guidelines = positions(strategy.governance().guidelines(), Guideline::id);
  }

  private static <E, K> Map<K, Integer> positions(List<E> elements, Function<E, K> id) {
    Map<K, Integer> positions = new HashMap<>(Math.max(16, elements.size() * 4 / 3 + 1));
    for (int i = 0; i < elements.size(); i++) {
      positions.putIfAbsent(id.apply(elements.get(i)), i);
    }
    return positions;
  }

  /** Tells whether a RACI item names an element of this strategy. */
  boolean contains(RaciItem item) {
    if (item instanceof GoalId) {
      return goals.containsKey(item);
    }
    if (item instanceof TacticId) {
      return tactics.containsKey(item);
    }
    return initiatives.containsKey(item);
  }
}
