package org.socialstrategy.model;

import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A roadmap initiative: a dated body of work that serves goals, groups tactics, depends on other
 * initiatives, uses technology platforms, and needs budget and staff year by year.
 */
@Value.Immutable
public abstract class Initiative {

  Initiative() {}

  /**
   * Returns the initiative's id.
   *
   * @return the id
   */
  public abstract InitiativeId id();

  /**
   * Returns the initiative's name.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Returns when the initiative runs.
   *
   * @return the start and end dates
   */
  public abstract DateRange window();

  /**
   * Returns the goals the initiative serves.
   *
   * @return the goals' ids
   */
  public abstract List<GoalId> goals();

  /**
   * Returns the tactics the initiative groups.
   *
   * @return the tactics' ids
   */
  public abstract List<TacticId> tactics();

  /**
   * Returns the initiatives that must be finished before this one starts.
   *
   * @return the ids of the initiatives it depends on
   */
  public abstract List<InitiativeId> dependsOn();

  /**
   * Returns the technology platforms the initiative uses.
   *
   * @return the platforms' ids
   */
  public abstract List<PlatformId> platforms();

  /**
   * Returns the budget and staff the initiative needs, per calendar year.
   *
   * @return the allocations by year, in the order given
   */
  public abstract Map<Year, Allocation> allocations();

  /**
   * Returns a longer description of the initiative.
   *
   * @return the description, if given
   */
  public abstract Optional<String> description();

  /**
   * Returns data a tool attached under {@code x-} keys, carried unchanged through files.
   *
   * @return the extensions, in the order given
   */
  public abstract Map<String, ExtensionValue> extensions();

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Initiative}; {@code id}, {@code name} and {@code window} are required. */
  public static final class Builder extends ImmutableInitiative.Builder {
    Builder() {}

    /**
     * Sets the id from its text.
     *
     * @param id the id's text
     * @return this builder
     */
    public Builder id(String id) {
      return id(InitiativeId.of(id));
    }

    /**
     * Adds goals the initiative serves.
     *
     * @param goals the goals' ids
     * @return this builder
     */
    public Builder serves(String... goals) {
      for (String goal : goals) {
        addGoal(GoalId.of(goal));
      }
      return this;
    }

    /**
     * Adds tactics the initiative groups.
     *
     * @param tactics the tactics' ids
     * @return this builder
     */
    public Builder groups(String... tactics) {
      for (String tactic : tactics) {
        addTactic(TacticId.of(tactic));
      }
      return this;
    }

    /**
     * Sets the budget and staff for one year.
     *
     * @param year the calendar year
     * @param budget the budget
     * @param staff the staff, in full-time equivalents
     * @return this builder
     */
    public Builder allocate(int year, Money budget, double staff) {
      return putAllocation(Year.of(year), Allocation.of(budget, staff));
    }
  }
}
