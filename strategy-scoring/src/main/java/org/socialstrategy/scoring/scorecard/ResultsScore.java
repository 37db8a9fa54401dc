package org.socialstrategy.scoring.scorecard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a strategy achieves at the as-of date: the progress of its objectives, weighted by goal
 * weight, and the returns of its tactics, weighted by spend.
 *
 * <p>{@code results = round_half_up(100 * mean(progress, returns))} over the parts that are
 * measured: {@code progress} is the goal-weighted mean over measured objectives of 1 when achieved,
 * the share achieved once due, and the share projected for the due date before; {@code returns} is
 * the mean over tactics with a computed return, weighted by their cost to date, of {@code
 * clamp((roi + 1) / 2, 0, 1)}: a loss of everything scores 0, breaking even 0.5, returning twice
 * the cost or more 1. With neither part measured, results are not measured, and {@link
 * #measureFirst()} says what to measure first. {@code docs/scoring.md} gives every rounding.
 *
 * @param score the results figure, 0 to 100; empty when nothing is measured
 * @param progress the objectives' part, 0 to 1, four decimals; empty when no objective is measured
 * @param returns the returns' part, 0 to 1, four decimals; empty when no return is computed
 * @param evidence what counted, the formula with its figures last
 * @param measureFirst what to measure first: the heaviest objectives and the costliest tactics that
 *     have no measure yet; empty when everything is measured
 */
public record ResultsScore(
    OptionalInt score,
    Optional<BigDecimal> progress,
    Optional<BigDecimal> returns,
    List<String> evidence,
    List<String> measureFirst)
    implements Headline {

  /**
   * Copies the lists.
   *
   * @param score the results figure, 0 to 100; empty when nothing is measured
   * @param progress the objectives' part, 0 to 1, four decimals; empty when no objective is
   *     measured
   * @param returns the returns' part, 0 to 1, four decimals; empty when no return is computed
   * @param evidence what counted, the formula with its figures last
   * @param measureFirst what to measure first
   */
  public ResultsScore {
    evidence = List.copyOf(evidence);
    measureFirst = List.copyOf(measureFirst);
  }

  /**
   * Returns {@code "results"}.
   *
   * @return the name
   */
  @Override
  public String title() {
    return "results";
  }
}
