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
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link Observation}; {@code metric}, {@code period} and {@code value} are required.
   */
  public static final class Builder extends ImmutableObservation.Builder {
    Builder() {}
  }
}
