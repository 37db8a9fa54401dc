package org.socialstrategy.benchmarks;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.testkit.Alignment;
import org.socialstrategy.testkit.StrategyGenerator;

/**
 * A testkit strategy of the benchmarked size, generated once per trial: goals, initiatives and
 * observations scale with the tactics ({@link StrategyGenerator#scaledTo(int)}), about one tactic
 * in ten unaligned and a quarter measured by vanity, so rules have something to find.
 */
@State(Scope.Benchmark)
public class StrategyState {

  /** The number of tactics. */
  @Param({"1000", "10000", "100000"})
  public int tactics;

  /** The strategy. */
  public Strategy strategy;

  /** Creates the state; JMH calls {@link #generate()} before measuring. */
  public StrategyState() {}

  /** Generates the strategy. */
  @Setup(Level.Trial)
  public void generate() {
    strategy =
        StrategyGenerator.scaledTo(tactics).seed(42).alignment(Alignment.MIXED).build().generate();
  }
}
