package org.socialstrategy.scoring.scorecard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.socialstrategy.model.Funding;
import org.socialstrategy.model.Governance;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.model.Vision;
import org.socialstrategy.scoring.SuccessFactor;
import org.socialstrategy.scoring.validation.Finding;
import org.socialstrategy.scoring.validation.Rule;
import org.socialstrategy.scoring.validation.Sound;
import org.socialstrategy.scoring.validation.StrategyValidator;

class FactorScoresTest {

  private final Scorecard sound = Scorecard.of(Sound.strategy(), Scored.MID_YEAR);

  @Test
  void visionScoresItsFourCriteria() {
    FactorScore vision = sound.successFactor(2);
    // stated (3) + three years (2) met; customer value (1) and internal value (1) missing: 5 / 7
    assertEquals(OptionalInt.of(71), vision.score());
    assertEquals(
        List.of("a long-term vision is stated", "the vision looks out 3 years or more"),
        vision.evidence());
    assertEquals(
        List.of(
            "the vision does not say what customers gain",
            "the vision does not say what stakeholders inside gain"),
        vision.missing());
    Strategy full =
        Sound.strategy()
            .withVision(
                Vision.builder()
                    .from(Sound.strategy().vision().orElseThrow())
                    .customerValue("answers where customers already are")
                    .internalValue("every function reaches its goals")
                    .build());
    assertEquals(OptionalInt.of(100), Scorecard.of(full, Scored.MID_YEAR).successFactor(2).score());
  }

  @Test
  void executiveSupportWeighsTheSponsorMost() {
    FactorScore executives = sound.successFactor(3);
    // sponsor (3) + named (1) + support 3 of 3 engaged over the 50% bar (3) + aligned 2 of 3 (1 x
    // 0.6667) + goals sponsored 2 of 2 (1) + two functions (1) = 9.6667 of 10
    assertEquals(OptionalInt.of(97), executives.score());
    assertTrue(executives.evidence().contains("executives aligned with the strategy: 2 of 3"));
    assertEquals(List.of("executives not yet aligned: 1 of 3"), executives.missing());
    FactorScore unsponsored =
        Scorecard.of(Sound.strategy().withoutSponsor(), Scored.MID_YEAR).successFactor(3);
    assertEquals(OptionalInt.of(67), unsponsored.score()); // 6.6667 of 10
    assertEquals(List.of("SBS201"), unsponsored.findings().stream().map(Finding::ruleId).toList());
  }

  @Test
  void governanceCountsHubResponsibilitiesAndSoundRaci() {
    FactorScore governance = sound.successFactor(5);
    // hub (3) + 0 of 5 responsibilities (1 x 0) + guidelines (2) + RACI (1) + 3 of 3 sound (2): 8/9
    assertEquals(OptionalInt.of(89), governance.score());
    assertTrue(governance.missing().contains("hub responsibilities not taken on: 5 of 5"));
  }

  @Test
  void technologyWithEveryPlatformJustifiedAndFundedScoresFull() {
    assertEquals(OptionalInt.of(100), sound.successFactor(7).score());
  }

  @Test
  void goalsFactorCarriesTheFindingsOfItsRules() {
    Scorecard scored = Scorecard.of(Scored.strategy(), Scored.MID_YEAR);
    FactorScore goals = scored.successFactor(1);
    assertEquals(List.of("SBS101"), goals.findings().stream().map(Finding::ruleId).toList());
    // goals (1) + measured 2/2 (2) + outcomes 2/2 (2) + served 2/2 (2) + aligned 2/3 (4 x 0.6667)
    // + titles 2/2 (1) + two-sided 3/3 (2) = 12.6668 of 14 = 0.9048
    assertEquals(OptionalInt.of(90), goals.score());
    assertEquals(SuccessFactor.BUSINESS_GOALS, goals.factor());
  }

  @Test
  void customRulesWeighOnTheFactorTheyNameAndOnNoneOtherwise() {
    Rule.TacticCheck check = (strategy, tactic, context) -> context.report(tactic, "not", "own");
    Rule weighing =
        Sound.rule("ACME010", "executive-owned")
            .factor(SuccessFactor.EXECUTIVE_SUPPORT)
            .perTactic(check);
    Rule floating = Sound.rule("ACME011", "floating").perTactic(check);
    Scorecard card =
        Scorecard.of(
            Sound.strategy(),
            Scored.MID_YEAR,
            StrategyValidator.builder().addRule(weighing).addRule(floating).build());
    assertEquals(
        List.of("ACME010", "ACME010"),
        card.successFactor(3).findings().stream().map(Finding::ruleId).toList());
    assertEquals(
        2, card.successFactors().stream().mapToInt(factor -> factor.findings().size()).sum());
    assertEquals(4, card.validation().findings().size());
  }

  @Test
  void successFactorsAreNumberedOneToSeven() {
    assertEquals(7, sound.successFactors().size());
    assertEquals(
        "success factors are numbered 1 to 7: 8",
        assertThrows(IllegalArgumentException.class, () -> sound.successFactor(8)).getMessage());
  }

  @Test
  void noCriterionIsMetByHavingNothing() {
    Strategy bare =
        Sound.strategy()
            .withGovernance(Governance.builder().build())
            .withoutRoadmap()
            .withPlatforms(List.of())
            .withFunding(Funding.none());
    Scorecard card = Scorecard.of(bare, Scored.MID_YEAR);
    FactorScore technology = card.successFactor(7);
    assertEquals(OptionalInt.empty(), technology.score());
    assertEquals("not applicable", technology.display());
    assertEquals(List.of(), technology.evidence());
    assertEquals(
        List.of(
            "platforms enabling initiatives, their costs and their funding: not applicable"
                + " without technology platforms, none bought yet and none to justify"),
        technology.notApplicable());
    FactorScore roadmap = card.successFactor(4);
    // a roadmap (2) missing; its horizon, initiatives and planned tactics and goals do not apply
    assertEquals(OptionalInt.of(0), roadmap.score());
    assertEquals(List.of("no roadmap"), roadmap.missing());
    FactorScore governance = card.successFactor(5);
    // hub (3), guidelines (2) and RACI (1) missing: 0 of 6; responsibilities and RACI shares n/a
    assertEquals(OptionalInt.of(0), governance.score());
    assertEquals(
        List.of(
            "no hub or center of excellence",
            "no guidelines or policies",
            "no roles and responsibilities assigned"),
        governance.missing());
    assertEquals(
        List.of(
            "hub responsibilities: not applicable without a hub",
            "sound RACI items: not applicable without RACI assignments"),
        governance.notApplicable());
    FactorScore resources = card.successFactor(6);
    // budget (2) and training (1) missing; costed 2 of 2 (1) and owned 2 of 2 (1) aligned
    // tactics: 2 of 5 = 40; the funding shares do not apply without a roadmap
    assertEquals(OptionalInt.of(40), resources.score());
    assertEquals(List.of("no budget or staff secured", "no training plan"), resources.missing());
    assertEquals(
        List.of(
            "roadmap years funded, planned spend and planned staff: not applicable without a"
                + " roadmap"),
        resources.notApplicable());
    FactorScore vision = Scorecard.of(bare.withoutVision(), Scored.MID_YEAR).successFactor(2);
    assertEquals(OptionalInt.of(0), vision.score());
    assertEquals(List.of("no long-term vision"), vision.missing());
  }
}
