package org.socialstrategy.model.diff;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.socialstrategy.model.Allocation;
import org.socialstrategy.model.CatalogValue;
import org.socialstrategy.model.DateRange;
import org.socialstrategy.model.ExtensionValue;
import org.socialstrategy.model.Identifier;
import org.socialstrategy.model.Money;
import org.socialstrategy.model.Quantity;

/** How a diff writes values for people: money with its currency, ranges of days, kinds by label. */
final class Show {

  private Show() {}

  static String text(String text) {
    return text;
  }

  static String id(Identifier id) {
    return id.value();
  }

  static String money(Money money) {
    return money.display();
  }

  static String decimal(BigDecimal decimal) {
    return decimal.toPlainString();
  }

  /** A weight or share, kept as floating point by the model. */
  static String number(double number) {
    return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
  }

  static String flag(boolean flag) {
    return flag ? "yes" : "no";
  }

  /** An enum constant as files write it: {@code business-outcome}. */
  static String constant(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static String catalog(CatalogValue value) {
    return value.label();
  }

  static String day(LocalDate day) {
    return day.toString();
  }

  static String range(DateRange range) {
    return range.start() + " to " + range.end();
  }

  /**
   * A period as people name it: a day, a month ({@code 2027-03}), a quarter ({@code 2027-Q1}), a
   * year, or else its first and last days ({@code 2027-03-04..2027-04-10}).
   */
  static String period(DateRange period) {
    LocalDate start = period.start();
    LocalDate end = period.end();
    if (start.equals(end)) {
      return start.toString();
    }
    boolean wholeMonths =
        start.getDayOfMonth() == 1
            && end.getDayOfMonth() == end.lengthOfMonth()
            && start.getYear() == end.getYear();
    int months = end.getMonthValue() - start.getMonthValue() + 1;
    if (wholeMonths && months == 1) {
      return start.toString().substring(0, 7);
    }
    if (wholeMonths && months == 3 && start.getMonthValue() % 3 == 1) {
      return start.getYear() + "-Q" + (start.getMonthValue() + 2) / 3;
    }
    if (wholeMonths && months == 12) {
      return Integer.toString(start.getYear());
    }
    return start + ".." + end;
  }

  static String quantity(Quantity quantity) {
    return quantity.amount().toPlainString() + " " + quantity.unit();
  }

  static String allocation(Allocation allocation) {
    return allocation.budget().display() + ", staff " + allocation.staff().toPlainString();
  }

  /** An extension value in JSON notation, so that its kind shows: {@code "2.50"} is text. */
  static String extension(ExtensionValue value) {
    if (value instanceof ExtensionValue.Text) {
      return '"' + ((ExtensionValue.Text) value).value().replace("\"", "\\\"") + '"';
    }
    if (value instanceof ExtensionValue.Decimal) {
      return ((ExtensionValue.Decimal) value).value().toString();
    }
    if (value instanceof ExtensionValue.Bool) {
      return Boolean.toString(((ExtensionValue.Bool) value).value());
    }
    if (value instanceof ExtensionValue.Array) {
      return ((ExtensionValue.Array) value)
          .values().stream().map(Show::extension).collect(Collectors.joining(", ", "[", "]"));
    }
    if (value instanceof ExtensionValue.Fields) {
      return ((ExtensionValue.Fields) value)
          .fields().entrySet().stream()
              .map(Show::field)
              .collect(Collectors.joining(", ", "{", "}"));
    }
    return "null";
  }

  private static String field(Map.Entry<String, ExtensionValue> field) {
    return field.getKey() + ": " + extension(field.getValue());
  }
}
