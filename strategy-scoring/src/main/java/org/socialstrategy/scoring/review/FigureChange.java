package org.socialstrategy.scoring.review;

import java.util.Objects;

/**
 * One headline figure before and after a change.
 *
 * @param key what tools call the figure, such as {@code results}
 * @param label what people call it, such as {@code results}
 * @param before its value before the change
 * @param after its value after the change
 */
public record FigureChange(String key, String label, String before, String after) {

  /**
   * Checks that every part is given.
   *
   * @param key what tools call the figure
   * @param label what people call it
   * @param before its value before
   * @param after its value after
   */
  public FigureChange {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
  }

  /**
   * Tells whether the figure moved.
   *
   * @return true when the values differ
   */
  public boolean changed() {
    return !before.equals(after);
  }
}
