package org.socialstrategy.attribution.data;

import java.math.BigDecimal;

/** Reads counts and values within the input limits. */
final class Numbers {

  /** The largest scale, in either direction, a value may have. */
  static final int MAX_SCALE = 100;

  private Numbers() {}

  /** Returns the decimal, or null when it is not one or is over the length limit. */
  static BigDecimal decimal(String text, InputLimits limits) {
    if (text.isEmpty() || text.length() > limits.maxNumberLength()) {
      return null;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!(c >= '0' && c <= '9' || c == '.' || c == '-' || c == '+')) {
        return null;
      }
    }
    try {
      BigDecimal value = new BigDecimal(text);
      return Math.abs(value.scale()) <= MAX_SCALE ? value : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** Returns the whole number of zero or more, or -1 when it is not one. */
  static long count(String text, InputLimits limits) {
    BigDecimal value = decimal(text, limits);
    if (value == null || value.signum() < 0) {
      return -1;
    }
    try {
      return value.stripTrailingZeros().longValueExact();
    } catch (ArithmeticException e) {
      return -1;
    }
  }
}
