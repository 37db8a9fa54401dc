package org.socialstrategy.benchmarks;

import org.socialstrategy.model.BusinessGoal;
import org.socialstrategy.model.GoalSupport;
import org.socialstrategy.model.Initiative;
import org.socialstrategy.model.MetricId;
import org.socialstrategy.model.Objective;
import org.socialstrategy.model.Observation;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.model.Tactic;

/**
 * The floor of in-memory work: one pass that touches every element of a strategy (every goal and
 * objective, every tactic with its links and metrics, every initiative and observation) and does
 * nothing with them but fold a hash.
 */
public final class Traversal {

  private Traversal() {}

  /**
   * Touches every element of a strategy.
   *
   * @param strategy the strategy
   * @return a value that depends on every element, so the work cannot be skipped
   */
  public static long touch(Strategy strategy) {
    long hash = 0;
    for (BusinessGoal goal : strategy.goals()) {
      hash += goal.id().hashCode();
      for (Objective objective : goal.objectives()) {
        hash += objective.metric().hashCode();
      }
    }
    for (Tactic tactic : strategy.tactics()) {
      hash += tactic.id().hashCode() + tactic.channel().hashCode();
      for (GoalSupport support : tactic.supports()) {
        hash += support.goal().hashCode();
      }
      for (MetricId metric : tactic.tracks()) {
        hash += metric.hashCode();
      }
    }
    for (Initiative initiative : strategy.initiatives()) {
      hash += initiative.id().hashCode() + initiative.tactics().size();
    }
    for (Observation observation : strategy.observations()) {
      hash += observation.metric().hashCode() + observation.value().signum();
    }
    return hash;
  }
}
