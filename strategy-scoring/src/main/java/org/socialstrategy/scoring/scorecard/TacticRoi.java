package org.socialstrategy.scoring.scorecard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.socialstrategy.model.Channel;
import org.socialstrategy.model.Money;
import org.socialstrategy.model.TacticId;

/**
 * The return on one tactic: the outcome value attributed to it (its observations times each outcome
 * metric's value per unit), minus its cost, over its cost. When it cannot be computed, the gaps say
 * why. Social and offline tactics are ranked alike.
 *
 * @param tactic the tactic
 * @param name its name
 * @param channel where it runs
 * @param cost what it costs
 * @param outcomes the units of each business outcome it tracks
 * @param value the outcome value, exact, when any outcome has a value per unit and was observed
 * @param net {@code value - cost}, exact
 * @param roi {@code (value - cost) / cost}, four decimals, half to even
 * @param rank 1 for the best return; empty when the return cannot be computed
 * @param gaps why the return cannot be computed; empty when it can
 */
public record TacticRoi(
    TacticId tactic,
    String name,
    Channel channel,
    Optional<Money> cost,
    List<OutcomeUnits> outcomes,
    Optional<Money> value,
    Optional<Money> net,
    Optional<BigDecimal> roi,
    OptionalInt rank,
    List<RoiGap> gaps) {

  /**
   * Copies the lists.
   *
   * @param tactic the tactic
   * @param name its name
   * @param channel where it runs
   * @param cost what it costs
   * @param outcomes the units of each business outcome it tracks
   * @param value the outcome value, exact, when any outcome has a value per unit and was observed
   * @param net {@code value - cost}, exact
   * @param roi {@code (value - cost) / cost}, four decimals, half to even
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
   * Returns a returned-to-cost figure as people read it: {@code 124.5%}.
   *
   * @return the return as a percentage with one decimal, or an empty text
   */
  public String roiPercent() {
    return roi.map(r -> r.movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP) + "%")
        .orElse("");
  }
}
