package org.socialstrategy.attribution.data;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One event of a customer journey: a touchpoint (a click from a campaign, a visit from a post, a
 * call), or a conversion with its value.
 *
 * <p>A conversion may name a touchpoint too, as analytics exports give a converting session its
 * source and medium: it then counts as a touch at the same instant, followed by the conversion.
 */
public final class Event {

  private final String journey;
  private final Instant time;
  private final TouchpointKey key;
  private final boolean conversion;
  private final BigDecimal value;

  private Event(
      String journey, Instant time, TouchpointKey key, boolean conversion, BigDecimal value) {
    this.journey = Objects.requireNonNull(journey, "journey");
    this.time = Objects.requireNonNull(time, "time");
    this.key = key;
    this.conversion = conversion;
    this.value = Objects.requireNonNull(value, "value");
    if (journey.isEmpty()) {
      throw new IllegalArgumentException("journey id must not be empty");
    }
    if (value.signum() < 0) {
      throw new IllegalArgumentException(
          "conversion value must not be negative: " + value.toPlainString());
    }
  }

  /**
   * Returns a touch.
   *
   * @param journey the journey's or customer's id
   * @param time when it happened
   * @param key what the touchpoint was
   * @return the event
   */
  public static Event touch(String journey, Instant time, TouchpointKey key) {
    return new Event(journey, time, Objects.requireNonNull(key, "key"), false, BigDecimal.ZERO);
  }

  /**
   * Returns a conversion.
   *
   * @param journey the journey's or customer's id
   * @param time when it happened
   * @param value what it was worth, zero or more
   * @return the event
   * @throws IllegalArgumentException if the value is negative
   */
  public static Event conversion(String journey, Instant time, BigDecimal value) {
    return new Event(journey, time, null, true, value);
  }

  /**
   * Returns a conversion that names the touchpoint it came through: a touch and a conversion at the
   * same instant.
   *
   * @param journey the journey's or customer's id
   * @param time when it happened
   * @param key the touchpoint it came through
   * @param value what it was worth, zero or more
   * @return the event
   * @throws IllegalArgumentException if the value is negative
   */
  public static Event conversion(
      String journey, Instant time, TouchpointKey key, BigDecimal value) {
    return new Event(journey, time, Objects.requireNonNull(key, "key"), true, value);
  }

  /**
   * Returns the journey's or customer's id.
   *
   * @return the id
   */
  public String journey() {
    return journey;
  }

  /**
   * Returns when the event happened.
   *
   * @return the instant
   */
  public Instant time() {
    return time;
  }

  /**
   * Returns the touchpoint.
   *
   * @return the key, for a touch or a conversion that names its touchpoint
   */
  public Optional<TouchpointKey> key() {
    return Optional.ofNullable(key);
  }

  /**
   * Tells whether the event is a conversion.
   *
   * @return true for a conversion
   */
  public boolean isConversion() {
    return conversion;
  }

  /**
   * Returns the conversion's value.
   *
   * @return the value; zero for a touch
   */
  public BigDecimal value() {
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Event
        && journey.equals(((Event) other).journey)
        && time.equals(((Event) other).time)
        && Objects.equals(key, ((Event) other).key)
        && conversion == ((Event) other).conversion
        && value.compareTo(((Event) other).value) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(journey, time, key, conversion, value.stripTrailingZeros());
  }

  /** Returns the event as {@code journey@time: key} or {@code journey@time: conversion value}. */
  @Override
  public String toString() {
    return journey
        + "@"
        + time
        + ": "
        + (key == null ? "" : key + (conversion ? " + " : ""))
        + (conversion ? "conversion " + value.toPlainString() : "");
  }
}
