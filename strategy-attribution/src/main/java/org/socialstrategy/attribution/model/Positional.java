package org.socialstrategy.attribution.model;

import java.util.Map;
import java.util.Objects;
import org.socialstrategy.attribution.data.PathTable;

/**
 * The rule-based models: each path's conversions and value are shared among its steps by fixed
 * shares that depend on the path alone, each step's share going to its channel.
 */
abstract class Positional {

  Positional() {}

  /** Fills {@code shares[0..length)} with the steps' shares of one path, adding up to 1. */
  interface Shares {
    void fill(int path, int length, double[] shares);
  }

  /** Returns how the paths of the table are shared. */
  abstract Shares shares(PathTable table);

  /**
   * Shares the table's conversions and value among its channels by the model's rule.
   *
   * @param table the path table
   * @return the credits, which add up to the table's totals
   */
  public final ChannelCredits attribute(PathTable table) {
    return attributeByShares(table);
  }

  /**
   * Tells that each journey's credit depends on that journey alone, as for every rule-based model.
   *
   * @return true
   */
  public final boolean isJourneyLocal() {
    return true;
  }

  /**
   * Returns the model's parameters; none unless the model has some.
   *
   * @return the parameters by name, as text
   */
  public Map<String, String> parameters() {
    return Map.of();
  }

  final ChannelCredits attributeByShares(PathTable table) {
    return byShares(table, shares(table));
  }

  /** Credits each path's conversions and value to its steps by the rule's shares. */
  static ChannelCredits byShares(PathTable table, Shares rule) {
    int channels = table.channelCount();
    double[] conversions = new double[channels];
    double[] value = new double[channels];
    double[] shares = new double[16];
    for (int p = 0; p < table.size(); p++) {
      long count = table.conversions(p);
      if (count == 0) {
        continue;
      }
      int length = table.length(p);
      if (shares.length < length) {
        shares = new double[Math.max(length, 2 * shares.length)];
      }
      rule.fill(p, length, shares);
      double pathValue = table.valueAsDouble(p);
      for (int i = 0; i < length; i++) {
        int channel = table.step(p, i);
        conversions[channel] += shares[i] * count;
        value[channel] += shares[i] * pathValue;
      }
    }
    return new ChannelCredits(
        table.channels(),
        conversions,
        value,
        table.totalConversions(),
        table.totalValue(),
        Double.NaN);
  }

  /** Prints a model as {@code name(k=v, ...)}. */
  static String describe(String name, Map<String, String> parameters) {
    if (parameters.isEmpty()) {
      return name;
    }
    StringBuilder text = new StringBuilder(name).append('(');
    parameters.forEach(
        (key, value) ->
            text.append(text.charAt(text.length() - 1) == '(' ? "" : ", ")
                .append(key)
                .append('=')
                .append(value));
    return text.append(')').toString();
  }

  @Override
  public final boolean equals(Object other) {
    return other != null
        && other.getClass() == getClass()
        && parameters().equals(((Positional) other).parameters());
  }

  @Override
  public final int hashCode() {
    return Objects.hash(getClass(), parameters());
  }

  @Override
  public final String toString() {
    return describe(((AttributionModel) this).name(), parameters());
  }
}
