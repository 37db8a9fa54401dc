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
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BusinessGoal}; {@code id}, {@code title} and {@code function} are required. */
  public static final class Builder extends ImmutableBusinessGoal.Builder {
    Builder() {}

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
     * Sets the sponsor from the stakeholder id's text.
     *
     * @param sponsor the sponsoring stakeholder's id
     * @return this builder
     */
    public Builder sponsor(String sponsor) {
      return sponsor(StakeholderId.of(sponsor));
    }
  }
}
