package org.socialstrategy.scoring.scorecard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialstrategy.model.TacticId;
import org.socialstrategy.scoring.validation.Severity;
import org.socialstrategy.scoring.validation.StrategyValidator;

class ScorecardTest {

  private final Scorecard card = Scorecard.of(Scored.strategy(), Scored.MID_YEAR);

  @Test
  void readsLikeTheExecutiveSummary() {
    assertEquals(Scored.MID_YEAR, card.asOf());
    assertEquals(
        "Acme Outfitters as of 2027-06-30: results 75/100, plan 61/100, maturity Formalized,"
            + " 67% of tactics aligned",
        card.toString());
    assertEquals(MaturityStage.FORMALIZED, card.maturity().stage());
    assertEquals(
        List.of("SBS101", "SBS106"),
        card.validation().atLeast(Severity.WARNING).findings().stream()
            .map(f -> f.ruleId())
            .toList());
    assertEquals(
        new java.math.BigDecimal("1.3997"),
        card.roi(TacticId.of("fb-shop")).orElseThrow().roi().orElseThrow());
    assertEquals(2, card.progress().size());
  }

  @Test
  void theSameStrategyAndDateGiveAnEqualScorecardAndOthersDoNot() {
    Scorecard again =
        Scorecard.of(
            org.socialstrategy.model.Strategy.builder().from(Scored.strategy()).build(),
            Scored.MID_YEAR);
    assertEquals(card, again);
    assertEquals(card.hashCode(), again.hashCode());
    assertNotEquals(card, Scorecard.of(Scored.strategy(), Scored.MID_YEAR.plusDays(1)));
    assertNotEquals(card, Scorecard.of(Scored.withoutContest(), Scored.MID_YEAR));
  }

  @Test
  void scoresWithTheValidatorItIsGiven() {
    StrategyValidator lenient =
        StrategyValidator.builder().addBuiltInRules().disable("SBS101").build();
    Scorecard scored = Scorecard.of(Scored.strategy(), Scored.MID_YEAR, lenient);
    assertEquals(0, scored.validation().byRule("SBS101").findings().size());
    assertEquals(List.of(), scored.successFactor(1).findings());
  }
}
