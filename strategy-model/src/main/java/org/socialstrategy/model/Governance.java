package org.socialstrategy.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who leads the strategy and by which rules: the hub or center of excellence, the organization
 * model, the guidelines, and the RACI assignments for goals, tactics and initiatives.
 */
@Value.Immutable
public abstract class Governance {

  private static final Governance NONE = builder().build();

  Governance() {}

  /**
   * Returns the hub or center of excellence.
   *
   * @return the hub, if there is one
   */
  public abstract Optional<Hub> hub();

  /**
   * Returns how social work is organized across the organization.
   *
   * @return the model, if stated
   */
  public abstract Optional<GovernanceModel> model();

  /**
   * Returns the guidelines and policies.
   *
   * @return the guidelines, in order
   */
  public abstract List<Guideline> guidelines();

  /**
   * Returns the RACI assignments.
   *
   * @return the assignments, in order
   */
  public abstract List<RaciAssignment> raci();

  /**
   * Returns governance with nothing in place.
   *
   * @return empty governance
   */
  public static Governance none() {
    return NONE;
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Governance}; every attribute is optional. */
  public static final class Builder extends ImmutableGovernance.Builder {
    Builder() {}

    /**
     * Adds a RACI assignment.
     *
     * @param item the goal, tactic or initiative
     * @param stakeholder the stakeholder's id
     * @param role the stakeholder's role for the item
     * @return this builder
     */
    public Builder assign(RaciItem item, String stakeholder, RaciRole role) {
      return addRaci(RaciAssignment.of(item, StakeholderId.of(stakeholder), role));
    }
  }
}
