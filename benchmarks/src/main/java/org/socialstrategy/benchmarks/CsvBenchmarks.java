package org.socialstrategy.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.socialstrategy.io.ObservationsCsv;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.model.Tactic;
import org.socialstrategy.testkit.StrategyGenerator;

/**
 * Importing 1,000,000 observation rows from CSV into a 10,000-tactic strategy, the merge included.
 * The score is per row, so its reciprocal is rows per second.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
public class CsvBenchmarks {

  /** The number of rows imported. */
  static final int ROWS = 1_000_000;

  private Strategy strategy;
  private String csv;

  /** Creates the benchmarks; JMH calls {@link #prepare()} first. */
  public CsvBenchmarks() {}

  /** Generates the strategy and a CSV export of observations of its tactics. */
  @Setup(Level.Trial)
  public void prepare() {
    strategy = StrategyGenerator.scaledTo(10_000).seed(42).observations(0).build().generate();
    List<Tactic> tactics = strategy.tactics();
    StringBuilder text = new StringBuilder(ROWS * 48).append("period,metric,tactic,value\n");
    for (int i = 0; i < ROWS; i++) {
      Tactic tactic = tactics.get(i % tactics.size());
      text.append("2027-")
          .append(String.format(java.util.Locale.ROOT, "%02d", 1 + (i / tactics.size()) % 12))
          .append(',')
          .append(tactic.tracks().get(0))
          .append(',')
          .append(tactic.id())
          .append(',')
          .append(1 + i % 500)
          .append('\n');
    }
    csv = text.toString();
  }

  /**
   * Imports and merges every row.
   *
   * @return the strategy with the observations
   */
  @Benchmark
  @OperationsPerInvocation(ROWS)
  public Strategy importRows() {
    return ObservationsCsv.merge(strategy, csv, "observations.csv");
  }
}
