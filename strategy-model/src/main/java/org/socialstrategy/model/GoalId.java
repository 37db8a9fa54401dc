package org.socialstrategy.model;

/** Identifies a {@link BusinessGoal} within a strategy. */
public final class GoalId extends Identifier implements RaciItem {

  private GoalId(String value) {
    super(value);
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the id's text
   * @return the id
   * @throws NullPointerException if {@code value} is null
   */
  public static GoalId of(String value) {
    return new GoalId(value);
  }

  @Override
  public String kind() {
    return "goal";
  }
}
