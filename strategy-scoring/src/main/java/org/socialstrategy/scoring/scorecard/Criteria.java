package org.socialstrategy.scoring.scorecard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.socialstrategy.scoring.SuccessFactor;
import org.socialstrategy.scoring.validation.Finding;

/**
 * Collects the weighted criteria of one score and turns them into a {@link FactorScore}. A
 * criterion with nothing to judge is not applicable: its weight leaves the score, and the evidence
 * says so, rather than counting it as met or as missing.
 */
final class Criteria {

  private final List<String> evidence = new ArrayList<>();
  private final List<String> missing = new ArrayList<>();
  private final List<String> notApplicable = new ArrayList<>();
  private BigDecimal earned = BigDecimal.ZERO;
  private int total;

  /** A yes-or-no criterion. */
  Criteria check(int weight, boolean met, String evidenceText, String missingText) {
    total += weight;
    if (met) {
      earned = earned.add(BigDecimal.valueOf(weight));
      evidence.add(evidenceText);
    } else {
      missing.add(missingText);
    }
    return this;
  }

  /**
   * A share criterion: {@code part} of {@code whole} things are as they should be, written as
   * {@code "goals with a measurable objective: 2 of 3"}. With nothing to judge ({@code whole == 0})
   * it is not applicable, for the reason {@code none} gives.
   */
  Criteria share(int weight, long part, long whole, String good, String bad, String none) {
    if (whole == 0) {
      notApplicable.add(none);
      return this;
    }
    total += weight;
    earned =
        earned.add(
            BigDecimal.valueOf(weight)
                .multiply(Ratios.ratio(BigDecimal.valueOf(part), BigDecimal.valueOf(whole))));
    if (part > 0) {
      evidence.add(good + ": " + part + " of " + whole);
    }
    if (part < whole) {
      missing.add(bad + ": " + (whole - part) + " of " + whole);
    }
    return this;
  }

  /** A criterion met in part, by a share already computed in [0, 1]. */
  Criteria fraction(int weight, double met, String evidenceText, String missingText) {
    total += weight;
    BigDecimal share = Ratios.clamp(BigDecimal.valueOf(met));
    earned = earned.add(BigDecimal.valueOf(weight).multiply(share));
    if (share.signum() > 0) {
      evidence.add(evidenceText);
    }
    if (share.compareTo(BigDecimal.ONE) < 0) {
      missing.add(missingText);
    }
    return this;
  }

  /**
   * Criteria that cannot be judged because something they look at is absent, said once: {@code "its
   * horizon and what customers gain: not applicable without a vision"}.
   */
  Criteria notApplicable(String why, String... what) {
    notApplicable.add(Plurals.words(List.of(what)) + ": not applicable " + why);
    return this;
  }

  /** The score, 0 to 100, rounded half up; empty when no criterion applies. */
  OptionalInt score() {
    return total == 0
        ? OptionalInt.empty()
        : OptionalInt.of(
            earned
                .multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(total), 0, RoundingMode.HALF_UP)
                .intValue());
  }

  FactorScore toScore(SuccessFactor factor, List<Finding> findings) {
    return new FactorScore(factor, score(), evidence, missing, notApplicable, findings);
  }
}
