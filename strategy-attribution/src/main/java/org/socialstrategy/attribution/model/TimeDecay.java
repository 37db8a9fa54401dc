package org.socialstrategy.attribution.model;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import org.socialstrategy.attribution.data.AggregationOptions;
import org.socialstrategy.attribution.data.JourneyAggregate;
import org.socialstrategy.attribution.data.PathTable;
import org.socialstrategy.attribution.data.TimeDecayCredit;
import org.socialstrategy.model.DateRange;

/**
 * Shares a conversion among the touches of its path by how recent they are: a touch {@code d}
 * before the conversion weighs {@code 2^(-d / halfLife)}, so a touch one half-life older than
 * another counts half as much. Timings are not in a path table: the credits are accumulated while
 * journeys stream, for each half-life listed in {@link AggregationOptions#halfLives()}, exact to
 * 10^-9 of a conversion (see {@link TimeDecayCredit}).
 */
public final class TimeDecay implements AttributionModel {

  private static final TimeDecay DEFAULT = new TimeDecay(AggregationOptions.DEFAULT_HALF_LIFE);

  private final Duration halfLife;

  private TimeDecay(Duration halfLife) {
    this.halfLife = halfLife;
  }

  /**
   * Returns the model with the default 7-day half-life.
   *
   * @return the model
   */
  public static TimeDecay defaults() {
    return DEFAULT;
  }

  /**
   * Returns the model with the given half-life.
   *
   * @param halfLife the half-life, positive
   * @return the model
   * @throws IllegalArgumentException if the half-life is not positive
   */
  public static TimeDecay of(Duration halfLife) {
    if (halfLife.isNegative() || halfLife.isZero()) {
      throw new IllegalArgumentException("time decay half-life must be positive: " + halfLife);
    }
    return new TimeDecay(halfLife);
  }

  /**
   * Returns the half-life.
   *
   * @return the half-life
   */
  public Duration halfLife() {
    return halfLife;
  }

  @Override
  public String name() {
    return "time-decay";
  }

  @Override
  public Map<String, String> parameters() {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("half-life", Models.formatDuration(halfLife));
    return parameters;
  }

  @Override
  public boolean isJourneyLocal() {
    return true;
  }

  /**
   * Returns the credits of the whole input.
   *
   * @param aggregate the aggregate of event-level input
   * @return the credits
   * @throws IllegalArgumentException if the aggregate did not accumulate this half-life
   */
  public ChannelCredits attribute(JourneyAggregate aggregate) {
    return credits(aggregate.timeDecay(halfLife), aggregate.paths());
  }

  /**
   * Returns the credits of one period.
   *
   * @param aggregate the aggregate of event-level input
   * @param period one of the aggregate's periods
   * @return the credits
   * @throws IllegalArgumentException if the aggregate did not accumulate this half-life
   */
  public ChannelCredits attribute(JourneyAggregate aggregate, DateRange period) {
    return credits(aggregate.timeDecay(halfLife, period), aggregate.paths(period));
  }

  private static ChannelCredits credits(
      SortedMap<String, TimeDecayCredit> credits, PathTable table) {
    List<String> channels = new ArrayList<>(table.channels());
    for (String key : credits.keySet()) {
      if (!channels.contains(key)) {
        channels.add(key);
      }
    }
    double[] conversions = new double[channels.size()];
    double[] value = new double[channels.size()];
    for (int c = 0; c < channels.size(); c++) {
      TimeDecayCredit credit = credits.get(channels.get(c));
      if (credit != null) {
        conversions[c] = credit.conversions().doubleValue();
        value[c] = credit.value().doubleValue();
      }
    }
    return new ChannelCredits(
        channels, conversions, value, table.totalConversions(), table.totalValue(), Double.NaN);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TimeDecay && halfLife.equals(((TimeDecay) other).halfLife);
  }

  @Override
  public int hashCode() {
    return Objects.hash(halfLife);
  }

  @Override
  public String toString() {
    return Positional.describe(name(), parameters());
  }
}
