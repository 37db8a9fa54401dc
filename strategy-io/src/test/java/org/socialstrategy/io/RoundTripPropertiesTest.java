package org.socialstrategy.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.testkit.Alignment;
import org.socialstrategy.testkit.StrategyGens;

/** Writing a strategy and reading it back gives an equal strategy, in both notations. */
class RoundTripPropertiesTest {

  private static final int EXAMPLES = 1000;

  /** Small strategies already hold every shape a file can take; larger ones only take longer. */
  private static final int MAX_TACTICS = 12;

  private static void roundTrips(StrategyFormat format) {
    qt().withExamples(EXAMPLES)
        .forAll(StrategyGens.strategiesWithExtras(MAX_TACTICS))
        .checkAssert(
            strategy -> {
              String written = StrategyFiles.write(strategy, format);
              Strategy read = StrategyFiles.read(written, "generated", format);
              assertEquals(strategy, read);
              assertEquals(written, StrategyFiles.write(read, format));
            });
  }

  @Test
  void everyStrategyRoundTripsThroughJson() {
    roundTrips(StrategyFormat.JSON);
  }

  @Test
  void everyStrategyRoundTripsThroughYaml() {
    roundTrips(StrategyFormat.YAML);
  }

  @Test
  void plainStrategiesRoundTripToo() {
    qt().withExamples(200)
        .forAll(StrategyGens.strategies(Alignment.MIXED, MAX_TACTICS))
        .checkAssert(
            strategy -> {
              for (StrategyFormat format : StrategyFormat.values()) {
                assertEquals(
                    strategy,
                    StrategyFiles.read(StrategyFiles.write(strategy, format), "plain", format));
              }
            });
  }
}
