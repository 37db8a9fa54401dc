package org.socialstrategy.attribution.model;

import org.socialstrategy.attribution.data.PathTable;

/** An attribution model that works from a path table of distinct paths and their counts. */
public sealed interface PathModel extends AttributionModel
    permits FirstTouch, LastTouch, LastNonDirectTouch, Linear, PositionBased, Markov, Shapley {

  /**
   * Shares the table's conversions and value among its channels.
   *
   * @param table the path table
   * @return the credits, which add up to the table's totals
   */
  ChannelCredits attribute(PathTable table);
}
