package org.socialstrategy.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.stream.Collectors;
import org.socialstrategy.model.CatalogValue;
import org.socialstrategy.model.Channel;
import org.socialstrategy.model.Money;
import org.socialstrategy.model.Suppression;
import org.socialstrategy.model.ValueSide;
import org.socialstrategy.scoring.validation.Waiver;

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

  /**
   * Writes a number for people: at most two decimals, half up, no trailing zeros, thousands
   * separated by commas: {@code 12,500.5}.
   */
  static String number(BigDecimal number) {
    if ((long) number.precision() - number.scale() > LONGEST_PLAIN) {
      return plain(number);
    }
    BigDecimal rounded =
        number.setScale(Math.min(2, Math.max(0, number.scale())), RoundingMode.HALF_UP);
    return rounded.signum() == 0 ? "0" : grouped(rounded.stripTrailingZeros());
  }

  /**
   * Writes a ratio as a percentage with one decimal, half up, signed when negative and with
   * thousands separated: {@code 1,489.5%}, {@code -29.2%}.
   */
  static String percent(BigDecimal ratio) {
    BigDecimal percent = ratio.movePointRight(2);
    if ((long) percent.precision() - percent.scale() > LONGEST_PLAIN) {
      return plain(percent) + "%";
    }
    return grouped(percent.setScale(1, RoundingMode.HALF_UP)) + "%";
  }

  /** Writes a decimal as it is, with thousands separated by commas. */
  private static String grouped(BigDecimal number) {
    String digits = number.abs().toPlainString();
    int point = digits.indexOf('.');
    int whole = point < 0 ? digits.length() : point;
    StringBuilder text = new StringBuilder(digits.length() + 8);
    if (number.signum() < 0) {
      text.append('-');
    }
    for (int i = 0; i < whole; i++) {
      if (i > 0 && (whole - i) % 3 == 0) {
        text.append(',');
      }
      text.append(digits.charAt(i));
    }
    return text.append(digits, whole, digits.length()).toString();
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

  /** Writes a count with its noun: {@code 1 tactic}, {@code 19,800 tactics}. */
  static String count(long count, String noun) {
    return number(BigDecimal.valueOf(count)) + " " + noun + (count == 1 ? "" : "s");
  }

  /**
   * Writes a part of a whole with its noun and a verb agreeing: {@code 1 of 3 goals is}, {@code 0
   * of 1 goal is}, {@code 2 of 3 goals are}.
   */
  static String partOf(long part, long whole, String noun, String singular, String plural) {
    return number(BigDecimal.valueOf(part))
        + " of "
        + count(whole, noun)
        + " "
        + (part == 1 || whole == 1 ? singular : plural);
  }

  /** Writes a goal weight or other plain decimal: {@code 0.7}, {@code 1}. */
  static String decimal(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /**
   * Describes a waiver in one line: the rule and subject it names, where it stands, its last day
   * and its reason, such as {@code SBS104 for tactic:town-hall: active until 2027-06-30, sets aside
   * 1 finding; reason: surveyed yearly}.
   */
  static String waiver(Waiver waiver) {
    Suppression suppression = waiver.suppression();
    String until = suppression.until().map(day -> " until " + day).orElse("");
    String state =
        switch (waiver.state()) {
          case ACTIVE -> "active" + until + ", sets aside " + count(waiver.setAside(), "finding");
          case EXPIRED ->
              "expired on "
                  + suppression.until().orElseThrow()
                  + ", its "
                  + count(waiver.setAside(), "finding")
                  + " reported again";
          case UNUSED -> "stale" + until + ", sets nothing aside";
          default -> "names no known rule" + until;
        };
    return suppression.rule()
        + " for "
        + suppression.subject()
        + ": "
        + state
        + "; reason: "
        + suppression.reason();
  }
}
