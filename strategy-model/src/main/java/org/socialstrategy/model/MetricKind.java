package org.socialstrategy.model;

/**
 * What a metric can show. Only business-outcome metrics show business value; vanity and engagement
 * figures have their place but are not the point. This enum is the one registry of metric kinds.
 */
public enum MetricKind {
  /** Counts of attention or activity: fans, followers, likes, retweets, impressions, posts. */
  VANITY,
  /** Two-way interaction: comments, shares, replies, mentions answered. */
  ENGAGEMENT,
  /**
   * A result the business keeps books on: revenue, net new customers, orders, average order size,
   * cost to serve, retention, time to hire, satisfaction.
   */
  BUSINESS_OUTCOME;

  /**
   * Tells whether metrics of this kind measure a business outcome.
   *
   * @return true for {@link #BUSINESS_OUTCOME}
   */
  public boolean isBusinessOutcome() {
    return this == BUSINESS_OUTCOME;
  }
}
