package org.socialstrategy.model;

/** Identifies a {@link Metric} within a strategy. */
public final class MetricId extends Identifier {

  private MetricId(String value) {
    super(value);
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the id's text
   * @return the id
   * @throws NullPointerException if {@code value} is null
   */
  public static MetricId of(String value) {
    return new MetricId(value);
  }

  @Override
  public String kind() {
    return "metric";
  }
}
