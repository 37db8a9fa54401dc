package org.socialstrategy.attribution.model;

import java.util.Arrays;
import org.socialstrategy.attribution.data.PathTable;

/**
 * Shares a conversion and its value equally among the touches of its path: a channel touched twice
 * gets two shares.
 */
public final class Linear extends Positional implements PathModel {

  private static final Linear MODEL = new Linear();

  private Linear() {}

  /**
   * Returns the model.
   *
   * @return the linear model
   */
  public static Linear model() {
    return MODEL;
  }

  @Override
  public String name() {
    return "linear";
  }

  @Override
  Shares shares(PathTable table) {
    return this::fill;
  }

  private void fill(int path, int length, double[] shares) {
    Arrays.fill(shares, 0, length, 1.0 / length);
  }
}
