package org.socialstrategy.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Quantifies a business goal: a metric moved from a baseline to a target by a due date, like a key
 * result. Whether higher or lower is better follows from baseline and target; an optional stretch
 * target lies beyond the target in that direction.
 */
@Value.Immutable
public abstract class Objective {

  Objective() {}

  /**
   * Returns the metric the objective moves.
   *
   * @return the metric's id
   */
  public abstract MetricId metric();

  /**
   * Returns where the metric stands when the objective is set.
   *
   * @return the baseline
   */
  public abstract BigDecimal baseline();

  /**
   * Returns where the metric should be by the due date (the commitment).
   *
   * @return the target
   */
  public abstract BigDecimal target();

  /**
   * Returns an ambitious target beyond {@link #target()}.
   *
   * @return the stretch target, if set
   */
  public abstract Optional<BigDecimal> stretch();

  /**
   * Returns the day the baseline was measured, from which progress is forecast.
   *
   * @return the baseline's date, if known
   */
  public abstract Optional<LocalDate> baselineDate();

  /**
   * Returns the day by which the target is due.
   *
   * @return the due date
   */
  public abstract LocalDate due();

  /**
   * Returns a short statement of the objective, e.g. "Net new customers acquired through Facebook".
   *
   * @return the statement, if given
   */
  public abstract Optional<String> statement();

  /**
   * Returns which way the objective moves its metric, from the baseline to the target.
   *
   * @return the direction
   */
  public final Direction direction() {
    return Direction.between(baseline(), target());
  }

  /**
   * Returns an objective with whole-number baseline and target.
   *
   * @param metric the id of the metric it moves
   * @param baseline where the metric starts
   * @param target where it should be by the due date
   * @param due the due date
   * @return the objective
   */
  public static Objective of(String metric, long baseline, long target, LocalDate due) {
    return of(MetricId.of(metric), BigDecimal.valueOf(baseline), BigDecimal.valueOf(target), due);
  }

  /**
   * Returns an objective.
   *
   * @param metric the metric it moves
   * @param baseline where the metric starts
   * @param target where it should be by the due date
   * @param due the due date
   * @return the objective
   */
  public static Objective of(
      MetricId metric, BigDecimal baseline, BigDecimal target, LocalDate due) {
    return builder().metric(metric).baseline(baseline).target(target).due(due).build();
  }

  /**
   * Returns a builder holding this objective's values, to change some of them and build another
   * objective.
   *
   * @return a new builder, filled from this objective
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
   * Builds an {@link Objective}; the metric, baseline, target and due date are required. A method
   * named after a list or a map sets all of it, replacing what was there; a method whose name
   * starts with {@code add} or {@code put} adds to it. Not thread-safe.
   */
  public static final class Builder {
    private static final RequiredAttributes REQUIRED =
        RequiredAttributes.of(
            "an objective",
            "metric",
            "a metric",
            "baseline",
            "a baseline",
            "target",
            "a target",
            "due",
            "a due date");

    private final ImmutableObjective.Builder values = new ImmutableObjective.Builder();

    Builder() {}

    /**
     * Copies the values of an objective into this builder: each single value replaces the
     * builder's, an empty optional value leaves the builder's as it is, and list elements and map
     * entries are added to the builder's.
     *
     * @param instance the objective to copy
     * @return this builder
     */
    public Builder from(Objective instance) {
      values.from(instance);
      return this;
    }

    /**
     * Sets the metric the objective moves.
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
     * Sets where the metric stands when the objective is set.
     *
     * @param baseline the baseline
     * @return this builder
     */
    public Builder baseline(BigDecimal baseline) {
      values.baseline(baseline);
      return this;
    }

    /**
     * Sets a whole-number baseline.
     *
     * @param baseline where the metric starts
     * @return this builder
     */
    public Builder baseline(long baseline) {
      return baseline(BigDecimal.valueOf(baseline));
    }

    /**
     * Sets where the metric should be by the due date (the commitment).
     *
     * @param target the target
     * @return this builder
     */
    public Builder target(BigDecimal target) {
      values.target(target);
      return this;
    }

    /**
     * Sets a whole-number target.
     *
     * @param target where the metric should be by the due date
     * @return this builder
     */
    public Builder target(long target) {
      return target(BigDecimal.valueOf(target));
    }

    /**
     * Sets an ambitious target beyond the target.
     *
     * @param stretch the stretch target
     * @return this builder
     */
    public Builder stretch(BigDecimal stretch) {
      values.stretch(stretch);
      return this;
    }

    /**
     * Sets an ambitious target beyond the target; empty clears it.
     *
     * @param stretch the stretch target, or empty for none
     * @return this builder
     */
    public Builder stretch(Optional<? extends BigDecimal> stretch) {
      values.stretch(stretch);
      return this;
    }

    /**
     * Sets a whole-number stretch target.
     *
     * @param stretch the ambitious target beyond the target
     * @return this builder
     */
    public Builder stretch(long stretch) {
      return stretch(BigDecimal.valueOf(stretch));
    }

    /**
     * Sets the day the baseline was measured, from which progress is forecast.
     *
     * @param baselineDate the baseline's date
     * @return this builder
     */
    public Builder baselineDate(LocalDate baselineDate) {
      values.baselineDate(baselineDate);
      return this;
    }

    /**
     * Sets the day the baseline was measured, from which progress is forecast; empty clears it.
     *
     * @param baselineDate the baseline's date, or empty for none
     * @return this builder
     */
    public Builder baselineDate(Optional<? extends LocalDate> baselineDate) {
      values.baselineDate(baselineDate);
      return this;
    }

    /**
     * Sets the day by which the target is due.
     *
     * @param due the due date
     * @return this builder
     */
    public Builder due(LocalDate due) {
      values.due(due);
      return this;
    }

    /**
     * Sets a short statement of the objective, such as "Net new customers acquired through
     * Facebook".
     *
     * @param statement the statement
     * @return this builder
     */
    public Builder statement(String statement) {
      values.statement(statement);
      return this;
    }

    /**
     * Sets a short statement of the objective; empty clears it.
     *
     * @param statement the statement, or empty for none
     * @return this builder
     */
    public Builder statement(Optional<String> statement) {
      values.statement(statement);
      return this;
    }

    /**
     * Builds the objective.
     *
     * @return the objective
     * @throws MissingAttributesException if the metric, the baseline, the target or the due date is
     *     not set
     */
    public Objective build() {
      return REQUIRED.build(values::build);
    }
  }
}
