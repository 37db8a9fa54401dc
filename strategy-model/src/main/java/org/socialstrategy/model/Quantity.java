package org.socialstrategy.model;

import java.math.BigDecimal;
import org.immutables.value.Value;

/** An exact amount with a unit, such as 15 percent off or 120 ideas a quarter. */
@Value.Immutable
public abstract class Quantity {

  Quantity() {}

  /**
   * Returns the amount.
   *
   * @return the amount
   */
  @Value.Parameter
  public abstract BigDecimal amount();

  /**
   * Returns what the amount counts.
   *
   * @return the unit
   */
  @Value.Parameter
  public abstract String unit();

  /**
   * Returns a quantity.
   *
   * @param amount the amount
   * @param unit what it counts
   * @return the quantity
   */
  public static Quantity of(BigDecimal amount, String unit) {
    return ImmutableQuantity.of(amount, unit);
  }

  /**
   * Returns a quantity from a decimal text.
   *
   * @param amount a decimal number such as {@code "15"}
   * @param unit what it counts
   * @return the quantity
   * @throws NumberFormatException if the amount is not a decimal number
   */
  public static Quantity of(String amount, String unit) {
    return of(new BigDecimal(amount), unit);
  }
}
