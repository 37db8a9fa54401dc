package org.socialstrategy.model;

import org.immutables.value.Value;

/** One cell of a RACI matrix: a stakeholder's role for one goal, tactic or initiative. */
@Value.Immutable
public abstract class RaciAssignment {

  RaciAssignment() {}

  /**
   * Returns the goal, tactic or initiative the assignment is about.
   *
   * @return the item
   */
  @Value.Parameter
  public abstract RaciItem item();

  /**
   * Returns the stakeholder the assignment is for.
   *
   * @return the stakeholder's id
   */
  @Value.Parameter
  public abstract StakeholderId stakeholder();

  /**
   * Returns the stakeholder's role for the item.
   *
   * @return the RACI role
   */
  @Value.Parameter
  public abstract RaciRole role();

  /**
   * Returns an assignment.
   *
   * @param item the goal, tactic or initiative
   * @param stakeholder the stakeholder
   * @param role the stakeholder's role for the item
   * @return the assignment
   */
  public static RaciAssignment of(RaciItem item, StakeholderId stakeholder, RaciRole role) {
    return ImmutableRaciAssignment.of(item, stakeholder, role);
  }
}
