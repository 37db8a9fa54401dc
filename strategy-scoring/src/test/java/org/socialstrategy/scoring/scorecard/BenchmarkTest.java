package org.socialstrategy.scoring.scorecard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.scoring.validation.Sound;

class BenchmarkTest {

  @Test
  void comparesTheStrategyWithTheFourSurveyFigures() {
    Benchmark benchmark = Scorecard.of(Scored.strategy(), Scored.MID_YEAR).benchmark();
    assertEquals(
        List.of(
            "yes (67% of tactics aligned): only 34% of surveyed businesses say the same",
            "yes (3 business functions under a vision): only 28% of surveyed businesses say the"
                + " same",
            "yes (roadmap over 3 calendar years): only 12% of surveyed businesses say the same",
            "yes (2 of 3 executives aligned): only 50% of surveyed businesses say the same"),
        benchmark.items().stream().map(BenchmarkItem::statement).toList());
    assertEquals(0.34, benchmark.items().get(0).surveyShare());
  }

  @Test
  void saysNotYetWhereTheStrategyFallsShort() {
    Strategy thin =
        Strategy.builder()
            .organization(Sound.strategy().organization())
            .addStakeholder(
                Sound.executive(
                    "ceo",
                    "Chief Executive Officer",
                    org.socialstrategy.model.ExecutiveAlignment.INFORMED))
            .build();
    assertEquals(
        List.of(
            "not yet (0% of tactics aligned): 34% of surveyed businesses say they have it",
            "not yet (0 business functions, no vision): 28% of surveyed businesses say they have"
                + " it",
            "not yet (no roadmap): 12% of surveyed businesses say they have it",
            "not yet (0 of 1 executive aligned): 50% of surveyed businesses say they have it"),
        Scorecard.of(thin, Scored.MID_YEAR).benchmark().items().stream()
            .map(BenchmarkItem::statement)
            .toList());
  }
}
