package org.socialstrategy.model;

import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The resources secured for the strategy: budget and staff per year, the agencies engaged, and the
 * plan for training staff on the vision, value creation and measurement.
 */
@Value.Immutable
public abstract class Funding {

  private static final Funding NONE = builder().build();

  Funding() {}

  /**
   * Returns the budget and staff secured, per calendar year.
   *
   * @return the allocations by year, in the order given
   */
  public abstract Map<Year, Allocation> perYear();

  /**
   * Returns the agencies engaged.
   *
   * @return the agencies' names
   */
  public abstract List<String> agencies();

  /**
   * Returns how staff are trained on the vision, value creation and measurement.
   *
   * @return the training plan, if there is one
   */
  public abstract Optional<String> trainingPlan();

  /**
   * Returns funding with nothing secured.
   *
   * @return empty funding
   */
  public static Funding none() {
    return NONE;
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Funding}; every attribute is optional. */
  public static final class Builder extends ImmutableFunding.Builder {
    Builder() {}

    /**
     * Sets the budget and staff for one year.
     *
     * @param year the calendar year
     * @param budget the budget
     * @param staff the staff, in full-time equivalents
     * @return this builder
     */
    public Builder year(int year, Money budget, double staff) {
      return putPerYear(Year.of(year), Allocation.of(budget, staff));
    }
  }
}
