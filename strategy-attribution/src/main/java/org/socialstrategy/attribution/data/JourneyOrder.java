package org.socialstrategy.attribution.data;

/** How the events of the input are ordered, which decides what aggregation holds in memory. */
public enum JourneyOrder {
  /**
   * Events in any order: every journey's events are held until the end of the input, about 20 bytes
   * per event and 150 bytes per journey, up to {@link InputLimits#maxBufferedEvents()}.
   */
  ANY,
  /**
   * Events sorted by journey id (in the text order of {@link String#compareTo(String)}), in any
   * order within a journey: one journey is held at a time, so input of any size streams. A journey
   * id that comes after a greater one is an error.
   */
  SORTED_BY_JOURNEY
}
