package org.socialstrategy.scoring.scorecard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.socialstrategy.model.Channel;
import org.socialstrategy.model.DateRange;
import org.socialstrategy.model.Money;
import org.socialstrategy.model.TacticId;

/**
 * The return on one tactic at the as-of date: the outcome value attributed to it (its observations
 * times each countable outcome's value per unit), minus the cost incurred by that date, over that
 * cost. A tactic's cost is spent over its time window, so a return part way through the window sets
 * the cost incurred so far (pro rata by days) against the returns so far, and projects the whole
 * window from the run rate; once the window is over, the whole cost against every return. When the
 * return cannot be computed, the gaps say why. Social and offline tactics are ranked alike.
 *
 * @param tactic the tactic
 * @param name its name
 * @param channel where it runs
 * @param cost what it costs over its whole window
 * @param window when it runs, if known
 * @param basis which cost the return is set against
 * @param costToDate the cost incurred by the as-of date: pro rata by days of the window, to the
 *     cost's scale (at least two decimals), half to even; the whole cost once the window is over or
 *     without a window; zero before the window starts
 * @param outcomes the units of each business outcome it tracks
 * @param value the outcome value to date, exact, when a valued outcome was observed
 * @param net {@code value - costToDate}, exact
 * @param roi {@code (value - costToDate) / costToDate}, four decimals, half to even
 * @param projectedValue while the window runs: the value at the run rate over the whole window,
 *     {@code value * windowDays / measuredDays}, to the value's scale (at least two decimals), half
 *     to even
 * @param projectedRoi while the window runs: {@code (projectedValue - cost) / cost}, four decimals,
 *     half to even
 * @param rank 1 for the best return; empty when the return cannot be computed
 * @param gaps why the return cannot be computed; empty when it can
 */
public record TacticRoi(
    TacticId tactic,
    String name,
    Channel channel,
    Optional<Money> cost,
    Optional<DateRange> window,
    RoiBasis basis,
    Optional<Money> costToDate,
    List<OutcomeUnits> outcomes,
    Optional<Money> value,
    Optional<Money> net,
    Optional<BigDecimal> roi,
    Optional<Money> projectedValue,
    Optional<BigDecimal> projectedRoi,
    OptionalInt rank,
    List<RoiGap> gaps) {

  /**
   * Copies the lists.
   *
   * @param tactic the tactic
   * @param name its name
   * @param channel where it runs
   * @param cost what it costs over its whole window
   * @param window when it runs, if known
   * @param basis which cost the return is set against
   * @param costToDate the cost incurred by the as-of date
   * @param outcomes the units of each business outcome it tracks
   * @param value the outcome value to date, exact, when a valued outcome was observed
   * @param net {@code value - costToDate}, exact
   * @param roi {@code (value - costToDate) / costToDate}, four decimals, half to even
   * @param projectedValue while the window runs: the value at the run rate over the whole window
   * @param projectedRoi while the window runs: {@code (projectedValue - cost) / cost}
   * @param rank 1 for the best return; empty when the return cannot be computed
   * @param gaps why the return cannot be computed; empty when it can
   */
  public TacticRoi {
    outcomes = List.copyOf(outcomes);
    gaps = List.copyOf(gaps);
  }

  /**
   * Tells whether the return could be computed.
   *
   * @return true when there are no gaps
   */
  public boolean computable() {
    return gaps.isEmpty();
  }

  /**
   * Tells whether the return is a loss: the outcome value to date is below the cost to date.
   *
   * @return true for a computed, negative return
   */
  public boolean isLoss() {
    return roi.map(r -> r.signum() < 0).orElse(false);
  }

  /**
   * Returns why the return cannot be computed, in words: "no return: it has no cost and no outcome
   * has been observed for it".
   *
   * @return the explanation, or an empty text when the return is computed
   */
  public String explanation() {
    return gaps.isEmpty()
        ? ""
        : "no return: " + gaps.stream().map(RoiGap::reason).collect(Collectors.joining(" and "));
  }

  /**
   * Returns the return as people read it, signed when negative: {@code 124.5%}, {@code -29.2%}.
   *
   * @return the return as a percentage with one decimal, half up, or an empty text
   */
  public String roiPercent() {
    return roi.map(TacticRoi::percent).orElse("");
  }

  /**
   * Returns the projected return for the whole window as people read it: {@code 58.0%}.
   *
   * @return the projection as a percentage with one decimal, half up, or an empty text
   */
  public String projectedRoiPercent() {
    return projectedRoi.map(TacticRoi::percent).orElse("");
  }

  private static String percent(BigDecimal ratio) {
    return ratio.movePointRight(2).setScale(1, RoundingMode.HALF_UP) + "%";
  }
}
