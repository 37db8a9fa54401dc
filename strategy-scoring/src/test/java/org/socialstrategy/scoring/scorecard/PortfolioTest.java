package org.socialstrategy.scoring.scorecard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
    int retail = portfolio.units().get(0).scorecard().overall();
    int startup = portfolio.units().get(1).scorecard().overall();
    assertEquals(Math.round((3.0 * retail + startup) / 4), portfolio.overall());
    // alignment: (3 x 0.6667 + 1 x 0) / 4 = 0.500025 -> 0.5000
    assertEquals(0.5, portfolio.alignmentShare());
    assertEquals(MaturityStage.NOT_STARTED, portfolio.weakestStage());
    assertEquals(1, portfolio.stages().get(MaturityStage.FORMALIZED));
    assertEquals(1, portfolio.stages().get(MaturityStage.NOT_STARTED));
    int goals = portfolio.units().get(0).scorecard().successFactor(1).score();
    int thinGoals = portfolio.units().get(1).scorecard().successFactor(1).score();
    assertEquals(
        Math.round((3.0 * goals + thinGoals) / 4), portfolio.factor(SuccessFactor.BUSINESS_GOALS));
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
    assertEquals(0, Portfolio.builder(Scored.MID_YEAR).build().overall());
  }
}
