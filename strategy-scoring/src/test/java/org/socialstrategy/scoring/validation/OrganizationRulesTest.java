package org.socialstrategy.scoring.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.socialstrategy.scoring.validation.Sound.findings;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.socialstrategy.model.BusinessFunction;
import org.socialstrategy.model.ExecutiveAlignment;
import org.socialstrategy.model.Stakeholder;
import org.socialstrategy.model.StakeholderId;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.model.Vision;

class OrganizationRulesTest {

  @Test
  void flagsStrategyWithoutSponsorOrWithANonExecutiveOne() {
    assertEquals(
        List.of(
            "warning SBS201 no-executive-sponsor sponsor: the strategy has no executive sponsor"),
        findings(OrganizationRules.NO_EXECUTIVE_SPONSOR, Sound.strategy().withoutSponsor()));
    assertEquals(
        List.of(
            "warning SBS201 no-executive-sponsor sponsor: the strategy's sponsor 'hub-lead' is"
                + " not an executive"),
        findings(
            OrganizationRules.NO_EXECUTIVE_SPONSOR,
            Sound.strategy().withSponsor(StakeholderId.of("hub-lead"))));
  }

  @Test
  void passesStrategyWithAnExecutiveSponsor() {
    assertEquals(List.of(), findings(OrganizationRules.NO_EXECUTIVE_SPONSOR, Sound.strategy()));
  }

  private static Strategy withExecutives(ExecutiveAlignment... alignments) {
    Strategy strategy = Sound.strategy();
    String[] ids = {"ceo", "cmo", "coo"};
    for (int i = 0; i < alignments.length; i++) {
      strategy =
          strategy.withStakeholder(
              Stakeholder.builder()
                  .from(strategy.stakeholder(StakeholderId.of(ids[i])).orElseThrow())
                  .alignment(alignments[i])
                  .build());
    }
    return strategy;
  }

  @Test
  void flagsWhenTooFewExecutivesAreEngaged() {
    Strategy strategy =
        withExecutives(
            ExecutiveAlignment.ALIGNED, ExecutiveAlignment.INFORMED, ExecutiveAlignment.UNAWARE);
    assertEquals(
        List.of(
            "warning SBS202 weak-executive-support stakeholders: only 1 of 3 executives (33%) are"
                + " at least engaged, below 50%"),
        findings(OrganizationRules.WEAK_EXECUTIVE_SUPPORT, strategy));
  }

  @Test
  void thresholdAndLevelAreOptions() {
    Strategy strategy =
        withExecutives(
            ExecutiveAlignment.ALIGNED, ExecutiveAlignment.INFORMED, ExecutiveAlignment.UNAWARE);
    StrategyValidator lenient =
        StrategyValidator.builder()
            .addRule(OrganizationRules.WEAK_EXECUTIVE_SUPPORT)
            .option(RuleOptions.EXECUTIVE_SUPPORT_LEVEL, ExecutiveAlignment.INFORMED)
            .build();
    assertEquals(List.of(), lenient.validate(strategy).findings());
    StrategyValidator strict =
        StrategyValidator.builder()
            .addRule(OrganizationRules.WEAK_EXECUTIVE_SUPPORT)
            .option("executive-support-share", "0.9")
            .option("executive-support-level", "aligned")
            .build();
    assertEquals(
        "warning SBS202 weak-executive-support stakeholders: only 1 of 3 executives (33%) are at"
            + " least aligned, below 90%",
        strict.validate(strategy).findings().get(0).toString());
  }

  @Test
  void flagsStrategyThatNamesNoExecutives() {
    Strategy strategy =
        Sound.strategy()
            .withoutSponsor()
            .withStakeholders(
                Sound.strategy().stakeholders().stream()
                    .map(s -> Stakeholder.builder().from(s).executive(false).build())
                    .toList());
    assertEquals(
        List.of(
            "warning SBS202 weak-executive-support stakeholders: the strategy names no"
                + " executives, so their support cannot be shown"),
        findings(OrganizationRules.WEAK_EXECUTIVE_SUPPORT, strategy));
  }

  @Test
  void passesWhenHalfTheExecutivesAreEngaged() {
    assertEquals(List.of(), findings(OrganizationRules.WEAK_EXECUTIVE_SUPPORT, Sound.strategy()));
    Strategy half =
        withExecutives(
            ExecutiveAlignment.ENGAGED, ExecutiveAlignment.ALIGNED, ExecutiveAlignment.INFORMED);
    assertEquals(List.of(), findings(OrganizationRules.WEAK_EXECUTIVE_SUPPORT, half));
  }

  @Test
  void flagsTacticsAllInOneFunction() {
    Strategy strategy =
        Sound.strategy().withTactic(Sound.community().function(BusinessFunction.SALES).build());
    assertEquals(
        List.of(
            "warning SBS203 single-function-silo tactics: all 2 tactics sit in sales: social is"
                + " still a silo"),
        findings(OrganizationRules.SINGLE_FUNCTION_SILO, strategy));
  }

  @Test
  void passesTacticsAcrossFunctionsAndASingleTactic() {
    assertEquals(List.of(), findings(OrganizationRules.SINGLE_FUNCTION_SILO, Sound.strategy()));
    Strategy single =
        Sound.builder()
            .tactics(List.of(Sound.shop().build()))
            .roadmap(Optional.empty())
            .governance(Sound.governance().raci(List.of()).build())
            .build();
    assertEquals(List.of(), findings(OrganizationRules.SINGLE_FUNCTION_SILO, single));
  }

  @Test
  void flagsMissingVision() {
    assertEquals(
        List.of("warning SBS204 no-vision vision: the strategy states no long-term vision"),
        findings(OrganizationRules.NO_VISION, Sound.strategy().withoutVision()));
  }

  @Test
  void passesStatedVision() {
    assertEquals(List.of(), findings(OrganizationRules.NO_VISION, Sound.strategy()));
  }

  @Test
  void flagsVisionShorterThanThreeYears() {
    Vision shortVision =
        Vision.of(
            "Next year, everywhere",
            java.time.LocalDate.of(2027, 1, 1),
            java.time.LocalDate.of(2029, 12, 30));
    assertEquals(
        List.of(
            "warning SBS205 short-vision vision.horizon: the vision's horizon"
                + " 2027-01-01..2029-12-30 is shorter than 3 years"),
        findings(OrganizationRules.SHORT_VISION, Sound.strategy().withVision(shortVision)));
  }

  @Test
  void passesVisionOfExactlyThreeYears() {
    assertEquals(List.of(), findings(OrganizationRules.SHORT_VISION, Sound.strategy()));
    Vision leapDay =
        Vision.of(
            "Three years from a leap day",
            java.time.LocalDate.of(2028, 2, 29),
            java.time.LocalDate.of(2031, 2, 27));
    assertEquals(
        List.of(), findings(OrganizationRules.SHORT_VISION, Sound.strategy().withVision(leapDay)));
  }
}
