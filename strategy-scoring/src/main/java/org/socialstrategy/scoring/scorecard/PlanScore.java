package org.socialstrategy.scoring.scorecard;

import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalInt;

/**
 * How complete and aligned a strategy is: the seven success factors, counted only as far as the
 * money follows them.
 *
 * <p>{@code plan = round_half_up(completeness * alignedShare)}, where {@code completeness} is the
 * mean of the factors that have a score (two decimals, half up) and {@code alignedShare} the share
 * of tactic spend that goes to aligned tactics (by count when no tactic has a cost, 1 without
 * tactics; four decimals, half to even). {@code docs/scoring.md} gives every criterion.
 *
 * @param score the plan figure, 0 to 100; always present
 * @param completeness the mean of the scored success factors, 0 to 100, two decimals
 * @param alignedShare the share of spend on aligned tactics, 0 to 1, four decimals
 * @param factorsScored how many of the seven factors have a score
 * @param evidence what counted, the formula with its figures last
 */
public record PlanScore(
    OptionalInt score,
    BigDecimal completeness,
    BigDecimal alignedShare,
    int factorsScored,
    List<String> evidence)
    implements Headline {

  /**
   * Copies the evidence.
   *
   * @param score the plan figure, 0 to 100; always present
   * @param completeness the mean of the scored success factors, 0 to 100, two decimals
   * @param alignedShare the share of spend on aligned tactics, 0 to 1, four decimals
   * @param factorsScored how many of the seven factors have a score
   * @param evidence what counted, the formula with its figures last
   */
  public PlanScore {
    evidence = List.copyOf(evidence);
  }

  /**
   * Returns {@code "plan"}.
   *
   * @return the name
   */
  @Override
  public String title() {
    return "plan";
  }
}
