package org.socialstrategy.attribution.model;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * What a model credits to each channel of a path table: a share of the conversions and of their
 * value. Credits add up to the table's totals (efficiency) within {@link #TOLERANCE} of them; model
 * arithmetic is in doubles, the totals themselves are exact.
 */
public final class ChannelCredits {

  /**
   * The relative tolerance of efficiency: credits sum to the totals within {@code 1e-9 * max(1,
   * total)}.
   */
  public static final double TOLERANCE = 1e-9;

  private final List<String> channels;
  private final double[] conversions;
  private final double[] value;
  private final long totalConversions;
  private final BigDecimal totalValue;
  private final double errorBound;

  /**
   * Makes credits.
   *
   * @param channels the channels' key texts, by id
   * @param conversions the conversions credited to each channel, by id
   * @param value the value credited to each channel, by id
   * @param totalConversions the conversions of the table
   * @param totalValue the value of the table
   * @param errorBound the bound on each channel's conversion credit for a sampled model, or NaN
   */
  ChannelCredits(
      List<String> channels,
      double[] conversions,
      double[] value,
      long totalConversions,
      BigDecimal totalValue,
      double errorBound) {
    this.channels = List.copyOf(channels);
    this.conversions = conversions;
    this.value = value;
    this.totalConversions = totalConversions;
    this.totalValue = totalValue;
    this.errorBound = errorBound;
  }

  /**
   * Returns the channels' key texts, by id.
   *
   * @return the channels
   */
  public List<String> channels() {
    return Collections.unmodifiableList(channels);
  }

  /**
   * Returns the conversions credited to a channel.
   *
   * @param channel the channel's id
   * @return the credit
   */
  public double conversions(int channel) {
    return conversions[channel];
  }

  /**
   * Returns the conversions credited to a channel.
   *
   * @param key the channel's key text
   * @return the credit; zero for a channel not in the table
   */
  public double conversions(String key) {
    int at = channels.indexOf(key);
    return at < 0 ? 0 : conversions[at];
  }

  /**
   * Returns the value credited to a channel.
   *
   * @param channel the channel's id
   * @return the credit
   */
  public double value(int channel) {
    return value[channel];
  }

  /**
   * Returns the value credited to a channel.
   *
   * @param key the channel's key text
   * @return the credit; zero for a channel not in the table
   */
  public double value(String key) {
    int at = channels.indexOf(key);
    return at < 0 ? 0 : value[at];
  }

  /**
   * Returns the conversions of the table, which the credits share.
   *
   * @return the total, exact
   */
  public long totalConversions() {
    return totalConversions;
  }

  /**
   * Returns the value of the table, which the credits share.
   *
   * @return the total, exact
   */
  public BigDecimal totalValue() {
    return totalValue;
  }

  /**
   * Returns, for a sampled model, the bound on the error of each channel's conversion credit at the
   * model's confidence (a Hoeffding bound).
   *
   * @return the bound, in conversions; empty for an exact model
   */
  public OptionalDouble errorBound() {
    return Double.isNaN(errorBound) ? OptionalDouble.empty() : OptionalDouble.of(errorBound);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ChannelCredits
        && channels.equals(((ChannelCredits) other).channels)
        && Arrays.equals(conversions, ((ChannelCredits) other).conversions)
        && Arrays.equals(value, ((ChannelCredits) other).value)
        && totalConversions == ((ChannelCredits) other).totalConversions
        && totalValue.compareTo(((ChannelCredits) other).totalValue) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(channels, Arrays.hashCode(conversions), Arrays.hashCode(value));
  }

  /** Returns the credits as {@code {email=2.5/120.0, search=1.5/50.0}}: conversions/value. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("{");
    for (int c = 0; c < channels.size(); c++) {
      text.append(c == 0 ? "" : ", ")
          .append(channels.get(c))
          .append('=')
          .append(conversions[c])
          .append('/')
          .append(value[c]);
    }
    return text.append('}').toString();
  }
}
