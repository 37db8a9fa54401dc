package org.socialstrategy.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialstrategy.attribution.data.AggregationOptions;
import org.socialstrategy.attribution.data.Event;
import org.socialstrategy.attribution.data.InputLimits;
import org.socialstrategy.attribution.data.JourneyAggregate;
import org.socialstrategy.attribution.data.JourneyAggregator;
import org.socialstrategy.attribution.data.JourneyOrder;
import org.socialstrategy.attribution.data.PathTable;
import org.socialstrategy.attribution.data.PeriodGranularity;
import org.socialstrategy.attribution.data.TouchpointKey;
import org.socialstrategy.model.DateRange;

class JourneyAggregatorTest {

  private static final Instant T0 = Instant.parse("2027-03-01T10:00:00Z");

  private static Event touch(String journey, long hours, String key) {
    return Event.touch(journey, T0.plus(Duration.ofHours(hours)), TouchpointKey.channel(key));
  }

  private static Event conversion(String journey, long hours, String value) {
    return Event.conversion(journey, T0.plus(Duration.ofHours(hours)), new BigDecimal(value));
  }

  private static JourneyAggregate aggregate(AggregationOptions options, Event... events) {
    JourneyAggregator aggregator = JourneyAggregator.create(options);
    for (Event event : events) {
      aggregator.accept(event);
    }
    return aggregator.finish();
  }

  private static PathTable expected(Object... rows) {
    PathTable.Builder builder = PathTable.builder();
    for (int i = 0; i < rows.length; i += 4) {
      builder.add(
          List.of(((String) rows[i]).split(" > ")),
          (Integer) rows[i + 1],
          new BigDecimal((String) rows[i + 2]),
          (Integer) rows[i + 3]);
    }
    return builder.build();
  }

  @Test
  void aConversionEndsAPathAndLaterTouchesEndInNull() {
    JourneyAggregate aggregate =
        aggregate(
            AggregationOptions.defaults(),
            touch("c1", 0, "email"),
            touch("c1", 1, "search"),
            conversion("c1", 2, "80"),
            touch("c1", 3, "social"),
            touch("c1", 4, "email"));
    assertEquals(
        expected("email > search", 1, "80", 0, "social > email", 0, "0", 1), aggregate.paths());
  }

  @Test
  void touchesOlderThanTheLookbackLeaveThePath() {
    // 40 days apart with a 30-day lookback: only search is in the conversion's window.
    JourneyAggregate aggregate =
        aggregate(
            AggregationOptions.defaults(),
            touch("c1", 0, "email"),
            touch("c1", 40 * 24, "search"),
            conversion("c1", 40 * 24 + 1, "10"));
    assertEquals(expected("search", 1, "10", 0), aggregate.paths());
    JourneyAggregate unbounded =
        aggregate(
            AggregationOptions.defaults().withoutLookback(),
            touch("c1", 0, "email"),
            touch("c1", 40 * 24, "search"),
            conversion("c1", 40 * 24 + 1, "10"));
    assertEquals(expected("email > search", 1, "10", 0), unbounded.paths());
  }

  @Test
  void aNullPathIsCutByTheLookbackBeforeItsLastTouch() {
    JourneyAggregate aggregate =
        aggregate(
            AggregationOptions.defaults().withLookback(Duration.ofDays(1)),
            touch("c1", 0, "email"),
            touch("c1", 30, "search"),
            touch("c1", 40, "social"));
    assertEquals(expected("search > social", 0, "0", 1), aggregate.paths());
  }

  @Test
  void tiesAreOrderedTouchesFirstThenByKey() {
    // Same instant, given in the reverse of the order the rule puts them in.
    JourneyAggregate aggregate =
        aggregate(
            AggregationOptions.defaults(),
            conversion("c1", 0, "5"),
            touch("c1", 0, "zeta"),
            touch("c1", 0, "alpha"));
    assertEquals(expected("alpha > zeta", 1, "5", 0), aggregate.paths());
  }

