package org.socialstrategy.benchmarks;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.socialstrategy.io.StrategyFiles;
import org.socialstrategy.io.StrategyFormat;
import org.socialstrategy.model.Strategy;

/**
 * The benchmarked strategy as a planning app holds it after opening a file: written to JSON and
 * read back once per trial. Equal to the generated one, but its references share the id objects of
 * the elements they name, as every strategy read from a file does, where the generator makes a new
 * id object for every reference.
 */
@State(Scope.Benchmark)
public class LoadedState {

  /** The strategy read back. */
  public Strategy strategy;

  /** Creates the state; JMH calls {@link #load(StrategyState)} before measuring. */
  public LoadedState() {}

  /**
   * Writes the generated strategy as JSON and reads it back.
   *
   * @param state the generated strategy
   */
  @Setup(Level.Trial)
  public void load(StrategyState state) {
    strategy =
        StrategyFiles.read(
            StrategyFiles.write(state.strategy, StrategyFormat.JSON), "strategy.json");
  }
}
