package org.socialstrategy.model;

import java.math.BigDecimal;
import org.immutables.value.Value;

/** Money and people for one year: a budget and a number of full-time-equivalent staff. */
@Value.Immutable
public abstract class Allocation {

  Allocation() {}

  /**
   * Returns the budget for the year.
   *
   * @return the budget
   */
  @Value.Parameter
  public abstract Money budget();

  /**
   * Returns the staff for the year, in full-time equivalents.
   *
   * @return the staff
   */
  @Value.Parameter
  public abstract BigDecimal staff();

  /**
   * Returns an allocation.
   *
   * @param budget the budget for the year
   * @param staff the staff, in full-time equivalents
   * @return the allocation
   */
  public static Allocation of(Money budget, BigDecimal staff) {
    return ImmutableAllocation.of(budget, staff);
  }

  /**
   * Returns an allocation with the staff given as a plain number.
   *
   * @param budget the budget for the year
   * @param staff the staff, in full-time equivalents, e.g. {@code 1.5}
   * @return the allocation
   */
  public static Allocation of(Money budget, double staff) {
    return of(budget, BigDecimal.valueOf(staff));
  }
}
