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
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link Objective}; {@code metric}, {@code baseline}, {@code target} and {@code due}
   * are required.
   */
  public static final class Builder extends ImmutableObjective.Builder {
    Builder() {}

    /**
     * Sets the metric from its id's text.
     *
     * @param metric the metric's id
     * @return this builder
     */
    public Builder metric(String metric) {
      return metric(MetricId.of(metric));
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
     * Sets a whole-number target.
     *
     * @param target where the metric should be by the due date
     * @return this builder
     */
    public Builder target(long target) {
      return target(BigDecimal.valueOf(target));
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
  }
}
