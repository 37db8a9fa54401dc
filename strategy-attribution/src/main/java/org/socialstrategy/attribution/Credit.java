package org.socialstrategy.attribution;

import java.util.Objects;
import java.util.Optional;
import org.socialstrategy.model.DateRange;
import org.socialstrategy.model.TacticId;

/**
 * What a model credits to one target, a tactic or (unmapped, or without a mapping) a touchpoint
 * key, for the whole input or one period: a share of the conversions and of their value.
 */
public final class Credit {

  private final String target;
  private final boolean tactic;
  private final DateRange period;
  private final double conversions;
  private final double value;

  Credit(String target, boolean tactic, DateRange period, double conversions, double value) {
    this.target = target;
    this.tactic = tactic;
    this.period = period;
    this.conversions = conversions;
    this.value = value;
  }

  /**
   * Returns the target: a tactic's id or a touchpoint key's text.
   *
   * @return the target's text
   */
  public String target() {
    return target;
  }

  /**
   * Returns the tactic credited.
   *
   * @return the tactic's id, when the target is a tactic
   */
  public Optional<TacticId> tactic() {
    return tactic ? Optional.of(TacticId.of(target)) : Optional.empty();
  }

  /**
   * Tells whether the target is a tactic rather than a touchpoint key.
   *
   * @return true for a tactic
   */
  public boolean isTactic() {
    return tactic;
  }

  /**
   * Returns the period the credit covers.
   *
   * @return the period; empty for the whole input of a path table, which has no dates
   */
  public Optional<DateRange> period() {
    return Optional.ofNullable(period);
  }

  /**
   * Returns the conversions credited.
   *
   * @return the credit
   */
  public double conversions() {
    return conversions;
  }

  /**
   * Returns the conversion value credited.
   *
   * @return the credit
   */
  public double value() {
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Credit
        && target.equals(((Credit) other).target)
        && tactic == ((Credit) other).tactic
        && Objects.equals(period, ((Credit) other).period)
        && Double.compare(conversions, ((Credit) other).conversions) == 0
        && Double.compare(value, ((Credit) other).value) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(target, tactic, period, conversions, value);
  }

  /**
   * Returns the credit as {@code tactic fb-shop 2027-03-01..2027-03-31: 12.5 conversions, 950.0
   * value}.
   */
  @Override
  public String toString() {
    return (tactic ? "tactic " : "key ")
        + target
        + (period == null ? "" : " " + period)
        + ": "
        + conversions
        + " conversions, "
        + value
        + " value";
  }
}
