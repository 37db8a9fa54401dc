package org.socialstrategy.model;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A concrete program on a channel, owned by a business function: a Facebook shop, a support
 * community, a suggestion box by the till. A tactic earns its place by the goals it serves, the
 * value it exchanges with the customer and the business outcome its metrics show; with a cost, its
 * return on investment can be put next to the alternatives.
 */
@Value.Immutable
public abstract class Tactic {

  Tactic() {}

  /**
   * Returns the tactic's id.
   *
   * @return the id
   */
  public abstract TacticId id();

  /**
   * Returns the tactic's name, e.g. "Facebook shop".
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Returns where the tactic runs.
   *
   * @return the channel
   */
  public abstract Channel channel();

  /**
   * Returns the business function that runs the tactic.
   *
   * @return the function
   */
  public abstract BusinessFunction function();

  /**
   * Returns the goals the tactic serves, with optional contribution weights.
   *
   * @return the links to goals, in order
   */
  public abstract List<GoalSupport> supports();

  /**
   * Returns the metrics the tactic's outcome is measured by.
   *
   * @return the ids of the tracked metrics, in order
   */
  public abstract List<MetricId> tracks();

  /**
   * Returns the stakeholder who owns the tactic.
   *
   * @return the owner's id, if there is one
   */
  public abstract Optional<StakeholderId> owner();

  /**
   * Returns what the tactic costs over its time window.
   *
   * @return the cost, if known
   */
  public abstract Optional<Money> cost();

  /**
   * Returns when the tactic runs.
   *
   * @return the time window, if set
   */
  public abstract Optional<DateRange> window();

  /**
   * Returns the value the tactic exchanges between customer and organization.
   *
   * @return the value exchange; {@link ValueExchange#none()} when not described
   */
  @Value.Default
  public ValueExchange value() {
    return ValueExchange.none();
  }

  /**
   * Returns a longer description of the tactic.
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
   * Returns the ids of the goals the tactic serves, in order.
   *
   * @return the goal ids
   */
  public final List<GoalId> goals() {
    return supports().stream().map(GoalSupport::goal).toList();
  }

  /**
   * Returns this tactic serving the given goals instead of its own.
   *
   * @param supports the new links to goals
   * @return a copy with the links replaced
   */
  public final Tactic withSupports(Iterable<? extends GoalSupport> supports) {
    return toBuilder().supports(supports).build();
  }

  /**
   * Returns this tactic tracking the given metrics instead of its own.
   *
   * @param tracks the ids of the metrics to track
   * @return a copy with the tracked metrics replaced
   */
  public final Tactic withTracks(Iterable<? extends MetricId> tracks) {
    return toBuilder().tracks(tracks).build();
  }

  /**
   * Returns this tactic with the given cost.
   *
   * @param cost the cost
   * @return a copy with the cost set
   */
  public final Tactic withCost(Money cost) {
    return toBuilder().cost(cost).build();
  }

  /**
   * Returns this tactic without a cost.
   *
   * @return a copy with no cost
   */
  public final Tactic withoutCost() {
    return toBuilder().cost(Optional.empty()).build();
  }

  /**
   * Returns this tactic with the given value exchange.
   *
   * @param value the value exchange
   * @return a copy with the value exchange set
   */
  public final Tactic withValue(ValueExchange value) {
    return toBuilder().value(value).build();
  }

  /**
   * Returns a builder holding this tactic's values, to change some of them and build another
   * tactic.
   *
   * @return a new builder, filled from this tactic
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
   * Builds a {@link Tactic}; the id, name, channel and business function are required. A method
   * named after a list or a map sets all of it, replacing what was there; a method whose name
   * starts with {@code add} or {@code put} adds to it. Not thread-safe.
   */
  public static final class Builder {
    private static final RequiredAttributes REQUIRED =
        RequiredAttributes.of(
            "a tactic",
            "id",
            "an id",
            "name",
            "a name",
            "channel",
            "a channel",
            "function",
            "a business function");

    private final ImmutableTactic.Builder values = new ImmutableTactic.Builder();
    private TacticId id;

    Builder() {}

    /**
     * Copies the values of a tactic into this builder: each single value replaces the builder's, an
     * empty optional value leaves the builder's as it is, and list elements and map entries are
     * added to the builder's.
     *
     * @param instance the tactic to copy
     * @return this builder
     */
    public Builder from(Tactic instance) {
      values.from(instance);
      id = instance.id();
      return this;
    }

