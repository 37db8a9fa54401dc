package org.socialstrategy.testkit;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One generated event of a customer journey, in neutral form: a touch of a channel, or a conversion
 * with its value. Attribution code adapts it to its own event type.
 *
 * @param journey the journey's id
 * @param time when it happened
 * @param channel the channel touched; null for a conversion
 * @param conversion whether it is a conversion
 * @param value the conversion's value; zero for a touch
 */
public record JourneyRow(
    String journey, Instant time, String channel, boolean conversion, BigDecimal value) {

  /**
   * Checks the row.
   *
   * @param journey the journey's id
   * @param time when it happened
   * @param channel the channel touched; null for a conversion
   * @param conversion whether it is a conversion
   * @param value the conversion's value; zero for a touch
   */
  public JourneyRow {
    Objects.requireNonNull(journey, "journey");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(value, "value");
    if (conversion == (channel != null)) {
      throw new IllegalArgumentException("a touch names its channel, a conversion does not");
    }
  }
}
