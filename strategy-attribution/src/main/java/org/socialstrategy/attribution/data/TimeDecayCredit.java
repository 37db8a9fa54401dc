package org.socialstrategy.attribution.data;

import java.math.BigDecimal;
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
