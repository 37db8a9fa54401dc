package org.socialstrategy.testkit;

import java.util.Objects;
import org.socialstrategy.model.Strategy;

/**
 * Two versions of a strategy: one, and the same after a few edits, as a pull request makes them.
 *
 * @param before the earlier version
 * @param after the later version, which may equal the earlier one when every edit tried was refused
 */
public record StrategyPair(Strategy before, Strategy after) {

  /**
   * Checks that both versions are given.
   *
   * @param before the earlier version
   * @param after the later version
   */
  public StrategyPair {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
  }
}
