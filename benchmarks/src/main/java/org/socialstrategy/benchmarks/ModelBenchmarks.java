package org.socialstrategy.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.socialstrategy.attribution.data.PathTable;
import org.socialstrategy.attribution.model.ChannelCredits;
import org.socialstrategy.attribution.model.LastTouch;
import org.socialstrategy.attribution.model.Markov;
import org.socialstrategy.attribution.model.Shapley;
import org.socialstrategy.testkit.PathRow;
import org.socialstrategy.testkit.PathTableGenerator;

/**
 * Attribution models over path tables of 1,000, 10,000 and 100,000 distinct paths across 20
 * channels, beside their floor: one pass over every step of the table.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class ModelBenchmarks {

  /** The number of distinct paths. */
  @Param({"1000", "10000", "100000"})
  public int paths;

  /** The number of channels. */
  @Param({"20"})
  public int channels;

  private PathTable table;

  /** Creates the benchmarks; JMH calls {@link #prepare()} first. */
  public ModelBenchmarks() {}

  /** Generates the path table. */
  @Setup(Level.Trial)
  public void prepare() {
    PathTable.Builder builder = PathTable.builder();
    for (PathRow row : PathTableGenerator.generate(paths, channels, 42)) {
      builder.add(row.steps(), row.conversions(), row.value(), row.nulls());
    }
    table = builder.build();
  }

  /**
   * The floor: every step of every path, read once.
   *
   * @return a sum, so the pass is not optimized away
   */
  @Benchmark
  public long tableScan() {
    long sum = 0;
    for (int p = 0; p < table.size(); p++) {
      long weight = table.conversions(p) + table.nulls(p);
      for (int i = 0; i < table.length(p); i++) {
        sum += weight * table.step(p, i);
      }
    }
    return sum;
  }

  /**
   * Last touch.
   *
   * @return the credits
   */
  @Benchmark
  public ChannelCredits lastTouch() {
    return LastTouch.model().attribute(table);
  }

  /**
   * The first-order Markov model, solved exactly.
   *
   * @return the credits
   */
  @Benchmark
  public ChannelCredits markovOrder1() {
    return Markov.order(1).attribute(table);
  }

  /**
   * The third-order Markov model, solved exactly.
   *
   * @return the credits
   */
  @Benchmark
  public ChannelCredits markovOrder3() {
    return Markov.order(3).attribute(table);
  }

  /**
   * Shapley values of journeys' conversions, exact.
   *
   * @return the credits
   */
  @Benchmark
  public ChannelCredits shapley() {
    return Shapley.defaults().attribute(table);
  }

  /**
   * Shapley values of conversion rates, exact over all 2^20 coalitions.
   *
   * @return the credits
   */
  @Benchmark
  public ChannelCredits shapleyRate() {
    return Shapley.rate().attribute(table);
  }
}
