package org.socialstrategy.attribution.data;

import java.time.LocalDate;
import org.socialstrategy.model.DateRange;

/**
 * How conversions are split into periods: each conversion belongs to the period of the day it
 * happened on (in the aggregation's time zone), and a journey that ends in nothing to the period of
 * its last touch.
 */
public enum PeriodGranularity {
  /** One period: the whole input, from the first day seen to the last. */
  WHOLE,
  /** Calendar months. */
  MONTH,
  /** Calendar quarters. */
  QUARTER,
  /** Calendar years. */
  YEAR;

  /** Returns the index of the period that holds the day; indexes sort as periods do. */
  int index(LocalDate day) {
    return switch (this) {
      case WHOLE -> 0;
      case MONTH -> day.getYear() * 12 + day.getMonthValue() - 1;
      case QUARTER -> day.getYear() * 4 + (day.getMonthValue() - 1) / 3;
      case YEAR -> day.getYear();
    };
  }

  /** Returns the days of the period with the index; {@code whole} stands for {@link #WHOLE}. */
  DateRange range(int index, DateRange whole) {
    return switch (this) {
      case WHOLE -> whole;
      case MONTH -> {
        LocalDate start = LocalDate.of(Math.floorDiv(index, 12), Math.floorMod(index, 12) + 1, 1);
        yield DateRange.of(start, start.plusMonths(1).minusDays(1));
      }
      case QUARTER -> {
        LocalDate start = LocalDate.of(Math.floorDiv(index, 4), 3 * Math.floorMod(index, 4) + 1, 1);
        yield DateRange.of(start, start.plusMonths(3).minusDays(1));
      }
      case YEAR -> DateRange.years(index, index);
    };
  }
}
