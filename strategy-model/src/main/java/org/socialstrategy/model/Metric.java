package org.socialstrategy.model;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A defined measure with a unit and a kind. A business-outcome metric may carry the value of one
 * unit to the business (revenue per net new customer, cost saved per call deflected), which turns
 * observations into money for ROI.
 */
@Value.Immutable
public abstract class Metric {

  Metric() {}

  /**
   * Returns the metric's id.
   *
   * @return the id
   */
  public abstract MetricId id();

  /**
   * Returns the metric's name, e.g. {@code "Net new customers"}.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Returns what one unit of the metric counts, e.g. {@code "customers"} or {@code "USD"}.
   *
   * @return the unit
   */
  public abstract String unit();

  /**
   * Returns what the metric can show: vanity, engagement or a business outcome.
   *
   * @return the kind
   */
  public abstract MetricKind kind();

  /**
   * Returns how observations over several periods add up: a level read at its latest, a flow summed
   * over a window, or a rate averaged.
   *
   * @return the aggregation; {@link Aggregation#LATEST} when not set
   */
  @Value.Default
  public Aggregation aggregation() {
    return Aggregation.LATEST;
  }

  /**
   * Returns this metric with the aggregation set.
   *
   * @param aggregation how observations add up
   * @return a copy with the aggregation
   */
  public final Metric withAggregation(Aggregation aggregation) {
    return builder().from(this).aggregation(aggregation).build();
  }

  /**
   * Returns what one unit is worth to the business, e.g. 85.00 USD per net new customer.
   *
   * @return the value of one unit, if known
   */
  public abstract Optional<Money> valuePerUnit();

  /**
   * Returns a description of how the metric is measured.
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
   * Returns this metric with the value of one unit set.
   *
   * @param valuePerUnit the value of one unit
   * @return a copy with the value per unit
   */
  public final Metric withValuePerUnit(Money valuePerUnit) {
    return builder().from(this).valuePerUnit(valuePerUnit).build();
  }

  /**
   * Returns a business-outcome metric.
   *
   * @param id the metric's id
   * @param name the metric's name
   * @param unit what one unit counts
   * @return the metric
   */
  public static Metric outcome(String id, String name, String unit) {
    return of(id, name, unit, MetricKind.BUSINESS_OUTCOME);
  }

  /**
   * Returns an engagement metric.
   *
   * @param id the metric's id
   * @param name the metric's name
   * @param unit what one unit counts
   * @return the metric
   */
  public static Metric engagement(String id, String name, String unit) {
    return of(id, name, unit, MetricKind.ENGAGEMENT);
  }

  /**
   * Returns a vanity (activity) metric.
   *
   * @param id the metric's id
   * @param name the metric's name
   * @param unit what one unit counts
   * @return the metric
   */
  public static Metric vanity(String id, String name, String unit) {
    return of(id, name, unit, MetricKind.VANITY);
  }

  /**
   * Returns a metric of the given kind.
   *
   * @param id the metric's id
   * @param name the metric's name
   * @param unit what one unit counts
   * @param kind what the metric can show
   * @return the metric
   */
  public static Metric of(String id, String name, String unit, MetricKind kind) {
    return builder().id(id).name(name).unit(unit).kind(kind).build();
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
   * Builds a {@link Metric}; {@code id}, {@code name}, {@code unit} and {@code kind} are required.
   */
  public static final class Builder extends ImmutableMetric.Builder {
    Builder() {}

    /**
     * Sets the id from its text.
     *
     * @param id the id's text
     * @return this builder
     */
    public Builder id(String id) {
      return id(MetricId.of(id));
    }
  }
}
