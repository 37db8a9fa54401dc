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
   * Returns a builder holding this funding's values, to change some of them and build another
   * funding.
   *
   * @return a new builder, filled from this funding
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
   * Builds a {@link Funding}; every value is optional. A method named after a list or a map sets
   * all of it, replacing what was there; a method whose name starts with {@code add} or {@code put}
   * adds to it. Not thread-safe.
   */
  public static final class Builder {
    private static final RequiredAttributes REQUIRED = RequiredAttributes.of("funding");

    private final ImmutableFunding.Builder values = new ImmutableFunding.Builder();

    Builder() {}

    /**
     * Copies the values of funding into this builder: each single value replaces the builder's, an
     * empty optional value leaves the builder's as it is, and list elements and map entries are
     * added to the builder's.
     *
     * @param instance the funding to copy
     * @return this builder
     */
    public Builder from(Funding instance) {
      values.from(instance);
      return this;
    }

    /**
     * Sets the budget and staff secured for a year, replacing what the year had.
     *
     * @param year the calendar year
     * @param allocation the budget and staff
     * @return this builder
     */
    public Builder putPerYear(Year year, Allocation allocation) {
      values.putPerYear(year, allocation);
      return this;
    }

    /**
     * Sets the budget and staff secured for a year, given as a map entry, replacing what the year
     * had.
     *
     * @param entry the year and its budget and staff
     * @return this builder
     */
    public Builder putPerYear(Map.Entry<? extends Year, ? extends Allocation> entry) {
      values.putPerYear(entry);
      return this;
    }

    /**
     * Sets the budget and staff secured for each year of the map, replacing what those years had.
     *
     * @param perYear the budget and staff by year
     * @return this builder
     */
    public Builder putAllPerYear(Map<? extends Year, ? extends Allocation> perYear) {
      values.putAllPerYear(perYear);
      return this;
    }

    /**
     * Sets the budget and staff secured per year, replacing all set before.
     *
     * @param perYear the budget and staff by year
     * @return this builder
     */
    public Builder perYear(Map<? extends Year, ? extends Allocation> perYear) {
      values.perYear(perYear);
      return this;
    }

    /**
     * Sets the budget and staff secured for a year, replacing what the year had.
     *
     * @param year the calendar year
     * @param budget the budget
     * @param staff the staff, in full-time equivalents
     * @return this builder
     */
    public Builder putPerYear(int year, Money budget, double staff) {
      return putPerYear(Year.of(year), Allocation.of(budget, staff));
    }

    /**
     * Adds an agency engaged.
     *
     * @param agency the agency's name
     * @return this builder
     */
    public Builder addAgency(String agency) {
      values.addAgency(agency);
      return this;
    }

    /**
     * Adds agencies engaged, in order.
     *
     * @param agencies the agencies' names
     * @return this builder
     */
    public Builder addAgencies(String... agencies) {
      values.addAgencies(agencies);
      return this;
    }

    /**
     * Adds agencies engaged, in order.
     *
     * @param agencies the agencies' names
     * @return this builder
     */
    public Builder addAllAgencies(Iterable<String> agencies) {
      values.addAllAgencies(agencies);
      return this;
    }

    /**
     * Sets the agencies engaged, replacing any set or added before.
     *
     * @param agencies the agencies' names
     * @return this builder
     */
    public Builder agencies(Iterable<String> agencies) {
      values.agencies(agencies);
      return this;
    }

    /**
     * Sets how staff are trained on the vision, value creation and measurement.
     *
     * @param trainingPlan the training plan
     * @return this builder
     */
    public Builder trainingPlan(String trainingPlan) {
      values.trainingPlan(trainingPlan);
      return this;
    }

    /**
     * Sets how staff are trained on the vision, value creation and measurement; empty clears it.
     *
     * @param trainingPlan the training plan, or empty for none
     * @return this builder
     */
    public Builder trainingPlan(Optional<String> trainingPlan) {
      values.trainingPlan(trainingPlan);
      return this;
    }

    /**
     * Builds the funding.
     *
     * @return the funding
     */
    public Funding build() {
      return REQUIRED.build(values::build);
    }
  }
}
