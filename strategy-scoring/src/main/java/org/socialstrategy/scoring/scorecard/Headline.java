package org.socialstrategy.scoring.scorecard;

import java.util.List;
import java.util.OptionalInt;

/**
 * One of the two figures a scorecard leads with, kept apart: the {@linkplain PlanScore plan} (how
 * complete and aligned the strategy is) and the {@linkplain ResultsScore results} (what it
 * achieves). Each is 0 to 100 with the evidence that counted; results may be not measured.
 */
public sealed interface Headline permits PlanScore, ResultsScore {

  /**
   * Returns the figure's name for people: {@code "plan"} or {@code "results"}.
   *
   * @return the name
   */
  String title();

  /**
   * Returns the figure, 0 to 100.
   *
   * @return the score; empty when nothing could be measured
   */
  OptionalInt score();

  /**
   * Returns what counted, one statement each, the formula with its figures last.
   *
   * @return the evidence
   */
  List<String> evidence();

  /**
   * Tells whether the figure has a score.
   *
   * @return true when measured
   */
  default boolean measured() {
    return score().isPresent();
  }

  /**
   * Returns the figure as people read it: {@code "72/100"}, or {@code "not measured"}.
   *
   * @return the figure in words
   */
  default String display() {
    return score().isPresent() ? score().getAsInt() + "/100" : "not measured";
  }
}
