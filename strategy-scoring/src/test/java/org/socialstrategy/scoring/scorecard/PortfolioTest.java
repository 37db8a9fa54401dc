package org.socialstrategy.scoring.scorecard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.scoring.SuccessFactor;
import org.socialstrategy.scoring.validation.Sound;

class PortfolioTest {

  @Test
  void rollsBusinessUnitsUpWithWeights() {
    Strategy thin = Strategy.builder().organization(Sound.strategy().organization()).build();
    Portfolio portfolio =
        Portfolio.builder(Scored.MID_YEAR)
            .add("retail", Scored.strategy(), 3)
            .add("startup", thin, 1)
            .build();
    // plans: retail 61 (see HeadlinesTest), the startup with nothing but a name 0:
    // (3 x 61 + 1 x 0) / 4 = 45.75 -> 46, the startup the weakest
    assertEquals(61, portfolio.units().get(0).scorecard().plan().score().getAsInt());
    assertEquals(0, portfolio.units().get(1).scorecard().plan().score().getAsInt());
    Portfolio.Figure plan = portfolio.plan();
    assertEquals(OptionalInt.of(46), plan.score());
    assertEquals(Optional.of("startup"), plan.weakest());
    assertEquals("46/100 (weakest: startup, 0)", plan.display());
    // results: only retail measures them (75), so the roll-up is 75 and names the startup as
    // not measured
    Portfolio.Figure results = portfolio.results();
    assertEquals(OptionalInt.of(75), results.score());
    assertEquals(List.of("startup"), results.notMeasured());
    assertEquals("75/100 (weakest: retail, 75; not measured: startup)", results.display());
    // alignment: (3 x 0.6667 + 1 x 0) / 4 = 0.500025 -> 0.5000
    assertEquals(0.5, portfolio.alignmentShare());
    assertEquals(MaturityStage.NOT_STARTED, portfolio.weakestStage());
    assertEquals(1, portfolio.stages().get(MaturityStage.FORMALIZED));
    assertEquals(1, portfolio.stages().get(MaturityStage.NOT_STARTED));
    // factor 1: retail 90, the startup 0 (no goals: 0 of 1): (3 x 90 + 0) / 4 = 67.5 -> 68
    assertEquals(OptionalInt.of(68), portfolio.factor(SuccessFactor.BUSINESS_GOALS));
    // factor 7: retail 100; it does not apply to the startup, which has no platforms
    assertEquals(OptionalInt.of(100), portfolio.factor(SuccessFactor.TECHNOLOGY));
  }

  @Test
  void refusesBadUnits() {
    Portfolio.Builder builder = Portfolio.builder(Scored.MID_YEAR).add("retail", Sound.strategy());
    assertEquals(
        "business unit 'retail' is already in the portfolio",
        assertThrows(IllegalArgumentException.class, () -> builder.add("retail", Sound.strategy()))
            .getMessage());
    assertEquals(
        "weight of business unit 'b2b' must be above zero: 0.0",
        assertThrows(IllegalArgumentException.class, () -> builder.add("b2b", Sound.strategy(), 0))
            .getMessage());
    assertEquals(
        "a business unit needs a name",
        assertThrows(IllegalArgumentException.class, () -> builder.add(" ", Sound.strategy()))
            .getMessage());
    assertEquals("not measured", Portfolio.builder(Scored.MID_YEAR).build().plan().display());
  }
}
