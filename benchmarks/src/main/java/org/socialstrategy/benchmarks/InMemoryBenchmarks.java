package org.socialstrategy.benchmarks;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.socialstrategy.model.Money;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.model.Tactic;
import org.socialstrategy.scoring.scorecard.Scorecard;
import org.socialstrategy.scoring.validation.StrategyValidator;
import org.socialstrategy.scoring.validation.ValidationReport;

/**
 * Work on a strategy already in memory, beside its floor: the bare traversal of the same strategy.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class InMemoryBenchmarks {

  private StrategyValidator validator;
  private Tactic edited;

  /** Creates the benchmarks; JMH calls {@link #prepare(StrategyState)} first. */
  public InMemoryBenchmarks() {}

  /**
   * Builds the validator once and prepares the tactic the edit swaps in.
   *
   * @param state the strategy
   */
  @Setup
  public void prepare(StrategyState state) {
    validator = StrategyValidator.defaults();
    Tactic tactic = state.strategy.tactics().get(state.tactics / 2);
    edited = tactic.withCost(Money.of("1234.00", "USD"));
  }

  /**
   * The floor: touch every element once.
   *
   * @param state the strategy
   * @return the folded hash
   */
  @Benchmark
  public long traversal(StrategyState state) {
    return Traversal.touch(state.strategy);
  }

  /**
   * Full validation with every built-in rule.
   *
   * @param state the strategy
   * @return the report
   */
  @Benchmark
  public ValidationReport validate(StrategyState state) {
    return validator.validate(state.strategy);
  }

  /**
   * The floor of {@link #validateLoaded}: touch every element of the strategy read from JSON.
   *
   * @param state the strategy read back
   * @return the folded hash
   */
  @Benchmark
  public long traversalLoaded(LoadedState state) {
    return Traversal.touch(state.strategy);
  }

  /**
   * Full validation of the same strategy read from JSON, whose references share id objects.
   *
   * @param state the strategy read back
   * @return the report
   */
  @Benchmark
  public ValidationReport validateLoaded(LoadedState state) {
    return validator.validate(state.strategy);
  }

  /**
   * The full scorecard, validation included.
   *
   * @param state the strategy
   * @return the scorecard
   */
  @Benchmark
  public Scorecard scorecard(StrategyState state) {
    return Scorecard.of(state.strategy, LocalDate.of(2028, 6, 30), validator);
  }

  /**
   * Building the strategy again from its parts, every invariant checked.
   *
   * @param state the strategy
   * @return the rebuilt strategy
   */
  @Benchmark
  public Strategy build(StrategyState state) {
    return Strategy.builder().from(state.strategy).build();
  }

  /**
   * One copy-on-write edit: a tactic swapped for a changed one.
   *
   * @param state the strategy
   * @return the edited strategy
   */
  @Benchmark
  public Strategy edit(StrategyState state) {
    return state.strategy.withTactic(edited);
  }
}
