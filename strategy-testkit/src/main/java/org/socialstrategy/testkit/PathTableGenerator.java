package org.socialstrategy.testkit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Makes an aggregated path table from a seed: a number of distinct paths over a number of channels,
 * with skewed channel popularity (the k-th channel drawn about 1/k as often as the first), path
 * lengths of one to twenty steps (four on average), and counts like analytics exports: most paths
 * end in nothing, a few convert. For benchmarks of models at a given size, such as 100,000 distinct
 * paths over 20 channels.
 */
public final class PathTableGenerator {

  private PathTableGenerator() {}

  /**
   * Returns the rows of a path table.
   *
   * @param distinctPaths the number of distinct paths, at least 1
   * @param channels the number of channels, {@code ch01}, {@code ch02}, ..., at least 2
   * @param seed the seed
   * @return the rows, each path once
   * @throws IllegalArgumentException if the sizes are out of range
   */
  public static List<PathRow> generate(int distinctPaths, int channels, long seed) {
    if (distinctPaths < 1 || channels < 2) {
      throw new IllegalArgumentException(
          "a path table needs at least 1 path and 2 channels: "
              + distinctPaths
              + " paths, "
              + channels
              + " channels");
    }
    List<String> names = new ArrayList<>();
    double[] cumulative = new double[channels];
    double sum = 0;
    for (int c = 0; c < channels; c++) {
      names.add(String.format(Locale.ROOT, "ch%02d", c + 1));
      sum += 1.0 / (c + 1);
      cumulative[c] = sum;
    }
    for (int c = 0; c < channels; c++) {
      cumulative[c] /= sum;
    }
    SplittableRandom random = new SplittableRandom(seed);
    Set<List<String>> seen = new HashSet<>();
    List<PathRow> rows = new ArrayList<>(distinctPaths);
    while (rows.size() < distinctPaths) {
      int length = 1;
      while (length < 20 && random.nextDouble() < 0.75) {
        length++;
      }
      List<String> steps = new ArrayList<>(length);
      for (int i = 0; i < length; i++) {
        double draw = random.nextDouble();
        int c = 0;
        while (c < channels - 1 && draw >= cumulative[c]) {
          c++;
        }
        steps.add(names.get(c));
      }
      if (!seen.add(steps)) {
        continue;
      }
      long conversions = random.nextDouble() < 0.3 ? 1 + random.nextInt(5) : 0;
      long nulls = conversions == 0 || random.nextDouble() < 0.7 ? 1 + random.nextInt(40) : 0;
      BigDecimal value = BigDecimal.valueOf(conversions * (20 + random.nextInt(200)));
      rows.add(new PathRow(steps, conversions, value, nulls));
    }
    return rows;
  }
}
