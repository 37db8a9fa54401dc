package org.socialstrategy.model;

import java.util.Arrays;
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
   * Returns a builder holding this hub's values, to change some of them and build another hub.
   *
   * @return a new builder, filled from this hub
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
   * Builds a {@link Hub}; the name is required. A method named after a list or a map sets all of
   * it, replacing what was there; a method whose name starts with {@code add} or {@code put} adds
   * to it. Not thread-safe.
   */
  public static final class Builder {
    private static final RequiredAttributes REQUIRED =
        RequiredAttributes.of("a hub", "name", "a name");

    private final ImmutableHub.Builder values = new ImmutableHub.Builder();

    Builder() {}

    /**
     * Copies the values of a hub into this builder: each single value replaces the builder's, an
     * empty optional value leaves the builder's as it is, and list elements and map entries are
     * added to the builder's.
     *
     * @param instance the hub to copy
     * @return this builder
     */
    public Builder from(Hub instance) {
      values.from(instance);
      return this;
    }

    /**
     * Sets the hub's name, such as "Social Business Center of Excellence".
     *
     * @param name the name
     * @return this builder
     */
    public Builder name(String name) {
      values.name(name);
      return this;
    }

    /**
     * Sets the stakeholder who leads the hub.
     *
     * @param lead the lead's id
     * @return this builder
     */
    public Builder lead(StakeholderId lead) {
      values.lead(lead);
      return this;
    }

    /**
     * Sets the stakeholder who leads the hub; empty clears it.
     *
     * @param lead the lead's id, or empty for none
     * @return this builder
     */
    public Builder lead(Optional<? extends StakeholderId> lead) {
      values.lead(lead);
      return this;
    }

    /**
     * Sets the lead from the id's text.
     *
     * @param lead the lead's id
     * @return this builder
     */
    public Builder lead(String lead) {
      return lead(StakeholderId.of(lead));
    }

    /**
     * Adds a stakeholder who works in or with the hub.
     *
     * @param member the member's id
     * @return this builder
     */
    public Builder addMember(StakeholderId member) {
      values.addMember(member);
      return this;
    }

    /**
     * Adds stakeholders who work in or with the hub, in order.
     *
     * @param members the members' ids
     * @return this builder
     */
    public Builder addMembers(StakeholderId... members) {
      values.addMembers(members);
      return this;
    }

    /**
     * Adds stakeholders who work in or with the hub, in order.
     *
     * @param members the members' ids
     * @return this builder
     */
    public Builder addAllMembers(Iterable<? extends StakeholderId> members) {
      values.addAllMembers(members);
      return this;
    }

    /**
     * Sets the stakeholders who work in or with the hub, replacing any set or added before.
     *
     * @param members the members' ids
     * @return this builder
     */
    public Builder members(Iterable<? extends StakeholderId> members) {
      values.members(members);
      return this;
    }

    /**
     * Adds a stakeholder who works in or with the hub, given by its id's text.
     *
     * @param member the id's text
     * @return this builder
     */
    public Builder addMember(String member) {
      return addMember(StakeholderId.of(member));
    }

    /**
     * Adds stakeholders who work in or with the hub, given by their ids' text, in order.
     *
     * @param members the ids' text
     * @return this builder
     */
    public Builder addMembers(String... members) {
      return addAllMembers(Arrays.stream(members).map(StakeholderId::of).toList());
    }

    /**
     * Sets the stakeholders who work in or with the hub, replacing any set or added before.
     *
     * @param members the ids
     * @return this builder
     */
    public Builder members(StakeholderId... members) {
      return members(Arrays.asList(members));
    }

    /**
     * Sets the stakeholders who work in or with the hub, given by their ids' text, replacing any
     * set or added before.
     *
     * @param members the ids' text
     * @return this builder
     */
    public Builder members(String... members) {
      return members(Arrays.stream(members).map(StakeholderId::of).toList());
    }

    /**
     * Adds something the hub takes on.
     *
     * @param responsibility the responsibility
     * @return this builder
     */
    public Builder addResponsibility(HubResponsibility responsibility) {
      values.addResponsibility(responsibility);
      return this;
    }

    /**
     * Adds things the hub takes on, in order.
     *
     * @param responsibilities the responsibilities
     * @return this builder
     */
    public Builder addResponsibilities(HubResponsibility... responsibilities) {
      values.addResponsibilities(responsibilities);
      return this;
    }

    /**
     * Adds things the hub takes on, in order.
     *
     * @param responsibilities the responsibilities
     * @return this builder
     */
    public Builder addAllResponsibilities(Iterable<HubResponsibility> responsibilities) {
      values.addAllResponsibilities(responsibilities);
      return this;
    }

    /**
     * Sets the things the hub takes on, replacing any set or added before.
     *
     * @param responsibilities the responsibilities
     * @return this builder
     */
    public Builder responsibilities(Iterable<HubResponsibility> responsibilities) {
      values.responsibilities(responsibilities);
      return this;
    }

    /**
     * Builds the hub.
     *
     * @return the hub
     * @throws MissingAttributesException if the name is not set
     */
    public Hub build() {
      return REQUIRED.build(values::build);
    }
  }
}
