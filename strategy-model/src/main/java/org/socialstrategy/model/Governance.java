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
   * Returns a builder holding this governance's values, to change some of them and build another
   * governance.
   *
   * @return a new builder, filled from this governance
   */
  public final Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Governance}; every value is optional. A method named after a list or a map sets
   * all of it, replacing what was there; a method whose name starts with {@code add} or {@code put}
   * adds to it. Not thread-safe.
   */
  public static final class Builder {
    private static final RequiredAttributes REQUIRED = RequiredAttributes.of("governance");

    private final ImmutableGovernance.Builder values = new ImmutableGovernance.Builder();

    Builder() {}

    /**
     * Copies the values of governance into this builder: each single value replaces the builder's,
     * an empty optional value leaves the builder's as it is, and list elements and map entries are
     * added to the builder's.
     *
     * @param instance the governance to copy
     * @return this builder
     */
    public Builder from(Governance instance) {
      values.from(instance);
      return this;
    }

    /**
     * Sets the hub or center of excellence.
     *
     * @param hub the hub
     * @return this builder
     */
    public Builder hub(Hub hub) {
      values.hub(hub);
      return this;
    }

    /**
     * Sets the hub or center of excellence; empty clears it.
     *
     * @param hub the hub, or empty for none
     * @return this builder
     */
    public Builder hub(Optional<? extends Hub> hub) {
      values.hub(hub);
      return this;
    }

    /**
     * Sets how social work is organized across the organization.
     *
     * @param model the model
     * @return this builder
     */
    public Builder model(GovernanceModel model) {
      values.model(model);
      return this;
    }

    /**
     * Sets how social work is organized across the organization; empty clears it.
     *
     * @param model the model, or empty for none
     * @return this builder
     */
    public Builder model(Optional<? extends GovernanceModel> model) {
      values.model(model);
      return this;
    }

    /**
     * Adds a guideline or policy.
     *
     * @param guideline the guideline
     * @return this builder
     */
    public Builder addGuideline(Guideline guideline) {
      values.addGuideline(guideline);
      return this;
    }

    /**
     * Adds guidelines and policies, in order.
     *
     * @param guidelines the guidelines
     * @return this builder
     */
    public Builder addGuidelines(Guideline... guidelines) {
      values.addGuidelines(guidelines);
      return this;
    }

    /**
     * Adds guidelines and policies, in order.
     *
     * @param guidelines the guidelines
     * @return this builder
     */
    public Builder addAllGuidelines(Iterable<? extends Guideline> guidelines) {
      values.addAllGuidelines(guidelines);
      return this;
    }

    /**
     * Sets the guidelines and policies, replacing any set or added before.
     *
     * @param guidelines the guidelines
     * @return this builder
     */
    public Builder guidelines(Iterable<? extends Guideline> guidelines) {
      values.guidelines(guidelines);
      return this;
    }

    /**
     * Adds a RACI assignment.
     *
     * @param raci the assignment
     * @return this builder
     */
    public Builder addRaci(RaciAssignment raci) {
      values.addRaci(raci);
      return this;
    }

    /**
     * Adds RACI assignments, in order.
     *
     * @param raci the assignments
     * @return this builder
     */
    public Builder addRaci(RaciAssignment... raci) {
      values.addRaci(raci);
      return this;
    }

    /**
     * Adds RACI assignments, in order.
     *
     * @param raci the assignments
     * @return this builder
     */
    public Builder addAllRaci(Iterable<? extends RaciAssignment> raci) {
      values.addAllRaci(raci);
      return this;
    }

    /**
     * Sets the RACI assignments, replacing any set or added before.
     *
     * @param raci the assignments
     * @return this builder
     */
    public Builder raci(Iterable<? extends RaciAssignment> raci) {
      values.raci(raci);
      return this;
    }

    /**
     * Adds a RACI assignment.
     *
     * @param item the goal, tactic or initiative
     * @param stakeholder the stakeholder's id
     * @param role the stakeholder's role for the item
     * @return this builder
     */
    public Builder addRaci(RaciItem item, StakeholderId stakeholder, RaciRole role) {
      return addRaci(RaciAssignment.of(item, stakeholder, role));
    }

    /**
     * Adds a RACI assignment, with the stakeholder given by the id's text.
     *
     * @param item the goal, tactic or initiative
     * @param stakeholder the stakeholder id's text
     * @param role the stakeholder's role for the item
     * @return this builder
     */
    public Builder addRaci(RaciItem item, String stakeholder, RaciRole role) {
      return addRaci(item, StakeholderId.of(stakeholder), role);
    }

    /**
     * Builds the governance.
     *
     * @return the governance
     */
    public Governance build() {
      return REQUIRED.build(values::build);
    }
  }
}
