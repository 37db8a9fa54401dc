package org.socialstrategy.attribution.data;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How events become journeys and aggregates: the lookback window, the periods conversions are split
 * into and their time zone, how the input is ordered, the half-lives time decay is accumulated for,
 * and the input limits.
 *
 * <p>Defaults: a 30-day lookback, one period for the whole input, UTC, events in any order, time
 * decay with a 7-day half-life, {@link InputLimits#defaults()}.
 */
public final class AggregationOptions {

  /** The default lookback window: 30 days, the window analytics tools use for most conversions. */
  public static final Duration DEFAULT_LOOKBACK = Duration.ofDays(30);

  /** The default half-life of time decay: 7 days. */
  public static final Duration DEFAULT_HALF_LIFE = Duration.ofDays(7);

  private static final AggregationOptions DEFAULTS =
      new AggregationOptions(
          DEFAULT_LOOKBACK,
          PeriodGranularity.WHOLE,
          ZoneOffset.UTC,
          JourneyOrder.ANY,
          List.of(DEFAULT_HALF_LIFE),
          InputLimits.defaults());

  private final Duration lookback;
  private final PeriodGranularity granularity;
  private final ZoneId zone;
  private final JourneyOrder order;
  private final List<Duration> halfLives;
  private final InputLimits limits;

  private AggregationOptions(
      Duration lookback,
      PeriodGranularity granularity,
      ZoneId zone,
      JourneyOrder order,
      List<Duration> halfLives,
      InputLimits limits) {
    this.lookback = lookback;
    this.granularity = granularity;
    this.zone = zone;
    this.order = order;
    this.halfLives = halfLives;
    this.limits = limits;
  }

  /**
   * Returns the default options.
   *
   * @return the defaults
   */
  public static AggregationOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Returns the lookback window: touches longer than this before a conversion are left out of its
   * path.
   *
   * @return the window; empty when every touch since the previous conversion counts
   */
  public Optional<Duration> lookback() {
    return Optional.ofNullable(lookback);
  }

  /**
   * Returns how conversions are split into periods.
   *
   * @return the granularity
   */
  public PeriodGranularity granularity() {
    return granularity;
  }

  /**
   * Returns the time zone that decides the day, and so the period, of an event, and in which
   * timestamps without an offset are read.
   *
   * @return the zone
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * Returns how the input's events are ordered.
   *
   * @return the order
   */
  public JourneyOrder order() {
    return order;
  }

  /**
   * Returns the half-lives time decay credits are accumulated for while journeys stream.
   *
   * @return the half-lives, without repeats
   */
  public List<Duration> halfLives() {
    return halfLives;
  }

  /**
   * Returns the input limits.
   *
   * @return the limits
   */
  public InputLimits limits() {
    return limits;
  }

  /**
   * Returns these options with another lookback window.
   *
   * @param window the window, positive
   * @return the changed options
   * @throws IllegalArgumentException if the window is not positive
   */
  public AggregationOptions withLookback(Duration window) {
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("lookback window must be positive: " + window);
    }
    return new AggregationOptions(window, granularity, zone, order, halfLives, limits);
  }

  /**
   * Returns these options with no lookback window: every touch since the previous conversion
   * counts.
   *
   * @return the changed options
   */
  public AggregationOptions withoutLookback() {
    return new AggregationOptions(null, granularity, zone, order, halfLives, limits);
  }

  /**
   * Returns these options with another period granularity.
   *
   * @param granularity the granularity
   * @return the changed options
   */
  public AggregationOptions withGranularity(PeriodGranularity granularity) {
    return new AggregationOptions(
        lookback, Objects.requireNonNull(granularity), zone, order, halfLives, limits);
  }

  /**
   * Returns these options with another time zone.
   *
   * @param zone the zone
   * @return the changed options
   */
  public AggregationOptions withZone(ZoneId zone) {
    return new AggregationOptions(
        lookback, granularity, Objects.requireNonNull(zone), order, halfLives, limits);
  }

  /**
   * Returns these options for input in another order.
   *
   * @param order the order
   * @return the changed options
   */
  public AggregationOptions withOrder(JourneyOrder order) {
    return new AggregationOptions(
        lookback, granularity, zone, Objects.requireNonNull(order), halfLives, limits);
  }

  /**
   * Returns these options accumulating time decay for other half-lives.
   *
   * @param halfLives the half-lives, each positive; none to skip time decay
   * @return the changed options
   * @throws IllegalArgumentException if a half-life is not positive
   */
  public AggregationOptions withHalfLives(Duration... halfLives) {
    for (Duration halfLife : halfLives) {
      if (halfLife.isNegative() || halfLife.isZero()) {
        throw new IllegalArgumentException("time decay half-life must be positive: " + halfLife);
      }
    }
    return new AggregationOptions(
        lookback,
        granularity,
        zone,
        order,
        List.of(halfLives).stream().distinct().toList(),
        limits);
  }

  /**
   * Returns these options with other input limits.
   *
   * @param limits the limits
   * @return the changed options
   */
  public AggregationOptions withLimits(InputLimits limits) {
    return new AggregationOptions(
        lookback, granularity, zone, order, halfLives, Objects.requireNonNull(limits));
  }

  /**
   * Tells whether aggregates made with these options can be merged with those made with the other:
   * the same periods, zone and half-lives.
   *
   * @param other the other options
   * @return true when they are compatible
   */
  boolean compatibleWith(AggregationOptions other) {
    return granularity == other.granularity
        && zone.equals(other.zone)
        && halfLives.equals(other.halfLives)
        && Objects.equals(lookback, other.lookback);
  }

  /** Returns the options, for logs. */
  @Override
  public String toString() {
    return "lookback="
        + (lookback == null ? "none" : lookback)
        + ", periods="
        + granularity
        + ", zone="
        + zone
        + ", order="
        + order
        + ", half-lives="
        + halfLives;
  }
}
