package org.socialstrategy.testkit;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.socialstrategy.model.Strategy;

/**
 * QuickTheories generators of strategies, built on {@link StrategyGenerator}. Sizes shrink towards
 * the smallest strategy, so a failing property is reported on as small an example as can be found.
 *
 * <pre>{@code
 * qt().forAll(StrategyGens.strategies(Alignment.FULLY_ALIGNED))
 *     .checkAssert(strategy -> assertTrue(validator.validate(strategy).isEmpty()));
 * }</pre>
 */
public final class StrategyGens {

  /** The most tactics a strategy from {@link #strategies()} has. */
  public static final int DEFAULT_MAX_TACTICS = 40;

  private StrategyGens() {}

  /**
   * Returns generators of strategy settings: seed, sizes and alignment, each generator printing its
   * settings so a failing example can be made again.
   *
   * @param alignment how well the tactics are aligned
   * @param maxTactics the most tactics a strategy may have, at least 1
   * @return settings for strategies of up to {@code maxTactics} tactics
   */
  public static Gen<StrategyGenerator> generators(Alignment alignment, int maxTactics) {
    return generators(alignment, maxTactics, false);
  }

  private static Gen<StrategyGenerator> generators(
      Alignment alignment, int maxTactics, boolean extras) {
    if (maxTactics < 1) {
      throw new IllegalArgumentException("maxTactics must be at least 1: " + maxTactics);
    }
    int maxGoals = Math.min(6, maxTactics);
    return longs()
        .all()
        .zip(
            integers().between(1, maxGoals),
            integers().between(0, maxTactics - 1),
            integers().between(1, 6),
            integers().between(0, 3 * maxTactics),
            (seed, goals, extraTactics, initiatives, observations) ->
                StrategyGenerator.builder()
                    .seed(seed)
                    .goals(goals)
                    .tactics(Math.min(maxTactics, goals + extraTactics))
                    .initiatives(initiatives)
                    .observations(observations)
                    .alignment(alignment)
                    .extras(extras)
                    .build());
  }

  /**
   * Returns strategies of up to {@value #DEFAULT_MAX_TACTICS} tactics with the given alignment.
   * Every goal is served by at least one tactic.
   *
   * @param alignment how well the tactics are aligned
   * @return the generator
   */
  public static Gen<Strategy> strategies(Alignment alignment) {
    return strategies(alignment, DEFAULT_MAX_TACTICS);
  }

  /**
   * Returns strategies of up to {@code maxTactics} tactics with the given alignment.
   *
   * @param alignment how well the tactics are aligned
   * @param maxTactics the most tactics a strategy may have, at least 1
   * @return the generator
   */
  public static Gen<Strategy> strategies(Alignment alignment, int maxTactics) {
    return generators(alignment, maxTactics).map(StrategyGenerator::generate);
  }

  /**
   * Returns strategies of up to {@value #DEFAULT_MAX_TACTICS} tactics of every alignment.
   *
   * @return the generator
   */
  public static Gen<Strategy> strategies() {
    return Generate.enumValues(Alignment.class)
        .flatMap(alignment -> strategies(alignment, DEFAULT_MAX_TACTICS));
  }

  /**
   * Returns pairs of versions of a strategy: a strategy of up to {@code maxTactics} tactics, with
   * the extras files carry, and the same after one to four random {@link StrategyEdits}.
   *
   * @param maxTactics the most tactics a strategy may have, at least 1
   * @return the generator
   */
  public static Gen<StrategyPair> pairs(int maxTactics) {
    return strategiesWithExtras(maxTactics)
        .zip(
            longs().all(),
            integers().between(1, 4),
            (strategy, seed, edits) ->
                new StrategyPair(strategy, StrategyEdits.apply(strategy, seed, edits)));
  }

  /**
   * Returns strategies of up to {@value #DEFAULT_MAX_TACTICS} tactics of every alignment, with the
   * extras that files must carry (see {@link StrategyGenerator.Builder#extras(boolean)}): for round
   * trips through files and other code that must keep every value.
   *
   * @return the generator
   */
  public static Gen<Strategy> strategiesWithExtras() {
    return strategiesWithExtras(DEFAULT_MAX_TACTICS);
  }

  /**
   * Returns strategies of up to {@code maxTactics} tactics of every alignment, with the extras that
   * files must carry.
   *
   * @param maxTactics the most tactics a strategy may have, at least 1
   * @return the generator
   */
  public static Gen<Strategy> strategiesWithExtras(int maxTactics) {
    return Generate.enumValues(Alignment.class)
        .flatMap(
            alignment -> generators(alignment, maxTactics, true).map(StrategyGenerator::generate));
  }
}
