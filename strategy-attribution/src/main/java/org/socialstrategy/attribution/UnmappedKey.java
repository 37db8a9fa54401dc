package org.socialstrategy.attribution;

import java.util.Objects;

/**
 * A touchpoint key no mapping rule matched, with how much it counts, so that no touchpoint is
 * dropped silently: its touches, the conversions of the journeys it was in, and the conversions the
 * model credited to it, with their share of all conversions.
 */
public final class UnmappedKey {

  private final String key;
  private final long touches;
  private final long convertingJourneys;
  private final double credited;
  private final double share;

  UnmappedKey(String key, long touches, long convertingJourneys, double credited, double share) {
    this.key = key;
    this.touches = touches;
    this.convertingJourneys = convertingJourneys;
    this.credited = credited;
    this.share = share;
  }

  /**
   * Returns the key's text.
   *
   * @return the key
   */
  public String key() {
    return key;
  }

  /**
   * Returns how often the key was touched in the journeys aggregated.
   *
   * @return the touches
   */
  public long touches() {
    return touches;
  }

  /**
   * Returns the conversions of the journeys the key was in.
   *
   * @return the conversions
   */
  public long convertingJourneys() {
    return convertingJourneys;
  }

  /**
   * Returns the conversions the model credited to the key.
   *
   * @return the credit
   */
  public double credited() {
    return credited;
  }

  /**
   * Returns the credited conversions as a share of all conversions.
   *
   * @return the share, in [0, 1] for models that credit no negative amounts
   */
  public double share() {
    return share;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof UnmappedKey
        && key.equals(((UnmappedKey) other).key)
        && touches == ((UnmappedKey) other).touches
        && convertingJourneys == ((UnmappedKey) other).convertingJourneys
        && Double.compare(credited, ((UnmappedKey) other).credited) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, touches, convertingJourneys, credited);
  }

  /**
   * Returns the key as {@code unmapped 'tv / offline': 120 touches, 4.5 conversions credited
   * (3.2%)}.
   */
  @Override
  public String toString() {
    return String.format(
        java.util.Locale.ROOT,
        "unmapped '%s': %d touches, %d conversions of its journeys, %.4f conversions credited (%.1f%%)",
        key,
        touches,
        convertingJourneys,
        credited,
        100 * share);
  }
}
