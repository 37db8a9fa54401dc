package org.socialstrategy.attribution.model;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.socialstrategy.attribution.data.PathTable;

/**
 * Shares a conversion between the first touch, the last touch and the touches between them: the
 * first gets {@code first}, the last {@code last}, and the rest, {@code 1 - first - last}, is
 * spread evenly over the middle touches. A one-touch path gives its touch everything; a two-touch
 * path has no middle, so its two touches share in proportion {@code first : last} (half each by
 * default, or when both are zero).
 *
 * <p>The default is 40/40 with 20 spread over the middle, also called U-shaped.
 */
public final class PositionBased extends Positional implements PathModel {

  private static final PositionBased DEFAULT = new PositionBased(0.4, 0.4);

  private final double first;
  private final double last;

  private PositionBased(double first, double last) {
    this.first = first;
    this.last = last;
  }

  /**
   * Returns the model with the default shares, 0.4 to the first touch and 0.4 to the last.
   *
   * @return the model
   */
  public static PositionBased defaults() {
    return DEFAULT;
  }

  /**
   * Returns the model with the given shares.
   *
   * @param first the share of the first touch, in [0, 1]
   * @param last the share of the last touch, in [0, 1], with {@code first + last <= 1}
   * @return the model
   * @throws IllegalArgumentException if a share is out of range
   */
  public static PositionBased of(double first, double last) {
    if (!(first >= 0 && last >= 0 && first + last <= 1 + 1e-12)) {
      throw new IllegalArgumentException(
          "position-based shares must be zero or more and add up to at most 1: first="
              + first
              + ", last="
              + last);
    }
    return new PositionBased(first, last);
  }

  /**
   * Returns the share of the first touch.
   *
   * @return the share
   */
  public double first() {
    return first;
  }

  /**
   * Returns the share of the last touch.
   *
   * @return the share
   */
  public double last() {
    return last;
  }

  @Override
  public String name() {
    return "position-based";
  }

  @Override
  public Map<String, String> parameters() {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("first", Double.toString(first));
    parameters.put("last", Double.toString(last));
    return parameters;
  }

  @Override
  Shares shares(PathTable table) {
    return this::fill;
  }

  private void fill(int path, int length, double[] shares) {
    if (length == 1) {
      shares[0] = 1;
    } else if (length == 2) {
      double ends = first + last;
      shares[0] = ends == 0 ? 0.5 : first / ends;
      shares[1] = ends == 0 ? 0.5 : last / ends;
    } else {
      Arrays.fill(shares, 1, length - 1, (1 - first - last) / (length - 2));
      shares[0] = first;
      shares[length - 1] = last;
    }
  }
}
