package org.socialstrategy.io;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import org.socialstrategy.model.DateRange;

/**
 * Days and periods as strategy and observations files write them: a day {@code 2027-03-31}, a month
 * {@code 2027-03}, a quarter {@code 2027-Q1} or a year {@code 2027}. Parsed by hand, without
 * regular expressions, because observations files have millions of them.
 */
final class FormatV1Periods {

  /** How to write a period, the hint for text that is none. */
  static final String HINT =
      "write a day 2027-03-31, a month 2027-03, a quarter 2027-Q1 or a year 2027";

  private FormatV1Periods() {}

  /**
   * Says that a text is not a period, for messages.
   *
   * @param text the text
   * @return the message
   */
  static String notAPeriod(String text) {
    return "'" + FormatV1Shapes.abbreviate(text) + "' is not a day, month, quarter or year";
  }

  /**
   * Parses a day, month, quarter or year.
   *
   * @param text the text
   * @return the days it covers, or null when the text is none of these
   */
  static DateRange parse(String text) {
    int length = text.length();
    int year = digits(text, 0, 4);
    if (year < 0 || (length > 4 && text.charAt(4) != '-')) {
      return null;
    }
    if (length == 4) {
      return DateRange.years(year, year);
    }
    if (length == 7 && text.charAt(5) == 'Q') {
      int quarter = text.charAt(6) - '0';
      if (quarter < 1 || quarter > 4) {
        return null;
      }
      LocalDate start = LocalDate.of(year, 3 * quarter - 2, 1);
      return DateRange.of(start, start.plusMonths(3).minusDays(1));
    }
    int month = digits(text, 5, 7);
    if (month < 1 || month > 12) {
      return null;
    }
    if (length == 7) {
      YearMonth yearMonth = YearMonth.of(year, month);
      return DateRange.of(yearMonth.atDay(1), yearMonth.atEndOfMonth());
    }
    LocalDate day =
        length == 10 && text.charAt(7) == '-' ? day(year, month, digits(text, 8, 10)) : null;
    return day == null ? null : DateRange.of(day, day);
  }

  /**
   * Parses a day written {@code 2027-03-31}.
   *
   * @param text the text
   * @return the day, or null when the text is not a valid day
   */
  static LocalDate day(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 7);
    return year < 0 || month < 0 ? null : day(year, month, digits(text, 8, 10));
  }

  private static LocalDate day(int year, int month, int day) {
    if (day < 1) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** Reads the decimal digits from {@code start} to {@code end}; -1 if one is not a digit. */
  private static int digits(String text, int start, int end) {
    if (text.length() < end) {
      return -1;
    }
    int value = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /**
   * Writes a range in the shortest exact form: a day, a month, a quarter or a year.
   *
   * @param range the range
   * @return the text, or null when the range is none of these
   */
  static String format(DateRange range) {
    LocalDate start = range.start();
    LocalDate end = range.end();
    if (start.equals(end)) {
      return start.toString();
    }
    if (start.getDayOfMonth() != 1
        || start.getYear() != end.getYear()
        || !end.equals(end.withDayOfMonth(end.lengthOfMonth()))) {
      return null;
    }
    int first = start.getMonthValue();
    int last = end.getMonthValue();
    if (first == last) {
      return YearMonth.from(start).toString();
    }
    if (first == 1 && last == 12) {
      return year(start.getYear());
    }
    if (first % 3 == 1 && last == first + 2) {
      return year(start.getYear()) + "-Q" + (first + 2) / 3;
    }
    return null;
  }

  /**
   * Writes a year as files do: four digits, {@code 0999} included, as a day writes it.
   *
   * @param year the year, from 0 to 9999
   * @return its four digits
   */
  static String year(int year) {
    String digits = Integer.toString(year);
    return "0000".substring(digits.length()) + digits;
  }
}
