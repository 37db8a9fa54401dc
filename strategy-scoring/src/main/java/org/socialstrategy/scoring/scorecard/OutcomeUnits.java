package org.socialstrategy.scoring.scorecard;

import java.math.BigDecimal;
import java.util.Optional;
import org.socialstrategy.model.MetricId;
import org.socialstrategy.model.Money;

/**
 * The units of one business outcome a tactic produced, what they are worth, and what each cost.
 *
 * @param metric the outcome metric
 * @param unit what one unit counts
 * @param units how many units, aggregated as the metric says from the tactic's observations
 * @param valuePerUnit what one unit is worth, if the metric says
 * @param value {@code units * valuePerUnit}, exact
 * @param costPerUnit the tactic's cost over the units, to the cost's scale (at least two decimals),
 *     half to even; empty without a cost or units
 */
public record OutcomeUnits(
    MetricId metric,
    String unit,
    BigDecimal units,
    Optional<Money> valuePerUnit,
    Optional<Money> value,
    Optional<Money> costPerUnit) {}
