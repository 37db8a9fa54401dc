package org.socialstrategy.model;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A measured value of a metric for a period, optionally for one tactic: how actual results reach
 * objectives and ROI.
 */
@Value.Immutable
public abstract class Observation {

  Observation() {}

  /**
   * Returns the metric measured.
   *
   * @return the metric's id
   */
  public abstract MetricId metric();

  /**
   * Returns the tactic the value is attributed to.
   *
   * @return the tactic's id, if the value belongs to one tactic
   */
  public abstract Optional<TacticId> tactic();

  /**
   * Returns the period the value covers.
   *
   * @return the period
   */
  public abstract DateRange period();

  /**
   * Returns the measured value.
   *
   * @return the value
   */
  public abstract BigDecimal value();

  /**
   * Returns where the value comes from, when that is worth telling apart: an analytics export, a
   * survey, or an attribution model ({@code attribution markov(order=2)}), so that reports can say
   * how a figure was reached and a rerun can replace what an earlier run added.
   *
   * @return the source, in words, if one is recorded
   */
  public abstract Optional<String> source();

  /**
   * Returns an observation of a metric for the whole strategy.
   *
   * @param metric the metric's id
   * @param period the period measured
   * @param value the value
   * @return the observation
   */
  public static Observation of(String metric, DateRange period, BigDecimal value) {
    return builder().metric(MetricId.of(metric)).period(period).value(value).build();
  }

  /**
   * Returns an observation of a metric for one tactic.
   *
   * @param metric the metric's id
   * @param tactic the tactic's id
   * @param period the period measured
   * @param value the value
   * @return the observation
   */
  public static Observation of(String metric, String tactic, DateRange period, BigDecimal value) {
    return builder()
        .metric(MetricId.of(metric))
        .tactic(TacticId.of(tactic))
        .period(period)
        .value(value)
        .build();
  }

  /**
   * Returns a builder holding this observation's values, to change some of them and build another
   * observation.
   *
   * @return a new builder, filled from this observation
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
   * Builds an {@link Observation}; the metric, period and value are required. A method named after
   * a list or a map sets all of it, replacing what was there; a method whose name starts with
   * {@code add} or {@code put} adds to it. Not thread-safe.
   */
  public static final class Builder {
    private static final RequiredAttributes REQUIRED =
        RequiredAttributes.of(
            "an observation", "metric", "a metric", "period", "a period", "value", "a value");

    private final ImmutableObservation.Builder values = new ImmutableObservation.Builder();

    Builder() {}

    /**
     * Copies the values of an observation into this builder: each single value replaces the
     * builder's, an empty optional value leaves the builder's as it is, and list elements and map
     * entries are added to the builder's.
     *
     * @param instance the observation to copy
     * @return this builder
     */
    public Builder from(Observation instance) {
      values.from(instance);
      return this;
    }

    /**
     * Sets the metric measured.
     *
     * @param metric the metric's id
     * @return this builder
     */
    public Builder metric(MetricId metric) {
      values.metric(metric);
      return this;
    }

    /**
     * Sets the metric from the id's text.
     *
     * @param metric the metric id's text
     * @return this builder
     */
    public Builder metric(String metric) {
      return metric(MetricId.of(metric));
    }

    /**
     * Sets the tactic the value is attributed to.
     *
     * @param tactic the tactic's id
     * @return this builder
     */
    public Builder tactic(TacticId tactic) {
      values.tactic(tactic);
      return this;
    }

    /**
     * Sets the tactic the value is attributed to; empty clears it.
     *
     * @param tactic the tactic's id, or empty for none
     * @return this builder
     */
    public Builder tactic(Optional<? extends TacticId> tactic) {
      values.tactic(tactic);
      return this;
    }

    /**
     * Sets the tactic from the id's text.
     *
     * @param tactic the tactic id's text
     * @return this builder
     */
    public Builder tactic(String tactic) {
      return tactic(TacticId.of(tactic));
    }

    /**
     * Sets the period the value covers.
     *
     * @param period the period
     * @return this builder
     */
    public Builder period(DateRange period) {
      values.period(period);
      return this;
    }

    /**
     * Sets the measured value.
     *
     * @param value the value
     * @return this builder
     */
    public Builder value(BigDecimal value) {
      values.value(value);
      return this;
    }

    /**
     * Sets where the value comes from, such as an analytics export or an attribution model.
     *
     * @param source the source, in words
     * @return this builder
     */
    public Builder source(String source) {
      values.source(source);
      return this;
    }

    /**
     * Sets where the value comes from; empty clears it.
     *
     * @param source the source, in words, or empty for none
     * @return this builder
     */
    public Builder source(Optional<String> source) {
      values.source(source);
      return this;
    }

    /**
     * Builds the observation.
     *
     * @return the observation
     * @throws MissingAttributesException if the metric, the period or the value is not set
     */
    public Observation build() {
      return REQUIRED.build(values::build);
    }
  }
}
