package org.socialstrategy.scoring.scorecard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.socialstrategy.scoring.SuccessFactor;
import org.socialstrategy.scoring.validation.Finding;

/** Collects the weighted criteria of one score and turns them into a {@link FactorScore}. */
final class Criteria {

  private final List<String> evidence = new ArrayList<>();
  private final List<String> missing = new ArrayList<>();
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
   * A share criterion: {@code part} of {@code whole} things are as they should be. With nothing to
   * judge ({@code whole == 0}) it counts as {@code vacuous} says, stating {@code none}.
   */
  Criteria share(
      int weight, long part, long whole, String good, String bad, boolean vacuous, String none) {
    total += weight;
    if (whole == 0) {
      if (vacuous) {
        earned = earned.add(BigDecimal.valueOf(weight));
        evidence.add(none);
      } else {
        missing.add(none);
      }
      return this;
    }
    earned =
        earned.add(
            BigDecimal.valueOf(weight)
                .multiply(Ratios.ratio(BigDecimal.valueOf(part), BigDecimal.valueOf(whole))));
    if (part > 0) {
      evidence.add(part + " of " + whole + " " + good);
    }
    if (part < whole) {
      missing.add((whole - part) + " of " + whole + " " + bad);
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

  /** The score, 0 to 100, rounded half up. */
  int score() {
    return total == 0
        ? 0
        : earned
            .multiply(BigDecimal.valueOf(100))
            .divide(BigDecimal.valueOf(total), 0, RoundingMode.HALF_UP)
            .intValue();
  }

  FactorScore toScore(SuccessFactor factor, List<Finding> findings) {
    return new FactorScore(factor, score(), evidence, missing, findings);
  }
}
