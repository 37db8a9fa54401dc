package org.socialstrategy.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.scoring.validation.StrategyValidator;
import org.socialstrategy.testkit.Alignment;
import org.socialstrategy.testkit.StrategyGenerator;
import org.socialstrategy.testkit.StrategyGens;

/** The testkit at work: a strategy at scale, and a property every generated strategy keeps. */
class GeneratedStrategiesTest {

  @Test
  void fullyAlignedStrategiesHaveNoUnalignedTactic() {
    // snippet:generated
    Strategy large = StrategyGenerator.scaledTo(5_000).seed(42).build().generate();
    assertEquals(5_000, large.tactics().size());

    StrategyValidator validator = StrategyValidator.defaults();
    qt().withExamples(200)
        .forAll(StrategyGens.strategies(Alignment.FULLY_ALIGNED))
        .checkAssert(
            strategy ->
                assertTrue(
                    validator.validate(strategy).byRule("unaligned-tactic").findings().isEmpty()));
    // end:generated
  }
}
