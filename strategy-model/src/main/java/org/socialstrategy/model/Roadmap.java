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
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Roadmap}; {@code horizon} is required. */
  public static final class Builder extends ImmutableRoadmap.Builder {
    Builder() {}
  }
}
