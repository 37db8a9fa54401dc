package org.socialstrategy.model;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The hub or center of excellence that leads the strategy: it prioritizes initiatives, owns
 * guidelines and processes, and assigns roles and responsibilities.
 */
@Value.Immutable
public abstract class Hub {

  Hub() {}

  /**
   * Returns the hub's name, e.g. "Social Business Center of Excellence".
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Returns the stakeholder who leads the hub.
   *
   * @return the lead's id, if named
   */
  public abstract Optional<StakeholderId> lead();

  /**
   * Returns the stakeholders who work in or with the hub.
   *
   * @return the members' ids
   */
  public abstract List<StakeholderId> members();

  /**
   * Returns what the hub takes on.
   *
   * @return the responsibilities
   */
  public abstract Set<HubResponsibility> responsibilities();

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Hub}; {@code name} is required. */
  public static final class Builder extends ImmutableHub.Builder {
    Builder() {}

    /**
     * Sets the lead from the stakeholder id's text.
     *
     * @param lead the lead's id
     * @return this builder
     */
    public Builder lead(String lead) {
      return lead(StakeholderId.of(lead));
    }
  }
}
