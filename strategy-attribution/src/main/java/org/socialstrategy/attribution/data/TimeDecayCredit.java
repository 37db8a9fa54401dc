package org.socialstrategy.attribution.data;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;

/**
 * The time decay credit of one touchpoint key: the share of conversions and of their value it
 * earned, as exact decimals.
 *
 * <p>Each conversion's shares are fixed while journeys stream: a touch {@code t} before a
 * conversion at {@code c} weighs {@code 2^(-(c - t) / halfLife)}; the weights are normalized to one
 * conversion and rounded to {@link #UNITS_PER_CONVERSION} units by largest remainder, so each
 * conversion hands out exactly one conversion and exactly its value. Sums of such credits are exact
 * and do not depend on the order they are added in.
 */
public final class TimeDecayCredit {

  /** The units one conversion is split into: 10^9, credits are exact to 9 decimals. */
  public static final long UNITS_PER_CONVERSION = 1_000_000_000L;

  static final int SCALE = 9;

  private final long units;
  private final BigDecimal value;

  TimeDecayCredit(long units, BigDecimal value) {
    this.units = units;
    this.value = value;
  }

  /**
   * Returns the conversions credited.
   *
   * @return the credit, exact to 9 decimals
   */
  public BigDecimal conversions() {
    return BigDecimal.valueOf(units, SCALE);
  }

  /**
   * Returns the conversions credited, in units of 10^-9 conversions.
   *
   * @return the units
   */
  public long units() {
    return units;
  }

  /**
   * Returns the conversion value credited.
   *
   * @return the value, exact
   */
  public BigDecimal value() {
    return value;
  }

  /**
   * Splits one conversion among the touches of its path into {@link #UNITS_PER_CONVERSION} units,
   * as aggregation does: a touch at {@code t} weighs {@code 2^(-(last - t) / halfLife)}, {@code
   * last} the path's last touch (the same shares as from the conversion's time), and the units are
   * rounded by largest remainder so they add up exactly.
   *
   * @param touchMillis the times of the path's touches in path order, in epoch milliseconds; at
   *     least one
   * @param halfLife the half-life, positive
   * @return the units of each touch, adding up to {@link #UNITS_PER_CONVERSION}
   * @throws IllegalArgumentException if there is no touch or the half-life is not positive
   */
  public static long[] split(long[] touchMillis, Duration halfLife) {
    if (touchMillis.length == 0) {
      throw new IllegalArgumentException("a conversion's path has at least one touch");
    }
    if (halfLife.isNegative() || halfLife.isZero()) {
      throw new IllegalArgumentException("time decay half-life must be positive: " + halfLife);
    }
    long[] units = new long[touchMillis.length];
    split(
        touchMillis,
        touchMillis.length,
        halfLife.toMillis(),
        new double[touchMillis.length],
        units);
    return units;
  }

  /**
   * Splits one conversion among the first {@code steps} touches into {@code units}, using {@code
   * weights} as scratch.
   */
  static void split(
      long[] times, int steps, double halfLifeMillis, double[] weights, long[] units) {
    long latest = times[steps - 1];
    double total = 0;
    for (int i = 0; i < steps; i++) {
      weights[i] = Math.pow(2, -(latest - times[i]) / halfLifeMillis);
      total += weights[i];
    }
    long assigned = 0;
    for (int i = 0; i < steps; i++) {
      weights[i] = weights[i] / total * UNITS_PER_CONVERSION;
      units[i] = (long) Math.floor(weights[i]);
      weights[i] -= units[i];
      assigned += units[i];
    }
    for (long left = UNITS_PER_CONVERSION - assigned; left > 0; left--) {
      int best = 0;
      for (int i = 1; i < steps; i++) {
        if (weights[i] > weights[best]) {
          best = i;
        }
      }
      units[best]++;
      weights[best] = -1;
    }
  }

  TimeDecayCredit plus(TimeDecayCredit other) {
    return new TimeDecayCredit(Math.addExact(units, other.units), value.add(other.value));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TimeDecayCredit
        && units == ((TimeDecayCredit) other).units
        && value.compareTo(((TimeDecayCredit) other).value) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(units, value.stripTrailingZeros());
  }

  /** Returns the credit as {@code 1.250000000 conversions, 80.50 value}. */
  @Override
  public String toString() {
    return conversions().toPlainString() + " conversions, " + value.toPlainString() + " value";
  }
}
