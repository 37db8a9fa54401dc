package org.socialstrategy.model;

import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A range of calendar days, both ends included: a vision horizon, a roadmap, an initiative, a
 * tactic's time window, an observation's period.
 *
 * <p>A range whose end is before its start can be made, so that a strategy reports it with every
 * other problem; it is an invariant violation of the {@link Strategy} and such a range contains no
 * day.
 */
public final class DateRange {

  private final LocalDate start;
  private final LocalDate end;

  private DateRange(LocalDate start, LocalDate end) {
    this.start = Objects.requireNonNull(start, "start");
    this.end = Objects.requireNonNull(end, "end");
  }

  /**
   * Returns the range from {@code start} to {@code end}, both included.
   *
   * @param start the first day
   * @param end the last day
   * @return the range
   */
  public static DateRange of(LocalDate start, LocalDate end) {
    return new DateRange(start, end);
  }

  /**
   * Returns the range of whole calendar years from January 1 of {@code first} to December 31 of
   * {@code last}.
   *
   * @param first the first year
   * @param last the last year
   * @return the range
   */
  public static DateRange years(int first, int last) {
    return new DateRange(LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31));
  }

  /**
   * Returns the first day.
   *
   * @return the start, included
   */
  public LocalDate start() {
    return start;
  }

  /**
   * Returns the last day.
   *
   * @return the end, included
   */
  public LocalDate end() {
    return end;
  }

  /**
   * Tells whether the end is not before the start.
   *
   * @return true for a well-formed range
   */
  public boolean isOrdered() {
    return !end.isBefore(start);
  }

  /**
   * Tells whether the day lies in the range.
   *
   * @param day the day
   * @return true when {@code start <= day <= end}
   */
  public boolean contains(LocalDate day) {
    return !day.isBefore(start) && !day.isAfter(end);
  }

  /**
   * Tells whether the other range lies wholly inside this one.
   *
   * @param other the other range
   * @return true when both of its ends are in this range
   */
  public boolean encloses(DateRange other) {
    return other.isOrdered() && contains(other.start) && contains(other.end);
  }

  /**
   * Tells whether the ranges share at least one day.
   *
   * @param other the other range
   * @return true when they overlap
   */
  public boolean overlaps(DateRange other) {
    return isOrdered()
        && other.isOrdered()
        && !other.end.isBefore(start)
        && !other.start.isAfter(end);
  }

  /**
   * Returns the number of days in the range, both ends counted, or zero for an unordered range.
   *
   * @return the length in days
   */
  public long days() {
    return isOrdered() ? ChronoUnit.DAYS.between(start, end) + 1 : 0;
  }

  /**
   * Returns the calendar years the range touches, in order.
   *
   * @return the years from the start's to the end's; empty for an unordered range
   */
  public List<Year> years() {
    List<Year> years = new ArrayList<>();
    for (int year = start.getYear(); isOrdered() && year <= end.getYear(); year++) {
      years.add(Year.of(year));
    }
    return years;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DateRange
        && start.equals(((DateRange) other).start)
        && end.equals(((DateRange) other).end);
  }

  @Override
  public int hashCode() {
    return 31 * start.hashCode() + end.hashCode();
  }

  /** Returns the range as {@code start..end}, e.g. {@code 2027-01-01..2029-12-31}. */
  @Override
  public String toString() {
    return start + ".." + end;
  }
}
