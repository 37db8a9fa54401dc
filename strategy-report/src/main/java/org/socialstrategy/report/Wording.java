package org.socialstrategy.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.stream.Collectors;
import org.socialstrategy.model.CatalogValue;
import org.socialstrategy.model.Channel;
import org.socialstrategy.model.Money;
import org.socialstrategy.model.ValueSide;

/** How the reports write numbers, money, counts and kinds of value for people. */
final class Wording {

  /** The most characters a number takes written out in full for people. */
  static final int LONGEST_PLAIN = 24;

  private static final MathContext SHOWN_DIGITS = new MathContext(12, RoundingMode.HALF_UP);

  private Wording() {}

  /** Writes a share of 0..1 as a whole percentage: {@code 67%}. */
  static String percent(double share) {
    return BigDecimal.valueOf(share).movePointRight(2).setScale(0, RoundingMode.HALF_UP) + "%";
  }

  /** Writes money for people, or a dash when absent. */
  static String money(Optional<Money> money) {
    return money.map(Money::display).orElse("-");
  }

  /** Lists the kinds of value one side of an exchange gets, or "nothing". */
  static String side(ValueSide<? extends CatalogValue> side) {
    if (side.isEmpty()) {
      return "nothing";
    }
    String kinds = side.kinds().stream().map(CatalogValue::label).collect(Collectors.joining(", "));
    return side.description().map(d -> kinds + ": " + d).orElse(kinds);
  }

  /** Writes a number for people: at most two decimals, half up, no trailing zeros. */
  static String number(BigDecimal number) {
    if ((long) number.precision() - number.scale() > LONGEST_PLAIN) {
      return plain(number);
    }
    BigDecimal rounded =
        number.setScale(Math.min(2, Math.max(0, number.scale())), RoundingMode.HALF_UP);
    return rounded.signum() == 0 ? "0" : plain(rounded.stripTrailingZeros());
  }

  /**
   * Writes a decimal for people in full, {@code 1200.50}, or, when that would take more than
   * {@value #LONGEST_PLAIN} characters, in scientific notation to twelve significant digits: {@code
   * 1.23456789012E+999}. The length is judged before the text is made, so an exponent of a billion
   * costs nothing.
   */
  static String plain(BigDecimal number) {
    long whole = Math.max(1, (long) number.precision() - number.scale());
    long fraction = Math.max(0, number.scale());
    if (whole + fraction + 2 <= LONGEST_PLAIN) {
      return number.toPlainString();
    }
    return number.round(SHOWN_DIGITS).stripTrailingZeros().toString();
  }

  /** Says what sort of channel a non-social channel is, for a note beside its name. */
  static String channelNote(Channel channel) {
    return switch (channel.kind()) {
      case OFFLINE -> "offline";
      case OWNED_DIGITAL -> "owned digital";
      case OTHER -> "other";
      default -> "";
    };
  }

  /** Makes a plural unit singular for "per unit" wording: customers to customer, USD stays. */
  static String singular(String unit) {
    return unit.length() > 2 && unit.endsWith("s") && !unit.endsWith("ss")
        ? unit.substring(0, unit.length() - 1)
        : unit;
  }

  /** Writes a count with its noun: {@code 1 tactic}, {@code 3 tactics}. */
  static String count(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