    /**
     * Sets the tactic's id.
     *
     * @param id the id
     * @return this builder
     */
    public Builder id(TacticId id) {
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
      return id(TacticId.of(id));
    }

    /**
     * Sets the tactic's name, such as "Facebook shop".
     *
     * @param name the name
     * @return this builder
     */
    public Builder name(String name) {
      values.name(name);
      return this;
    }

    /**
     * Sets where the tactic runs.
     *
     * @param channel the channel
     * @return this builder
     */
    public Builder channel(Channel channel) {
      values.channel(channel);
      return this;
    }

    /**
     * Sets the business function that runs the tactic.
     *
     * @param function the function
     * @return this builder
     */
    public Builder function(BusinessFunction function) {
      values.function(function);
      return this;
    }

    /**
     * Adds a link to a goal the tactic serves.
     *
     * @param support the link
     * @return this builder
     */
    public Builder addSupport(GoalSupport support) {
      values.addSupport(support);
      return this;
    }

    /**
     * Adds links to goals the tactic serves, in order.
     *
     * @param supports the links
     * @return this builder
     */
    public Builder addSupports(GoalSupport... supports) {
      values.addSupports(supports);
      return this;
    }

    /**
     * Adds links to goals the tactic serves, in order.
     *
     * @param supports the links
     * @return this builder
     */
    public Builder addAllSupports(Iterable<? extends GoalSupport> supports) {
      values.addAllSupports(supports);
      return this;
    }

    /**
     * Sets the links to goals the tactic serves, replacing any set or added before.
     *
     * @param supports the links
     * @return this builder
     */
    public Builder supports(Iterable<? extends GoalSupport> supports) {
      values.supports(supports);
      return this;
    }

    /**
     * Adds an unweighted link to a goal the tactic serves.
     *
     * @param goal the goal's id
     * @return this builder
     */
    public Builder addSupport(GoalId goal) {
      return addSupport(GoalSupport.of(goal));
    }

    /**
     * Adds an unweighted link to a goal the tactic serves, given by the goal id's text.
     *
     * @param goal the goal id's text
     * @return this builder
     */
    public Builder addSupport(String goal) {
      return addSupport(GoalId.of(goal));
    }

    /**
     * Adds a weighted link to a goal the tactic serves.
     *
     * @param goal the goal's id
     * @param weight the share of the tactic going to the goal, in (0, 1]
     * @return this builder
     */
    public Builder addSupport(GoalId goal, double weight) {
      return addSupport(GoalSupport.of(goal, weight));
    }

    /**
     * Adds a weighted link to a goal the tactic serves, given by the goal id's text.
     *
     * @param goal the goal id's text
     * @param weight the share of the tactic going to the goal, in (0, 1]
     * @return this builder
     */
    public Builder addSupport(String goal, double weight) {
      return addSupport(GoalId.of(goal), weight);
    }

    /**
     * Adds unweighted links to goals the tactic serves, in order.
     *
     * @param goals the goals' ids
     * @return this builder
     */
    public Builder addSupports(GoalId... goals) {
      return addAllSupports(Arrays.stream(goals).map(GoalSupport::of).toList());
    }

    /**
     * Adds unweighted links to goals the tactic serves, given by the goal ids' text, in order.
     *
     * @param goals the goal ids' text
     * @return this builder
     */
    public Builder addSupports(String... goals) {
      return addSupports(Arrays.stream(goals).map(GoalId::of).toArray(GoalId[]::new));
    }

    /**
     * Sets unweighted links to the goals the tactic serves, replacing any set or added before.
     *
     * @param goals the goals' ids
     * @return this builder
     */
    public Builder supports(GoalId... goals) {
      return supports(Arrays.stream(goals).map(GoalSupport::of).toList());
    }

    /**
     * Sets unweighted links to the goals the tactic serves, given by the goal ids' text, replacing
     * any set or added before.
     *
     * @param goals the goal ids' text
     * @return this builder
     */
    public Builder supports(String... goals) {
      return supports(Arrays.stream(goals).map(GoalId::of).toArray(GoalId[]::new));
    }

