package org.socialstrategy.model;

import java.util.List;
import org.immutables.value.Value;

/**
 * The dated plan that brings the strategy to life: initiatives over a horizon of about three years,
 * each serving goals.
 */
@Value.Immutable
public abstract class Roadmap {

  Roadmap() {}

  /**
   * Returns the period the roadmap plans for.
   *
   * @return the horizon
   */
  public abstract DateRange horizon();

  /**
   * Returns the initiatives.
   *
   * @return the initiatives, in order
   */
  public abstract List<Initiative> initiatives();

  /**
   * Returns a builder holding this roadmap's values, to change some of them and build another
   * roadmap.
   *
   * @return a new builder, filled from this roadmap
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
   * Builds a {@link Roadmap}; the horizon is required. A method named after a list or a map sets
   * all of it, replacing what was there; a method whose name starts with {@code add} or {@code put}
   * adds to it. Not thread-safe.
   */
  public static final class Builder {
    private static final RequiredAttributes REQUIRED =
        RequiredAttributes.of("a roadmap", "horizon", "a horizon");

    private final ImmutableRoadmap.Builder values = new ImmutableRoadmap.Builder();

    Builder() {}

    /**
     * Copies the values of a roadmap into this builder: each single value replaces the builder's,
     * an empty optional value leaves the builder's as it is, and list elements and map entries are
     * added to the builder's.
     *
     * @param instance the roadmap to copy
     * @return this builder
     */
    public Builder from(Roadmap instance) {
      values.from(instance);
      return this;
    }

    /**
     * Sets the period the roadmap plans for.
     *
     * @param horizon the horizon
     * @return this builder
     */
    public Builder horizon(DateRange horizon) {
      values.horizon(horizon);
      return this;
    }

    /**
     * Adds an initiative.
     *
     * @param initiative the initiative
     * @return this builder
     */
    public Builder addInitiative(Initiative initiative) {
      values.addInitiative(initiative);
      return this;
    }

    /**
     * Adds initiatives, in order.
     *
     * @param initiatives the initiatives
     * @return this builder
     */
    public Builder addInitiatives(Initiative... initiatives) {
      values.addInitiatives(initiatives);
      return this;
    }

    /**
     * Adds initiatives, in order.
     *
     * @param initiatives the initiatives
     * @return this builder
     */
    public Builder addAllInitiatives(Iterable<? extends Initiative> initiatives) {
      values.addAllInitiatives(initiatives);
      return this;
    }

    /**
     * Sets the initiatives, replacing any set or added before.
     *
     * @param initiatives the initiatives
     * @return this builder
     */
    public Builder initiatives(Iterable<? extends Initiative> initiatives) {
      values.initiatives(initiatives);
      return this;
    }

    /**
     * Builds the roadmap.
     *
     * @return the roadmap
     * @throws MissingAttributesException if the horizon is not set
     */
    public Roadmap build() {
      return REQUIRED.build(values::build);
    }
  }
}
