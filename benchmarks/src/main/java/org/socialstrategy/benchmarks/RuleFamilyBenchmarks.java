package org.socialstrategy.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.socialstrategy.scoring.validation.BuiltInRules;
import org.socialstrategy.scoring.validation.RuleFamily;
import org.socialstrategy.scoring.validation.StrategyValidator;
import org.socialstrategy.scoring.validation.ValidationReport;

/** Validation with the rules of one family only, to see where validation time goes. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class RuleFamilyBenchmarks {

  /** The rule family. */
  @Param({"GOALS", "TACTICS", "ORGANIZATION", "GOVERNANCE", "ROADMAP"})
  public RuleFamily family;

  private StrategyValidator validator;

  /** Creates the benchmarks; JMH calls {@link #prepare()} first. */
  public RuleFamilyBenchmarks() {}

  /** Builds a validator with the family's rules only. */
  @Setup
  public void prepare() {
    validator =
        StrategyValidator.builder()
            .addRules(BuiltInRules.all().stream().filter(r -> r.family() == family).toList())
            .build();
  }

  /**
   * Validates with the family's rules.
   *
   * @param state the strategy
   * @return the report
   */
  @Benchmark
  public ValidationReport validateFamily(StrategyState state) {
    return validator.validate(state.strategy);
  }
}
