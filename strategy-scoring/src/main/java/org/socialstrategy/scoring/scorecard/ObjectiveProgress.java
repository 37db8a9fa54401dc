package org.socialstrategy.scoring.scorecard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.socialstrategy.model.Aggregation;
import org.socialstrategy.model.Direction;
import org.socialstrategy.model.GoalId;
import org.socialstrategy.model.MetricId;

/**
 * How far one objective has come, from its observations, at the as-of date.
 *
 * <p>The objective's window runs from its baseline date to its due date; without a baseline date,
 * from the first day of the year up to the due date or, when earlier, the start of the first window
 * of the tactics that serve its goal and track its metric. Observations of its metric whose periods
 * lie in the window and end by the as-of date count: strategy-wide ones when there are any,
 * otherwise the tactics' ones added up per period. The actual value aggregates them as the metric
 * says (latest level, sum of a flow, average of a rate). The forecast extends the pace so far to
 * the due date in a straight line. See {@code docs/scoring.md} for the exact formulas; ratios have
 * four decimals, the grade two, both rounded as stated there.
 *
 * @param goal the goal the objective quantifies
 * @param objective the objective's position among the goal's objectives
 * @param metric the metric it moves
 * @param aggregation how the metric's observations add up
 * @param direction which way the metric should move
 * @param baseline where the metric started
 * @param target where it should be by the due date
 * @param stretch the stretch target, if any
 * @param start the first day of the window
 * @param due the due date, the last day of the window
 * @param observations how many observations counted
 * @param actual the metric's value so far
 * @param measuredThrough the end of the last period observed
 * @param shareAchieved the share of the target achieved so far (see the formulas)
 * @param forecast the value expected at the due date at the current pace
 * @param projectedShare the share of the planned change the forecast reaches by the due date
 * @param status where the objective stands
 * @param grade an OKR-style grade from 0.0 to 1.0: the share achieved, or with a stretch target 0.7
 *     at the target and 1.0 at the stretch
 */
public record ObjectiveProgress(
    GoalId goal,
    int objective,
    MetricId metric,
    Aggregation aggregation,
    Direction direction,
    BigDecimal baseline,
    BigDecimal target,
    Optional<BigDecimal> stretch,
    LocalDate start,
    LocalDate due,
    int observations,
    Optional<BigDecimal> actual,
    Optional<LocalDate> measuredThrough,
    Optional<BigDecimal> shareAchieved,
    Optional<BigDecimal> forecast,
    Optional<BigDecimal> projectedShare,
    ProgressStatus status,
    BigDecimal grade) {}
