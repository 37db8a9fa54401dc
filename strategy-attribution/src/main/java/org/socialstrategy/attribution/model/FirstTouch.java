package org.socialstrategy.attribution.model;

import java.util.Arrays;
import org.socialstrategy.attribution.data.PathTable;

/** Credits all of a conversion and its value to the first touch of a path. */
public final class FirstTouch extends Positional implements PathModel {

  private static final FirstTouch MODEL = new FirstTouch();

  private FirstTouch() {}

  /**
   * Returns the model.
   *
   * @return the first-touch model
   */
  public static FirstTouch model() {
    return MODEL;
  }

  @Override
  public String name() {
    return "first-touch";
  }

  @Override
  Shares shares(PathTable table) {
    return this::fill;
  }

  private void fill(int path, int length, double[] shares) {
    Arrays.fill(shares, 0, length, 0);
    shares[0] = 1;
  }
}
