package org.socialstrategy.scoring.scorecard;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The arithmetic of shares, scores and percentages, with its rounding in one place. */
final class Ratios {

  /** Ratios (shares, ROI, progress) keep four decimals, rounded half to even. */
  static final int RATIO_SCALE = 4;

  private Ratios() {}

  /** Returns {@code part / whole} to {@value #RATIO_SCALE} decimals, or zero for an empty whole. */
  static double share(long part, long whole) {
    return whole == 0
        ? 0
        : ratio(BigDecimal.valueOf(part), BigDecimal.valueOf(whole)).doubleValue();
  }

  /** Returns {@code a / b} to {@value #RATIO_SCALE} decimals, half to even. */
  static BigDecimal ratio(BigDecimal a, BigDecimal b) {
    return a.divide(b, RATIO_SCALE, RoundingMode.HALF_EVEN);
  }

  /** Returns a share of 0..1 as a whole percentage, half up: 0.345 is 35. */
  static int percent(double share) {
    return BigDecimal.valueOf(share).movePointRight(2).setScale(0, RoundingMode.HALF_UP).intValue();
  }

  /** Clamps to [0, 1]. */
  static BigDecimal clamp(BigDecimal value) {
    if (value.signum() < 0) {
      return BigDecimal.ZERO;
    }
    return value.compareTo(BigDecimal.ONE) > 0 ? BigDecimal.ONE : value;
  }
}
