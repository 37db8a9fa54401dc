package org.socialstrategy.model;

import java.time.Year;
import java.util.Arrays;
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
   * Returns a builder holding this initiative's values, to change some of them and build another
   * initiative.
   *
   * @return a new builder, filled from this initiative
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
   * Builds an {@link Initiative}; the id, name and time window are required. A method named after a
   * list or a map sets all of it, replacing what was there; a method whose name starts with {@code
   * add} or {@code put} adds to it. Not thread-safe.
   */
  public static final class Builder {
    private static final RequiredAttributes REQUIRED =
        RequiredAttributes.of(
            "an initiative", "id", "an id", "name", "a name", "window", "a time window");

    private final ImmutableInitiative.Builder values = new ImmutableInitiative.Builder();
    private InitiativeId id;

    Builder() {}

    /**
     * Copies the values of an initiative into this builder: each single value replaces the
     * builder's, an empty optional value leaves the builder's as it is, and list elements and map
     * entries are added to the builder's.
     *
     * @param instance the initiative to copy
     * @return this builder
     */
    public Builder from(Initiative instance) {
      values.from(instance);
      id = instance.id();
      return this;
    }

    /**
     * Sets the initiative's id.
     *
     * @param id the id
     * @return this builder
     */
    public Builder id(InitiativeId id) {
      values.id(id);
      this.id = id;
      return this;
    }

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
     * Sets the initiative's name.
     *
     * @param name the name
     * @return this builder
     */
    public Builder name(String name) {
      values.name(name);
      return this;
    }

    /**
     * Sets when the initiative runs.
     *
     * @param window the start and end dates
     * @return this builder
     */
    public Builder window(DateRange window) {
      values.window(window);
      return this;
    }

    /**
     * Adds a goal the initiative serves.
     *
     * @param goal the goal's id
     * @return this builder
     */
    public Builder addGoal(GoalId goal) {
      values.addGoal(goal);
      return this;
    }

    /**
     * Adds goals the initiative serves, in order.
     *
     * @param goals the goals' ids
     * @return this builder
     */
    public Builder addGoals(GoalId... goals) {
      values.addGoals(goals);
      return this;
    }

    /**
     * Adds goals the initiative serves, in order.
     *
     * @param goals the goals' ids
     * @return this builder
     */
    public Builder addAllGoals(Iterable<? extends GoalId> goals) {
      values.addAllGoals(goals);
      return this;
    }

    /**
     * Sets the goals the initiative serves, replacing any set or added before.
     *
     * @param goals the goals' ids
     * @return this builder
     */
    public Builder goals(Iterable<? extends GoalId> goals) {
      values.goals(goals);
      return this;
    }

    /**
     * Adds a goal the initiative serves, given by its id's text.
     *
     * @param goal the id's text
     * @return this builder
     */
    public Builder addGoal(String goal) {
      return addGoal(GoalId.of(goal));
    }

    /**
     * Adds goals the initiative serves, given by their ids' text, in order.
     *
     * @param goals the ids' text
     * @return this builder
     */
    public Builder addGoals(String... goals) {
      return addAllGoals(Arrays.stream(goals).map(GoalId::of).toList());
    }

    /**
     * Sets the goals the initiative serves, replacing any set or added before.
     *
     * @param goals the ids
     * @return this builder
     */
    public Builder goals(GoalId... goals) {
      return goals(Arrays.asList(goals));
    }

    /**
     * Sets the goals the initiative serves, given by their ids' text, replacing any set or added
     * before.
     *
     * @param goals the ids' text
     * @return this builder
     */
    public Builder goals(String... goals) {
      return goals(Arrays.stream(goals).map(GoalId::of).toList());
    }

    /**
     * Adds a tactic the initiative groups.
     *
     * @param tactic the tactic's id
     * @return this builder
     */
    public Builder addTactic(TacticId tactic) {
      values.addTactic(tactic);
      return this;
    }

    /**
     * Adds tactics the initiative groups, in order.
     *
     * @param tactics the tactics' ids
     * @return this builder
     */
    public Builder addTactics(TacticId... tactics) {
      values.addTactics(tactics);
      return this;
    }

    /**
     * Adds tactics the initiative groups, in order.
     *
     * @param tactics the tactics' ids
     * @return this builder
     */
    public Builder addAllTactics(Iterable<? extends TacticId> tactics) {
      values.addAllTactics(tactics);
      return this;
    }

    /**
     * Sets the tactics the initiative groups, replacing any set or added before.
     *
     * @param tactics the tactics' ids
     * @return this builder
     */
    public Builder tactics(Iterable<? extends TacticId> tactics) {
      values.tactics(tactics);
      return this;
    }

    /**
     * Adds a tactic the initiative groups, given by its id's text.
     *
     * @param tactic the id's text
     * @return this builder
     */
    public Builder addTactic(String tactic) {
      return addTactic(TacticId.of(tactic));
    }

    /**
     * Adds tactics the initiative groups, given by their ids' text, in order.
     *
     * @param tactics the ids' text
     * @return this builder
     */
    public Builder addTactics(String... tactics) {
      return addAllTactics(Arrays.stream(tactics).map(TacticId::of).toList());
    }

    /**
     * Sets the tactics the initiative groups, replacing any set or added before.
     *
     * @param tactics the ids
     * @return this builder
     */
    public Builder tactics(TacticId... tactics) {
      return tactics(Arrays.asList(tactics));
    }

    /**
     * Sets the tactics the initiative groups, given by their ids' text, replacing any set or added
     * before.
     *
     * @param tactics the ids' text
     * @return this builder
     */
    public Builder tactics(String... tactics) {
      return tactics(Arrays.stream(tactics).map(TacticId::of).toList());
    }

    /**
     * Adds an initiative that must be finished before this one starts.
     *
     * @param dependsOn the other initiative's id
     * @return this builder
     */
    public Builder addDependsOn(InitiativeId dependsOn) {
      values.addDependsOn(dependsOn);
      return this;
    }

    /**
     * Adds initiatives that must be finished before this one starts, in order.
     *
     * @param dependsOn the other initiatives' ids
     * @return this builder
     */
    public Builder addDependsOn(InitiativeId... dependsOn) {
      values.addDependsOn(dependsOn);
      return this;
    }

    /**
     * Adds initiatives that must be finished before this one starts, in order.
     *
     * @param dependsOn the other initiatives' ids
     * @return this builder
     */
    public Builder addAllDependsOn(Iterable<? extends InitiativeId> dependsOn) {
      values.addAllDependsOn(dependsOn);
      return this;
    }

    /**
     * Sets the initiatives that must be finished before this one starts, replacing any set or added
     * before.
     *
     * @param dependsOn the other initiatives' ids
     * @return this builder
     */
    public Builder dependsOn(Iterable<? extends InitiativeId> dependsOn) {
      values.dependsOn(dependsOn);
      return this;
    }

    /**
     * Adds an initiative that must be finished before this one starts, given by its id's text.
     *
     * @param dependsOn the id's text
     * @return this builder
     */
    public Builder addDependsOn(String dependsOn) {
      return addDependsOn(InitiativeId.of(dependsOn));
    }

    /**
     * Adds initiatives that must be finished before this one starts, given by their ids' text, in
     * order.
     *
     * @param dependsOn the ids' text
     * @return this builder
     */
    public Builder addDependsOn(String... dependsOn) {
      return addAllDependsOn(Arrays.stream(dependsOn).map(InitiativeId::of).toList());
    }

    /**
     * Sets the initiatives that must be finished before this one starts, replacing any set or added
     * before.
     *
     * @param dependsOn the ids
     * @return this builder
     */
    public Builder dependsOn(InitiativeId... dependsOn) {
      return dependsOn(Arrays.asList(dependsOn));
    }

    /**
     * Sets the initiatives that must be finished before this one starts, given by their ids' text,
     * replacing any set or added before.
     *
     * @param dependsOn the ids' text
     * @return this builder
     */
    public Builder dependsOn(String... dependsOn) {
      return dependsOn(Arrays.stream(dependsOn).map(InitiativeId::of).toList());
    }

    /**
     * Adds a technology platform the initiative uses.
     *
     * @param platform the platform's id
     * @return this builder
     */
    public Builder addPlatform(PlatformId platform) {
      values.addPlatform(platform);
      return this;
    }

    /**
     * Adds technology platforms the initiative uses, in order.
     *
     * @param platforms the platforms' ids
     * @return this builder
     */
    public Builder addPlatforms(PlatformId... platforms) {
      values.addPlatforms(platforms);
      return this;
    }

    /**
     * Adds technology platforms the initiative uses, in order.
     *
     * @param platforms the platforms' ids
     * @return this builder
     */
    public Builder addAllPlatforms(Iterable<? extends PlatformId> platforms) {
      values.addAllPlatforms(platforms);
      return this;
    }

    /**
     * Sets the technology platforms the initiative uses, replacing any set or added before.
     *
     * @param platforms the platforms' ids
     * @return this builder
     */
    public Builder platforms(Iterable<? extends PlatformId> platforms) {
      values.platforms(platforms);
      return this;
    }

    /**
     * Adds a technology platform the initiative uses, given by its id's text.
     *
     * @param platform the id's text
     * @return this builder
     */
    public Builder addPlatform(String platform) {
      return addPlatform(PlatformId.of(platform));
    }

    /**
     * Adds technology platforms the initiative uses, given by their ids' text, in order.
     *
     * @param platforms the ids' text
     * @return this builder
     */
    public Builder addPlatforms(String... platforms) {
      return addAllPlatforms(Arrays.stream(platforms).map(PlatformId::of).toList());
    }

    /**
     * Sets the technology platforms the initiative uses, replacing any set or added before.
     *
     * @param platforms the ids
     * @return this builder
     */
    public Builder platforms(PlatformId... platforms) {
      return platforms(Arrays.asList(platforms));
    }

    /**
     * Sets the technology platforms the initiative uses, given by their ids' text, replacing any
     * set or added before.
     *
     * @param platforms the ids' text
     * @return this builder
     */
    public Builder platforms(String... platforms) {
      return platforms(Arrays.stream(platforms).map(PlatformId::of).toList());
    }

    /**
     * Sets the budget and staff the initiative needs in a year, replacing what the year had.
     *
     * @param year the calendar year
     * @param allocation the budget and staff
     * @return this builder
     */
    public Builder putAllocation(Year year, Allocation allocation) {
      values.putAllocation(year, allocation);
      return this;
    }

    /**
     * Sets the budget and staff the initiative needs in a year, given as a map entry, replacing
     * what the year had.
     *
     * @param entry the year and its budget and staff
     * @return this builder
     */
    public Builder putAllocation(Map.Entry<? extends Year, ? extends Allocation> entry) {
      values.putAllocation(entry);
      return this;
    }

    /**
     * Sets the budget and staff the initiative needs in each year of the map, replacing what those
     * years had.
     *
     * @param allocations the budget and staff by year
     * @return this builder
     */
    public Builder putAllAllocations(Map<? extends Year, ? extends Allocation> allocations) {
      values.putAllAllocations(allocations);
      return this;
    }

    /**
     * Sets the budget and staff the initiative needs per year, replacing all set before.
     *
     * @param allocations the budget and staff by year
     * @return this builder
     */
    public Builder allocations(Map<? extends Year, ? extends Allocation> allocations) {
      values.allocations(allocations);
      return this;
    }

    /**
     * Sets the budget and staff the initiative needs in a year, replacing what the year had.
     *
     * @param year the calendar year
     * @param budget the budget
     * @param staff the staff, in full-time equivalents
     * @return this builder
     */
    public Builder putAllocation(int year, Money budget, double staff) {
      return putAllocation(Year.of(year), Allocation.of(budget, staff));
    }

    /**
     * Sets a longer description of the initiative.
     *
     * @param description the description
     * @return this builder
     */
    public Builder description(String description) {
      values.description(description);
      return this;
    }

    /**
     * Sets a longer description of the initiative; empty clears it.
     *
     * @param description the description, or empty for none
     * @return this builder
     */
    public Builder description(Optional<String> description) {
      values.description(description);
      return this;
    }

    /**
     * Attaches a tool's data under an {@code x-} key, replacing what the key held.
     *
     * @param key the key, which starts with {@code x-}
     * @param value the data
     * @return this builder
     */
    public Builder putExtension(String key, ExtensionValue value) {
      values.putExtension(key, value);
      return this;
    }

    /**
     * Attaches a tool's data given as a map entry, replacing what its key held.
     *
     * @param entry the key and the data
     * @return this builder
     */
    public Builder putExtension(Map.Entry<String, ? extends ExtensionValue> entry) {
      values.putExtension(entry);
      return this;
    }

    /**
     * Attaches a tool's data under each key of the map, replacing what those keys held.
     *
     * @param extensions the data by key
     * @return this builder
     */
    public Builder putAllExtensions(Map<String, ? extends ExtensionValue> extensions) {
      values.putAllExtensions(extensions);
      return this;
    }

    /**
     * Sets the tools' data to the map's, replacing all attached before.
     *
     * @param extensions the data by key
     * @return this builder
     */
    public Builder extensions(Map<String, ? extends ExtensionValue> extensions) {
      values.extensions(extensions);
      return this;
    }

    /**
     * Builds the initiative.
     *
     * @return the initiative
     * @throws MissingAttributesException if the id, the name or the time window is not set
     */
    public Initiative build() {
      return REQUIRED.build(values::build, id);
    }
  }
}
