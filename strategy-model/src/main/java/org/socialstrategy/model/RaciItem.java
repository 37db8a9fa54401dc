package org.socialstrategy.model;

/**
 * What a RACI assignment can be about: a business goal, a tactic or a roadmap initiative.
 *
 * <p>Sealed: the compiler rejects an assignment to a metric or a platform.
 */
public sealed interface RaciItem permits GoalId, TacticId, InitiativeId {

  /**
   * Returns the kind of element the item names ({@code "goal"}, {@code "tactic"} or {@code
   * "initiative"}).
   *
   * @return the element kind
   */
  String kind();

  /**
   * Returns the id's text.
   *
   * @return the text of the item's id
   */
  String value();
}
