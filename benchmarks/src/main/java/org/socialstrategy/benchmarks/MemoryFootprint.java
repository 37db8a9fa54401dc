package org.socialstrategy.benchmarks;

import org.openjdk.jol.info.GraphLayout;
import org.socialstrategy.io.StrategyFiles;
import org.socialstrategy.io.StrategyFormat;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.testkit.Alignment;
import org.socialstrategy.testkit.StrategyGenerator;

/**
 * Measures the memory a strategy retains: the total size of every object reachable from it, with
 * its lookup index built, per tactic. Run with {@code java -cp benchmarks/target/benchmarks.jar
 * org.socialstrategy.benchmarks.MemoryFootprint [--loaded] [tactics]}: a generated strategy, or
 * with {@code --loaded} the same strategy written as JSON and read back, as an application holds
 * one loaded from a file.
 */
public final class MemoryFootprint {

  private MemoryFootprint() {}

  /**
   * Prints the retained bytes of a generated or loaded strategy, in all and per tactic.
   *
   * @param args {@code --loaded} to measure the strategy read from its JSON, then the number of
   *     tactics, 100,000 when not given
   */
  public static void main(String[] args) {
    boolean loaded = args.length > 0 && args[0].equals("--loaded");
    int first = loaded ? 1 : 0;
    int tactics = args.length > first ? Integer.parseInt(args[first]) : 100_000;
    Strategy strategy =
        StrategyGenerator.scaledTo(tactics).seed(42).alignment(Alignment.MIXED).build().generate();
    if (loaded) {
      strategy =
          StrategyFiles.read(StrategyFiles.write(strategy, StrategyFormat.JSON), "strategy.json");
    }
    strategy.tactic(strategy.tactics().get(0).id());
    long bytes = GraphLayout.parseInstance(strategy).totalSize();
    System.out.printf(
        "%s: %d tactics, %d observations: %d bytes retained, %d bytes per tactic%n",
        loaded ? "loaded from JSON" : "generated",
        strategy.tactics().size(),
        strategy.observations().size(),
        bytes,
        bytes / tactics);
  }
}
