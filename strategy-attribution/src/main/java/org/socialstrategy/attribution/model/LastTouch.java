package org.socialstrategy.attribution.model;

import java.util.Arrays;
import org.socialstrategy.attribution.data.PathTable;

/** Credits all of a conversion and its value to the last touch of a path. */
public final class LastTouch extends Positional implements PathModel {

  private static final LastTouch MODEL = new LastTouch();

  private LastTouch() {}

  /**
   * Returns the model.
   *
   * @return the last-touch model
   */
  public static LastTouch model() {
    return MODEL;
  }

  @Override
  public String name() {
    return "last-touch";
  }

  @Override
  Shares shares(PathTable table) {
    return this::fill;
  }

  private void fill(int path, int length, double[] shares) {
    Arrays.fill(shares, 0, length, 0);
    shares[length - 1] = 1;
  }
}
