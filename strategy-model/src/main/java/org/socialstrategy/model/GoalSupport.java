package org.socialstrategy.model;

import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * A tactic's link to a goal it serves, with an optional contribution weight in (0, 1]: the share of
 * the tactic's effort and value that goes to this goal. Without weights a tactic's goals share it
 * equally.
 */
@Value.Immutable
public abstract class GoalSupport {

  GoalSupport() {}

  /**
   * Returns the goal the tactic serves.
   *
   * @return the goal's id
   */
  @Value.Parameter
  public abstract GoalId goal();

  /**
   * Returns the share of the tactic that goes to the goal, in (0, 1].
   *
   * @return the weight, if given
   */
  @Value.Parameter
  public abstract OptionalDouble weight();

  /**
   * Returns an unweighted link to a goal.
   *
   * @param goal the goal
   * @return the link
   */
  public static GoalSupport of(GoalId goal) {
    return ImmutableGoalSupport.of(goal, OptionalDouble.empty());
  }

  /**
   * Returns a weighted link to a goal.
   *
   * @param goal the goal
   * @param weight the share of the tactic going to the goal, in (0, 1]
   * @return the link
   */
  public static GoalSupport of(GoalId goal, double weight) {
    return ImmutableGoalSupport.of(goal, OptionalDouble.of(weight));
  }
}
