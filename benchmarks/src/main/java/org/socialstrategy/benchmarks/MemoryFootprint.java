package org.socialstrategy.benchmarks;

import org.openjdk.jol.info.GraphLayout;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.testkit.Alignment;
import org.socialstrategy.testkit.StrategyGenerator;

/**
 * Measures the memory a strategy retains: the total size of every object reachable from it, with
 * its lookup index built, per tactic. Run with {@code java -cp benchmarks/target/benchmarks.jar
 * org.socialstrategy.benchmarks.MemoryFootprint [tactics]}.
 */
public final class MemoryFootprint {

  private MemoryFootprint() {}

  /**
   * Prints the retained bytes of a generated strategy, in all and per tactic.
   *
   * @param args the number of tactics, 100,000 when not given
   */
  public static void main(String[] args) {
    int tactics = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    Strategy strategy =
        StrategyGenerator.scaledTo(tactics).seed(42).alignment(Alignment.MIXED).build().generate();
    strategy.tactic(strategy.tactics().get(0).id());
    long bytes = GraphLayout.parseInstance(strategy).totalSize();
    System.out.printf(
        "%d tactics, %d observations: %d bytes retained, %d bytes per tactic%n",
        strategy.tactics().size(), strategy.observations().size(), bytes, bytes / tactics);
  }
}
