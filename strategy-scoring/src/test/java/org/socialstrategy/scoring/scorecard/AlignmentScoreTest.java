package org.socialstrategy.scoring.scorecard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.scoring.validation.Sound;

class AlignmentScoreTest {

  @Test
  void countsAlignedTacticsByCountAndByBudget() {
    AlignmentScore score = AlignmentScore.of(Scored.strategy());
    // fb-shop (5,000) and support-community (20,000) are aligned; fb-fan-contest (12,000) is not.
    assertEquals(3, score.tactics());
    assertEquals(2, score.alignedTactics());
    assertEquals(0.6667, score.shareByCount()); // 2 / 3 = 0.66666.. -> 0.6667
    assertEquals(OptionalDouble.of(0.6757), score.shareByBudget()); // 25,000 / 37,000 = 0.675675..
    assertEquals(Optional.of(Sound.usd("37000.00")), score.totalSpend());
    assertEquals(Optional.of(Sound.usd("12000.00")), score.unalignedSpend());
    assertEquals(67, score.score());
    assertEquals(2, score.supportedGoals());
    assertEquals(1.0, score.goalShare());
  }

  @Test
  void breaksAlignmentDownByFunctionAndChannel() {
    AlignmentScore score = AlignmentScore.of(Scored.strategy());
    assertEquals(
        List.of(
            new AlignmentRow(
                "sales",
                "Sales",
                1,
                1,
                1.0,
                Optional.of(Sound.usd("5000.00")),
                Optional.of(Sound.usd("5000.00"))),
            new AlignmentRow(
                "customer-service",
                "Customer service and support",
                1,
                1,
                1.0,
                Optional.of(Sound.usd("20000.00")),
                Optional.of(Sound.usd("20000.00"))),
            new AlignmentRow(
                "marketing",
                "Marketing",
                1,
                0,
                0.0,
                Optional.of(Sound.usd("12000.00")),
                Optional.of(Sound.usd("0")))),
        score.byFunction());
    AlignmentRow facebook = score.byChannel().get(0);
    assertEquals("facebook", facebook.key());
    assertEquals(2, facebook.tactics()); // the shop and the contest
    assertEquals(0.5, facebook.share());
    assertEquals(Optional.of(Sound.usd("17000.00")), facebook.spend());
    assertEquals(Optional.of(Sound.usd("5000.00")), facebook.alignedSpend());
  }

  @Test
  void emptyStrategyScoresZeroWithoutDividingByZero() {
    Strategy empty = Strategy.builder().organization(Sound.strategy().organization()).build();
    AlignmentScore score = AlignmentScore.of(empty);
    assertEquals(0.0, score.shareByCount());
    assertEquals(OptionalDouble.empty(), score.shareByBudget());
    assertEquals(Optional.empty(), score.totalSpend());
    assertEquals(0, score.score());
    assertEquals(List.of(), score.byChannel());
  }
}
