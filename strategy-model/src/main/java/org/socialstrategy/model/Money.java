package org.socialstrategy.model;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/**
 * An exact amount of money in one currency.
 *
 * <p>The amount is a {@link BigDecimal} kept as given, scale included, so {@code "5000.00"} stays
 * {@code "5000.00"} through a file round trip; {@link #equals} therefore compares scale too, as
 * {@code BigDecimal} does, while {@link #compareTo} compares value only. Amounts may be negative (a
 * net return can be); whether a cost or a budget may be negative is an invariant of the {@link
 * Strategy}. Arithmetic across currencies is refused.
 */
public final class Money implements Comparable<Money> {

  private static final int MAX_DISPLAY_DIGITS = 40;

  private final BigDecimal amount;
  private final Currency currency;

  private Money(BigDecimal amount, Currency currency) {
    this.amount = Objects.requireNonNull(amount, "amount");
    this.currency = Objects.requireNonNull(currency, "currency");
  }

  /**
   * Returns the given amount in the given currency.
   *
   * @param amount the exact amount
   * @param currency the currency
   * @return the money
   */
  public static Money of(BigDecimal amount, Currency currency) {
    return new Money(amount, currency);
  }

  /**
   * Parses an amount and an ISO 4217 currency code, as in {@code Money.of("12000.00", "USD")}.
   *
   * @param amount a decimal number such as {@code "12000.00"}
   * @param currencyCode a three-letter ISO 4217 code such as {@code "USD"}
   * @return the money
   * @throws IllegalArgumentException if the amount is not a decimal number or the code is not a
   *     known currency
   */
  public static Money of(String amount, String currencyCode) {
    Objects.requireNonNull(amount, "amount");
    BigDecimal value;
    try {
      value = new BigDecimal(amount.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("amount is not a decimal number: '" + amount + "'", e);
    }
    return new Money(value, currency(currencyCode));
  }

  /**
   * Returns zero in the given currency.
   *
   * @param currency the currency
   * @return zero money
   */
  public static Money zero(Currency currency) {
    return new Money(BigDecimal.ZERO, currency);
  }

  /**
   * Looks up an ISO 4217 currency by its code, in any case.
   *
   * @param code the code, e.g. {@code "EUR"}
   * @return the currency
   * @throws IllegalArgumentException if no currency has that code
   */
  public static Currency currency(String code) {
    Objects.requireNonNull(code, "currency");
    try {
      return Currency.getInstance(code.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown currency code: '" + code + "'", e);
    }
  }

  /**
   * Returns the exact amount.
   *
   * @return the amount
   */
  public BigDecimal amount() {
    return amount;
  }

  /**
   * Returns the currency.
   *
   * @return the currency
   */
  public Currency currency() {
    return currency;
  }

  /**
   * Tells whether the amount is below zero.
   *
   * @return true for a negative amount
   */
  public boolean isNegative() {
    return amount.signum() < 0;
  }

  /**
   * Tells whether the amount is zero, whatever its scale.
   *
   * @return true for a zero amount
   */
  public boolean isZero() {
    return amount.signum() == 0;
  }

  /**
   * Adds money of the same currency.
   *
   * @param other the money to add
   * @return the sum
   * @throws IllegalArgumentException if the currencies differ
   */
  public Money plus(Money other) {
    return new Money(amount.add(sameCurrency(other).amount), currency);
  }

  /**
   * Subtracts money of the same currency.
   *
   * @param other the money to subtract
   * @return the difference
   * @throws IllegalArgumentException if the currencies differ
   */
  public Money minus(Money other) {
    return new Money(amount.subtract(sameCurrency(other).amount), currency);
  }

  /**
   * Multiplies the amount by an exact factor.
   *
   * @param factor the factor
   * @return the product, in this currency
   */
  public Money times(BigDecimal factor) {
    return new Money(amount.multiply(factor), currency);
  }

  /**
   * Compares amounts of the same currency by value, ignoring scale.
   *
   * @param other the money to compare with
   * @return a negative number, zero or a positive number as this amount is less, equal or more
   * @throws IllegalArgumentException if the currencies differ
   */
  @Override
  public int compareTo(Money other) {
    return amount.compareTo(sameCurrency(other).amount);
  }

  private Money sameCurrency(Money other) {
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException(
          "cannot combine "
              + currency.getCurrencyCode()
              + " with "
              + other.currency.getCurrencyCode());
    }
    return other;
  }

  /**
   * Formats the money for people, with thousands separators and at least two decimals, in a
   * locale-independent way: {@code "12,000.00 USD"}. Amounts too large or too fine to print that
   * way are shown as {@link #toString()} does.
   *
   * @return the formatted money
   */
  public String display() {
    if (amount.scale() > MAX_DISPLAY_DIGITS
        || amount.precision() - amount.scale() > MAX_DISPLAY_DIGITS) {
      return toString();
    }
    BigDecimal shown = amount.stripTrailingZeros();
    if (shown.scale() < 2) {
      shown = shown.setScale(2);
    }
    String digits = shown.abs().toPlainString();
    int point = digits.indexOf('.');
    StringBuilder text = new StringBuilder(digits.length() + 12);
    if (shown.signum() < 0) {
      text.append('-');
    }
    for (int i = 0; i < point; i++) {
      if (i > 0 && (point - i) % 3 == 0) {
        text.append(',');
      }
      text.append(digits.charAt(i));
    }
    return text.append(digits, point, digits.length())
        .append(' ')
        .append(currency.getCurrencyCode())
        .toString();
  }

  /**
   * Money is equal when amount (scale included, as {@link BigDecimal#equals}) and currency are.
   *
   * @param other the object to compare with
   * @return true when equal
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof Money
        && amount.equals(((Money) other).amount)
        && currency.equals(((Money) other).currency);
  }

  @Override
  public int hashCode() {
    return 31 * amount.hashCode() + currency.hashCode();
  }

  /**
   * Returns the amount as {@link BigDecimal#toString()} writes it and the currency code, e.g.
   * {@code "12000.00 USD"}.
   */
  @Override
  public String toString() {
    return amount + " " + currency.getCurrencyCode();
  }
}