  @Test
  void aConversionWithoutTouchesIsCountedAsUntouched() {
    JourneyAggregate aggregate =
        aggregate(
            AggregationOptions.defaults(),
            touch("c1", 0, "email"),
            conversion("c1", 1, "7"),
            conversion("c1", 2, "3"));
    assertEquals(expected("email", 1, "7", 0), aggregate.paths());
    assertEquals(1, aggregate.untouchedConversions());
    assertEquals(new BigDecimal("3"), aggregate.untouchedValue());
  }

  @Test
  void aConversionThatNamesItsTouchpointIsATouchToo() {
    JourneyAggregate aggregate =
        aggregate(
            AggregationOptions.defaults(),
            touch("c1", 0, "email"),
            Event.conversion(
                "c1",
                T0.plusSeconds(60),
                TouchpointKey.utm("google", "cpc", null),
                BigDecimal.TEN));
    assertEquals(expected("email > google / cpc", 1, "10", 0), aggregate.paths());
  }

  @Test
  void eventsOfAJourneyMayComeInAnyOrder() {
    JourneyAggregate aggregate =
        aggregate(
            AggregationOptions.defaults().withOrder(JourneyOrder.SORTED_BY_JOURNEY),
            conversion("a", 5, "1"),
            touch("a", 1, "y"),
            touch("a", 0, "x"),
            touch("b", 0, "z"));
    assertEquals(expected("x > y", 1, "1", 0, "z", 0, "0", 1), aggregate.paths());
  }

  @Test
  void sortedInputRejectsAJourneyThatComesBack() {
    JourneyAggregator aggregator =
        JourneyAggregator.create(
            AggregationOptions.defaults().withOrder(JourneyOrder.SORTED_BY_JOURNEY));
    aggregator.accept(touch("b", 0, "x"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> aggregator.accept(touch("a", 0, "x")));
    assertEquals(
        "journey 'a' comes after journey 'b', but the input is read as sorted by journey",
        e.getMessage());
  }

  @Test
  void periodsSplitConversionsByTheirDayInTheZone() {
    // 2027-03-31T23:30Z is already April 1 in Berlin.
    Instant late = Instant.parse("2027-03-31T23:30:00Z");
    AggregationOptions monthly =
        AggregationOptions.defaults().withGranularity(PeriodGranularity.MONTH);
    Event[] events = {
      Event.touch("c1", late.minusSeconds(60), TouchpointKey.channel("email")),
      Event.conversion("c1", late, BigDecimal.ONE),
    };
    assertEquals(
        List.of(DateRange.of(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 31))),
        aggregate(monthly, events).periods());
    assertEquals(
        List.of(DateRange.of(LocalDate.of(2027, 4, 1), LocalDate.of(2027, 4, 30))),
        aggregate(monthly.withZone(ZoneId.of("Europe/Berlin")), events).periods());
  }

  @Test
  void aWholePeriodSpansTheDaysSeen() {
    JourneyAggregate aggregate =
        aggregate(
            AggregationOptions.defaults(),
            touch("c1", 0, "email"),
            conversion("c1", 1, "1"),
            touch("c2", 0, "email"),
            touch("c2", 24 * 9, "email"));
    assertEquals(
        List.of(DateRange.of(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 10))),
        aggregate.periods());
  }

  @Test
  void aPathOverTheStepLimitIsRejectedWithItsJourney() {
    JourneyAggregator aggregator =
        JourneyAggregator.create(
            AggregationOptions.defaults().withLimits(InputLimits.defaults().withMaxPathSteps(2)));
    aggregator.accept(touch("c1", 0, "a"));
    aggregator.accept(touch("c1", 1, "b"));
    aggregator.accept(touch("c1", 2, "c"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, aggregator::finish);
    assertEquals(
        "journey 'c1' has a path of 3 touches, longer than the limit of 2", e.getMessage());
  }

  @Test
  void aggregatesOfDifferentOptionsDoNotMerge() {
    JourneyAggregate monthly =
        aggregate(AggregationOptions.defaults().withGranularity(PeriodGranularity.MONTH));
    JourneyAggregate whole = aggregate(AggregationOptions.defaults());
    assertThrows(IllegalArgumentException.class, () -> monthly.merge(whole));
  }
}
