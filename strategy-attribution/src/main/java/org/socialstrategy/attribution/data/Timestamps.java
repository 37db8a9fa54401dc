package org.socialstrategy.attribution.data;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Reads timestamps to epoch milliseconds without allocating in the common case. Accepted: an ISO
 * instant or offset date-time ({@code 2027-03-01T10:15:30Z}, {@code 2027-03-01T10:15:30.250+02:00},
 * {@code +0200} too), a local date-time ({@code 2027-03-01T10:15:30} or with a space for the {@code
 * T}; seconds optional), read in the given zone, or a date ({@code 2027-03-01}), its start of day
 * in the zone. Fractions of a second beyond milliseconds are dropped.
 */
final class Timestamps {

  /** Returned for text that is not a timestamp. */
  static final long INVALID = Long.MIN_VALUE;

  static final String EXPECTED =
      "expected an ISO instant such as 2027-03-01T10:15:30Z, a local date-time such as"
          + " 2027-03-01 10:15:30, or a date";

  private Timestamps() {}

  static long parse(String s, ZoneId zone) {
    int offset = 0;
    int end = s.length();
    while (offset < end && s.charAt(offset) == ' ') {
      offset++;
    }
    while (end > offset && s.charAt(end - 1) == ' ') {
      end--;
    }
    int p = offset;
    if (end - p < 10) {
      return INVALID;
    }
    int year = digits(s, p, 4, end);
    int month = digits(s, p + 5, 2, end);
    int day = digits(s, p + 8, 2, end);
    if (year < 0
        || month < 1
        || month > 12
        || day < 1
        || s.charAt(p + 4) != '-'
        || s.charAt(p + 7) != '-') {
      return INVALID;
    }
    if (day > lengthOfMonth(year, month)) {
      return INVALID;
    }
    p += 10;
    int hour = 0;
    int minute = 0;
    int second = 0;
    int millis = 0;
    if (p < end) {
      if ((s.charAt(p) != 'T' && s.charAt(p) != 't' && s.charAt(p) != ' ') || end - p < 6) {
        return INVALID;
      }
      hour = digits(s, p + 1, 2, end);
      minute = digits(s, p + 4, 2, end);
      if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || s.charAt(p + 3) != ':') {
        return INVALID;
      }
      p += 6;
      if (p < end && s.charAt(p) == ':') {
        second = digits(s, p + 1, 2, end);
        if (second < 0 || second > 59) {
          return INVALID;
        }
        p += 3;
        if (p < end && (s.charAt(p) == '.' || s.charAt(p) == ',')) {
          p++;
          int scale = 100;
          int start = p;
          while (p < end && s.charAt(p) >= '0' && s.charAt(p) <= '9') {
            millis += (s.charAt(p) - '0') * scale;
            scale /= 10;
            p++;
          }
          if (p == start) {
            return INVALID;
          }
        }
      }
    }
    long local =
        (daysFromCivil(year, month, day) * 86_400L + hour * 3600L + minute * 60L + second) * 1000L
            + millis;
    if (p == end) {
      if (zone.equals(ZoneOffset.UTC)) {
        return local;
      }
      return LocalDateTime.of(year, month, day, hour, minute, second, millis * 1_000_000)
          .atZone(zone)
          .toInstant()
          .toEpochMilli();
    }
    if ((s.charAt(p) == 'Z' || s.charAt(p) == 'z') && p + 1 == end) {
      return local;
    }
    if (s.charAt(p) != '+' && s.charAt(p) != '-') {
      return INVALID;
    }
    int sign = s.charAt(p) == '+' ? 1 : -1;
    int offsetHours = digits(s, p + 1, 2, end);
    int offsetMinutes;
    if (end - p == 6 && s.charAt(p + 3) == ':') {
      offsetMinutes = digits(s, p + 4, 2, end);
    } else if (end - p == 5) {
      offsetMinutes = digits(s, p + 3, 2, end);
    } else if (end - p == 3) {
      offsetMinutes = 0;
    } else {
      return INVALID;
    }
    if (offsetHours < 0 || offsetHours > 18 || offsetMinutes < 0 || offsetMinutes > 59) {
      return INVALID;
    }
    return local - sign * (offsetHours * 3_600_000L + offsetMinutes * 60_000L);
  }

  private static int digits(String s, int at, int count, int end) {
    int value = 0;
    for (int i = at; i < at + count; i++) {
      if (i >= end || s.charAt(i) < '0' || s.charAt(i) > '9') {
        return -1;
      }
      value = value * 10 + (s.charAt(i) - '0');
    }
    return value;
  }

  private static int lengthOfMonth(int year, int month) {
    return switch (month) {
      case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }

  /** Days since 1970-01-01 of a proleptic Gregorian date. */
  private static long daysFromCivil(int year, int month, int day) {
    long y = month <= 2 ? year - 1 : year;
    long era = Math.floorDiv(y, 400);
    long yearOfEra = y - era * 400;
    long dayOfYear = (153L * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146_097 + dayOfEra - 719_468;
  }
}
