package org.socialstrategy.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What the business is trying to achieve, in the language of the C-suite: grow online revenue, cut
 * the cost to serve, hire faster. A goal belongs to a business function, is quantified by
 * objectives and never names a channel: an end does not say how.
 */
@Value.Immutable
public abstract class BusinessGoal {

  /** The weight a goal has when none is given. */
  public static final double DEFAULT_WEIGHT = 1.0;

  BusinessGoal() {}

  /**
   * Returns the goal's id.
   *
   * @return the id
   */
  public abstract GoalId id();

  /**
   * Returns the goal's title, e.g. "Grow online revenue".
   *
   * @return the title
   */
  public abstract String title();

  /**
   * Returns the business function the goal belongs to.
   *
   * @return the function
   */
  public abstract BusinessFunction function();

  /**
   * Returns the stakeholder who sponsors the goal.
   *
   * @return the sponsor's id, if there is one
   */
  public abstract Optional<StakeholderId> sponsor();

  /**
   * Returns the goal's relative weight among the strategy's goals, in (0, 1]; the default is 1.
   *
   * @return the weight
   */
  @Value.Default
  public double weight() {
    return DEFAULT_WEIGHT;
  }

  /**
   * Returns the objectives that quantify the goal.
   *
   * @return the objectives, in order
   */
  public abstract List<Objective> objectives();

  /**
   * Returns a longer description of the goal.
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
   * Returns a builder holding this goal's values, to change some of them and build another goal.
   *
   * @return a new builder, filled from this goal
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
   * Builds a {@link BusinessGoal}; the id, title and business function are required. A method named
   * after a list or a map sets all of it, replacing what was there; a method whose name starts with
   * {@code add} or {@code put} adds to it. Not thread-safe.
   */
  public static final class Builder {
    private static final RequiredAttributes REQUIRED =
        RequiredAttributes.of(
            "a goal", "id", "an id", "title", "a title", "function", "a business function");

    private final ImmutableBusinessGoal.Builder values = new ImmutableBusinessGoal.Builder();
    private GoalId id;

    Builder() {}

    /**
     * Copies the values of a goal into this builder: each single value replaces the builder's, an
     * empty optional value leaves the builder's as it is, and list elements and map entries are
     * added to the builder's.
     *
     * @param instance the goal to copy
     * @return this builder
     */
    public Builder from(BusinessGoal instance) {
      values.from(instance);
      id = instance.id();
      return this;
    }

    /**
     * Sets the goal's id.
     *
     * @param id the id
     * @return this builder
     */
    public Builder id(GoalId id) {
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
      return id(GoalId.of(id));
    }

    /**
     * Sets the goal's title, such as "Grow online revenue".
     *
     * @param title the title
     * @return this builder
     */
    public Builder title(String title) {
      values.title(title);
      return this;
    }

    /**
     * Sets the business function the goal belongs to.
     *
     * @param function the function
     * @return this builder
     */
    public Builder function(BusinessFunction function) {
      values.function(function);
      return this;
    }

    /**
     * Sets the stakeholder who sponsors the goal.
     *
     * @param sponsor the sponsor's id
     * @return this builder
     */
    public Builder sponsor(StakeholderId sponsor) {
      values.sponsor(sponsor);
      return this;
    }

    /**
     * Sets the stakeholder who sponsors the goal; empty clears it.
     *
     * @param sponsor the sponsor's id, or empty for none
     * @return this builder
     */
    public Builder sponsor(Optional<? extends StakeholderId> sponsor) {
      values.sponsor(sponsor);
      return this;
    }

    /**
     * Sets the sponsor from the id's text.
     *
     * @param sponsor the sponsor's id
     * @return this builder
     */
    public Builder sponsor(String sponsor) {
      return sponsor(StakeholderId.of(sponsor));
    }

    /**
     * Sets the goal's relative weight among the strategy's goals, in (0, 1]; without it, 1.
     *
     * @param weight the weight
     * @return this builder
     */
    public Builder weight(double weight) {
      values.weight(weight);
      return this;
    }

    /**
     * Adds an objective that quantifies the goal.
     *
     * @param objective the objective
     * @return this builder
     */
    public Builder addObjective(Objective objective) {
      values.addObjective(objective);
      return this;
    }

    /**
     * Adds objectives that quantify the goal, in order.
     *
     * @param objectives the objectives
     * @return this builder
     */
    public Builder addObjectives(Objective... objectives) {
      values.addObjectives(objectives);
      return this;
    }

    /**
     * Adds objectives that quantify the goal, in order.
     *
     * @param objectives the objectives
     * @return this builder
     */
    public Builder addAllObjectives(Iterable<? extends Objective> objectives) {
      values.addAllObjectives(objectives);
      return this;
    }

    /**
     * Sets the objectives that quantify the goal, replacing any set or added before.
     *
     * @param objectives the objectives
     * @return this builder
     */
    public Builder objectives(Iterable<? extends Objective> objectives) {
      values.objectives(objectives);
      return this;
    }

    /**
     * Sets a longer description of the goal.
     *
     * @param description the description
     * @return this builder
     */
    public Builder description(String description) {
      values.description(description);
      return this;
    }

    /**
     * Sets a longer description of the goal; empty clears it.
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
     * Builds the goal.
     *
     * @return the goal
     * @throws MissingAttributesException if the id, the title or the business function is not set
     */
    public BusinessGoal build() {
      return REQUIRED.build(values::build, id);
    }
  }
}
