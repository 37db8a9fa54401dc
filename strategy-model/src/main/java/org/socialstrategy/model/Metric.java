package org.socialstrategy.model;

import java.util.Currency;
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
    return toBuilder().aggregation(aggregation).build();
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
    return toBuilder().valuePerUnit(valuePerUnit).build();
  }

  /**
   * Returns this metric without a value per unit.
   *
   * @return a copy with no value per unit
   */
  public final Metric withoutValuePerUnit() {
    return toBuilder().valuePerUnit(Optional.empty()).build();
  }

  /**
   * Returns the currency the metric counts in, when its unit is a currency code such as {@code
   * "USD"}: the metric is money already (revenue, cost to serve, cost per contact).
   *
   * @return the currency of the unit, if the unit is one
   */
  public final Optional<Currency> moneyUnit() {
    String unit = unit();
    if (unit.length() != 3) {
      return Optional.empty();
    }
    for (int i = 0; i < 3; i++) {
      char c = unit.charAt(i);
      if (c < 'A' || c > 'Z') {
        return Optional.empty();
      }
    }
    try {
      return Optional.of(Currency.getInstance(unit));
    } catch (IllegalArgumentException notACurrency) {
      return Optional.empty();
    }
  }

  /**
   * Tells whether the metric counts business outcomes that add up, in a unit that is not money: net
   * new customers, orders, calls deflected, hires. Only such a metric can carry a value per unit; a
   * level, an average, a score or a ratio (cost per contact, satisfaction, days to hire) cannot,
   * and a metric counted in money is worth its own amount.
   *
   * @return true for a summed business outcome whose unit is not a currency
   */
  public final boolean isCountable() {
    return kind() == MetricKind.BUSINESS_OUTCOME
        && aggregation() == Aggregation.SUM
        && moneyUnit().isEmpty();
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
   * Returns a builder holding this metric's values, to change some of them and build another
   * metric.
   *
   * @return a new builder, filled from this metric
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
   * Builds a {@link Metric}; the id, name, unit and kind are required. A method named after a list
   * or a map sets all of it, replacing what was there; a method whose name starts with {@code add}
   * or {@code put} adds to it. Not thread-safe.
   */
  public static final class Builder {
    private static final RequiredAttributes REQUIRED =
        RequiredAttributes.of(
            "a metric", "id", "an id", "name", "a name", "unit", "a unit", "kind", "a kind");

    private final ImmutableMetric.Builder values = new ImmutableMetric.Builder();
    private MetricId id;

    Builder() {}

    /**
     * Copies the values of a metric into this builder: each single value replaces the builder's, an
     * empty optional value leaves the builder's as it is, and list elements and map entries are
     * added to the builder's.
     *
     * @param instance the metric to copy
     * @return this builder
     */
    public Builder from(Metric instance) {
      values.from(instance);
      id = instance.id();
      return this;
    }

    /**
     * Sets the metric's id.
     *
     * @param id the id
     * @return this builder
     */
    public Builder id(MetricId id) {
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
      return id(MetricId.of(id));
    }

    /**
     * Sets the metric's name, such as {@code "Net new customers"}.
     *
     * @param name the name
     * @return this builder
     */
    public Builder name(String name) {
      values.name(name);
      return this;
    }

    /**
     * Sets what one unit of the metric counts, such as {@code "customers"} or {@code "USD"}.
     *
     * @param unit the unit
     * @return this builder
     */
    public Builder unit(String unit) {
      values.unit(unit);
      return this;
    }

    /**
     * Sets what the metric can show: vanity, engagement or a business outcome.
     *
     * @param kind the kind
     * @return this builder
     */
    public Builder kind(MetricKind kind) {
      values.kind(kind);
      return this;
    }

    /**
     * Sets how observations over several periods add up; without it, {@link Aggregation#LATEST}.
     *
     * @param aggregation the aggregation
     * @return this builder
     */
    public Builder aggregation(Aggregation aggregation) {
      values.aggregation(aggregation);
      return this;
    }

    /**
     * Sets what one unit is worth to the business, such as 85.00 USD per net new customer.
     *
     * @param valuePerUnit the value of one unit
     * @return this builder
     */
    public Builder valuePerUnit(Money valuePerUnit) {
      values.valuePerUnit(valuePerUnit);
      return this;
    }

    /**
     * Sets what one unit is worth to the business; empty clears it.
     *
     * @param valuePerUnit the value of one unit, or empty for none
     * @return this builder
     */
    public Builder valuePerUnit(Optional<? extends Money> valuePerUnit) {
      values.valuePerUnit(valuePerUnit);
      return this;
    }

    /**
     * Sets a description of how the metric is measured.
     *
     * @param description the description
     * @return this builder
     */
    public Builder description(String description) {
      values.description(description);
      return this;
    }

    /**
     * Sets a description of how the metric is measured; empty clears it.
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
     * Builds the metric.
     *
     * @return the metric
     * @throws MissingAttributesException if the id, the name, the unit or the kind is not set
     */
    public Metric build() {
      return REQUIRED.build(values::build, id);
    }
  }
}
