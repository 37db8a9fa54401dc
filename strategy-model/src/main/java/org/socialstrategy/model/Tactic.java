package org.socialstrategy.model;

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
    return builder().from(this).supports(supports).build();
  }

  /**
   * Returns this tactic tracking the given metrics instead of its own.
   *
   * @param tracks the ids of the metrics to track
   * @return a copy with the tracked metrics replaced
   */
  public final Tactic withTracks(Iterable<? extends MetricId> tracks) {
    return builder().from(this).tracks(tracks).build();
  }

  /**
   * Returns this tactic with the given cost.
   *
   * @param cost the cost
   * @return a copy with the cost set
   */
  public final Tactic withCost(Money cost) {
    return builder().from(this).cost(cost).build();
  }

  /**
   * Returns this tactic with the given value exchange.
   *
   * @param value the value exchange
   * @return a copy with the value exchange set
   */
  public final Tactic withValue(ValueExchange value) {
    return builder().from(this).value(value).build();
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
   * Builds a {@link Tactic}; {@code id}, {@code name}, {@code channel} and {@code function} are
   * required.
   */
  public static final class Builder extends ImmutableTactic.Builder {
    Builder() {}

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
     * Adds an unweighted link to each of the goals.
     *
     * @param goals the goals' ids
     * @return this builder
     */
    public Builder supports(String... goals) {
      for (String goal : goals) {
        addSupport(GoalSupport.of(GoalId.of(goal)));
      }
      return this;
    }

    /**
     * Adds a weighted link to a goal.
     *
     * @param goal the goal's id
     * @param weight the share of the tactic going to the goal, in (0, 1]
     * @return this builder
     */
    public Builder supports(String goal, double weight) {
      return addSupport(GoalSupport.of(GoalId.of(goal), weight));
    }

    /**
     * Adds metrics the tactic is measured by.
     *
     * @param metrics the metrics' ids
     * @return this builder
     */
    public Builder tracks(String... metrics) {
      for (String metric : metrics) {
        addTrack(MetricId.of(metric));
      }
      return this;
    }

    /**
     * Sets the owner from the stakeholder id's text.
     *
     * @param owner the owning stakeholder's id
     * @return this builder
     */
    public Builder owner(String owner) {
      return owner(StakeholderId.of(owner));
    }
  }
}