    /**
     * Adds a metric the tactic is measured by.
     *
     * @param track the metric's id
     * @return this builder
     */
    public Builder addTrack(MetricId track) {
      values.addTrack(track);
      return this;
    }

    /**
     * Adds metrics the tactic is measured by, in order.
     *
     * @param tracks the metrics' ids
     * @return this builder
     */
    public Builder addTracks(MetricId... tracks) {
      values.addTracks(tracks);
      return this;
    }

    /**
     * Adds metrics the tactic is measured by, in order.
     *
     * @param tracks the metrics' ids
     * @return this builder
     */
    public Builder addAllTracks(Iterable<? extends MetricId> tracks) {
      values.addAllTracks(tracks);
      return this;
    }

    /**
     * Sets the metrics the tactic is measured by, replacing any set or added before.
     *
     * @param tracks the metrics' ids
     * @return this builder
     */
    public Builder tracks(Iterable<? extends MetricId> tracks) {
      values.tracks(tracks);
      return this;
    }

    /**
     * Adds a metric the tactic is measured by, given by its id's text.
     *
     * @param track the id's text
     * @return this builder
     */
    public Builder addTrack(String track) {
      return addTrack(MetricId.of(track));
    }

    /**
     * Adds metrics the tactic is measured by, given by their ids' text, in order.
     *
     * @param tracks the ids' text
     * @return this builder
     */
    public Builder addTracks(String... tracks) {
      return addAllTracks(Arrays.stream(tracks).map(MetricId::of).toList());
    }

    /**
     * Sets the metrics the tactic is measured by, replacing any set or added before.
     *
     * @param tracks the ids
     * @return this builder
     */
    public Builder tracks(MetricId... tracks) {
      return tracks(Arrays.asList(tracks));
    }

    /**
     * Sets the metrics the tactic is measured by, given by their ids' text, replacing any set or
     * added before.
     *
     * @param tracks the ids' text
     * @return this builder
     */
    public Builder tracks(String... tracks) {
      return tracks(Arrays.stream(tracks).map(MetricId::of).toList());
    }

    /**
     * Sets the stakeholder who owns the tactic.
     *
     * @param owner the owner's id
     * @return this builder
     */
    public Builder owner(StakeholderId owner) {
      values.owner(owner);
      return this;
    }

    /**
     * Sets the stakeholder who owns the tactic; empty clears it.
     *
     * @param owner the owner's id, or empty for none
     * @return this builder
     */
    public Builder owner(Optional<? extends StakeholderId> owner) {
      values.owner(owner);
      return this;
    }

    /**
     * Sets the owner from the id's text.
     *
     * @param owner the owner's id
     * @return this builder
     */
    public Builder owner(String owner) {
      return owner(StakeholderId.of(owner));
    }

    /**
     * Sets what the tactic costs over its time window.
     *
     * @param cost the cost
     * @return this builder
     */
    public Builder cost(Money cost) {
      values.cost(cost);
      return this;
    }

    /**
     * Sets what the tactic costs over its time window; empty clears it.
     *
     * @param cost the cost, or empty for none
     * @return this builder
     */
    public Builder cost(Optional<? extends Money> cost) {
      values.cost(cost);
      return this;
    }

    /**
     * Sets when the tactic runs.
     *
     * @param window the time window
     * @return this builder
     */
    public Builder window(DateRange window) {
      values.window(window);
      return this;
    }

    /**
     * Sets when the tactic runs; empty clears it.
     *
     * @param window the time window, or empty for none
     * @return this builder
     */
    public Builder window(Optional<? extends DateRange> window) {
      values.window(window);
      return this;
    }

    /**
     * Sets the value the tactic exchanges between customer and organization; without it, {@link
     * ValueExchange#none()}.
     *
     * @param value the value exchange
     * @return this builder
     */
    public Builder value(ValueExchange value) {
      values.value(value);
      return this;
    }

    /**
     * Sets a longer description of the tactic.
     *
     * @param description the description
     * @return this builder
     */
    public Builder description(String description) {
      values.description(description);
      return this;
    }

    /**
     * Sets a longer description of the tactic; empty clears it.
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
     * Builds the tactic.
     *
     * @return the tactic
     * @throws MissingAttributesException if the id, the name, the channel or the business function
     *     is not set
     */
    public Tactic build() {
      return REQUIRED.build(values::build, id);
    }
  }
}
