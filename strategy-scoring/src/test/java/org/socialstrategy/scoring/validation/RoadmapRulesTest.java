package org.socialstrategy.scoring.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.socialstrategy.scoring.validation.Sound.findings;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.socialstrategy.model.DateRange;
import org.socialstrategy.model.Funding;
import org.socialstrategy.model.Initiative;
import org.socialstrategy.model.InitiativeId;
import org.socialstrategy.model.Roadmap;
import org.socialstrategy.model.Strategy;

class RoadmapRulesTest {

  private static Strategy withInitiatives(Initiative... initiatives) {
    return Sound.builder()
        .roadmap(Roadmap.builder().horizon(Sound.HORIZON).addInitiatives(initiatives).build())
        .build();
  }

  @Test
  void flagsMissingRoadmap() {
    Strategy strategy =
        Sound.builder()
            .roadmap(Optional.empty())
            .governance(Sound.governance().raci(List.of()).build())
            .build();
    assertEquals(
        List.of("warning SBS401 no-roadmap roadmap: the strategy has no roadmap"),
        findings(RoadmapRules.NO_ROADMAP, strategy));
  }

  @Test
  void passesStrategyWithRoadmap() {
    assertEquals(List.of(), findings(RoadmapRules.NO_ROADMAP, Sound.strategy()));
  }

  @Test
  void flagsRoadmapShorterThanThreeYears() {
    Strategy strategy =
        Sound.builder()
            .roadmap(
                Roadmap.builder()
                    .horizon(DateRange.years(2027, 2027))
                    .addInitiative(Sound.commerce().build())
                    .build())
            .governance(
                Sound.governance().raci(Sound.governance().build().raci().subList(0, 6)).build())
            .build();
    assertEquals(
        List.of(
            "warning SBS402 short-roadmap roadmap.horizon: the roadmap's horizon"
                + " 2027-01-01..2027-12-31 is shorter than 3 years"),
        findings(RoadmapRules.SHORT_ROADMAP, strategy));
  }

  @Test
  void passesThreeYearRoadmap() {
    assertEquals(List.of(), findings(RoadmapRules.SHORT_ROADMAP, Sound.strategy()));
  }

  @Test
  void flagsInitiativeServingNoGoal() {
    Strategy strategy =
        withInitiatives(
            Sound.commerce().build(),
            Sound.communityCare().goals(List.of()).build(),
            Sound.scale().build());
    assertEquals(
        List.of(
            "warning SBS403 initiative-without-goal roadmap.initiatives[community-care]:"
                + " initiative 'community-care' serves no business goal"),
        findings(RoadmapRules.INITIATIVE_WITHOUT_GOAL, strategy));
  }

  @Test
  void passesInitiativesServingGoals() {
    assertEquals(List.of(), findings(RoadmapRules.INITIATIVE_WITHOUT_GOAL, Sound.strategy()));
  }

  @Test
  void namesEachDependencyCycle() {
    Strategy strategy =
        withInitiatives(
            Sound.commerce().addDependsOn(InitiativeId.of("scale")).build(),
            Sound.communityCare().build(),
            Sound.scale().build(),
            Sound.scale().id("a").addDependsOn(InitiativeId.of("b")).build(),
            Sound.scale().id("b").dependsOn(List.of(InitiativeId.of("a"))).build());
    assertEquals(
        List.of(
            "error SBS404 dependency-cycle roadmap.initiatives[social-commerce].dependsOn:"
                + " initiatives depend on each other in a cycle: social-commerce -> scale ->"
                + " social-commerce",
            "error SBS404 dependency-cycle roadmap.initiatives[a].dependsOn: initiatives depend"
                + " on each other in a cycle: a -> b -> a"),
        findings(RoadmapRules.DEPENDENCY_CYCLE, strategy));
  }

  @Test
  void passesAcyclicDependencies() {
    assertEquals(List.of(), findings(RoadmapRules.DEPENDENCY_CYCLE, Sound.strategy()));
  }

  @Test
  void findsCyclesInLongChainsWithoutRecursion() {
    int length = 5_000;
    Initiative[] initiatives = new Initiative[length + 3];
    initiatives[0] = Sound.commerce().build();
    initiatives[1] = Sound.communityCare().build();
    initiatives[2] = Sound.scale().build();
    for (int i = 0; i < length; i++) {
      initiatives[i + 3] =
          Sound.scale()
              .id("step-" + i)
              .dependsOn(List.of(InitiativeId.of("step-" + ((i + 1) % length))))
              .build();
    }
    List<String> found = findings(RoadmapRules.DEPENDENCY_CYCLE, withInitiatives(initiatives));
    assertEquals(1, found.size());
    assertEquals(true, found.get(0).endsWith("step-4998 -> step-4999 -> step-0"));
  }

  @Test
  void flagsInitiativeStartingBeforeItsDependencyEnds() {
    Strategy strategy =
        withInitiatives(
            Sound.commerce().build(),
            Sound.communityCare().build(),
            Sound.scale()
                .window(DateRange.years(2027, 2029))
                .addDependsOn(InitiativeId.of("community-care"))
                .allocations(java.util.Map.of())
                .build());
    assertEquals(
        List.of(
            "warning SBS405 dependency-not-finished roadmap.initiatives[scale].dependsOn[0]:"
                + " initiative 'scale' starts 2027-01-01, before 'social-commerce', which it depends"
                + " on, ends 2027-12-31",
            "warning SBS405 dependency-not-finished roadmap.initiatives[scale].dependsOn[1]:"
                + " initiative 'scale' starts 2027-01-01, before 'community-care', which it"
                + " depends on, ends 2028-12-31"),
        findings(RoadmapRules.DEPENDENCY_NOT_FINISHED, strategy));
  }

  @Test
  void leavesTheOverlapsOfACycleToTheCycle() {
    Strategy strategy =
        withInitiatives(
            Sound.commerce().build(),
            Sound.communityCare().build(),
            Sound.scale().build(),
            Sound.scale().id("a").addDependsOn(InitiativeId.of("b")).build(),
            Sound.scale()
                .id("b")
                .dependsOn(List.of(InitiativeId.of("a"), InitiativeId.of("community-care")))
                .build());
    // a and b overlap and depend on each other: SBS404 reports the cycle, SBS405 only b's
    // dependency on community-care, which ends before b starts, so nothing
    assertEquals(1, findings(RoadmapRules.DEPENDENCY_CYCLE, strategy).size());
    assertEquals(List.of(), findings(RoadmapRules.DEPENDENCY_NOT_FINISHED, strategy));
    Strategy overlapping =
        withInitiatives(
            Sound.commerce().build(),
            Sound.communityCare().build(),
            Sound.scale().build(),
            Sound.scale().id("a").addDependsOn(InitiativeId.of("b")).build(),
            Sound.scale()
                .id("b")
                .window(DateRange.years(2028, 2029))
                .dependsOn(List.of(InitiativeId.of("a"), InitiativeId.of("community-care")))
                .allocations(java.util.Map.of())
                .build());
    assertEquals(
        List.of(
            "warning SBS405 dependency-not-finished roadmap.initiatives[b].dependsOn[1]:"
                + " initiative 'b' starts 2028-01-01, before 'community-care', which it depends"
                + " on, ends 2028-12-31"),
        findings(RoadmapRules.DEPENDENCY_NOT_FINISHED, overlapping));
  }

  @Test
  void passesDependenciesThatEndFirst() {
    assertEquals(List.of(), findings(RoadmapRules.DEPENDENCY_NOT_FINISHED, Sound.strategy()));
  }

  @Test
  void flagsYearsWithSpendAboveFunding() {
    Strategy strategy =
        Sound.strategy()
            .withFunding(
                Funding.builder()
                    .putPerYear(2027, Sound.usd("45000.00"), 3)
                    .putPerYear(2028, Sound.usd("40000.00"), 2)
                    .build());
    assertEquals(
        List.of(
            "error SBS406 overspend funding.perYear[2027]: 2027: initiatives plan to spend"
                + " 50,000.00 USD but funding secures only 45,000.00 USD",
            "error SBS406 overspend funding: 2029: initiatives plan to spend 10,000.00 USD but no"
                + " funding is secured for the year"),
        findings(RoadmapRules.OVERSPEND, strategy));
  }

  @Test
  void passesSpendWithinFunding() {
    assertEquals(List.of(), findings(RoadmapRules.OVERSPEND, Sound.strategy()));
  }

  @Test
  void flagsYearsWithStaffAboveWhatIsSecured() {
    Strategy strategy =
        Sound.strategy()
            .withFunding(
                Funding.builder()
                    .putPerYear(2027, Sound.usd("80000.00"), 1.5)
                    .putPerYear(2028, Sound.usd("40000.00"), 2)
                    .build());
    assertEquals(
        List.of(
            "warning SBS407 staff-overallocated funding.perYear[2027]: 2027: initiatives need 2"
                + " staff but only 1.5 are secured",
            "warning SBS407 staff-overallocated funding: 2029: initiatives need 0.5 staff but"
                + " none are secured"),
        findings(RoadmapRules.STAFF_OVERALLOCATED, strategy));
  }

  @Test
  void passesStaffWithinWhatIsSecured() {
    assertEquals(List.of(), findings(RoadmapRules.STAFF_OVERALLOCATED, Sound.strategy()));
  }

  @Test
  void flagsPlatformNoInitiativeUses() {
    Strategy strategy =
        withInitiatives(
            Sound.commerce().platforms(List.of()).build(),
            Sound.communityCare().build(),
            Sound.scale().build());
    assertEquals(
        List.of(
            "warning SBS408 shiny-object platforms[crm]: platform 'crm' enables no roadmap"
                + " initiative; 12,000.00 USD a year buys a shiny object"),
        findings(RoadmapRules.SHINY_OBJECT, strategy));
  }

  @Test
  void passesPlatformsTheRoadmapUses() {
    assertEquals(List.of(), findings(RoadmapRules.SHINY_OBJECT, Sound.strategy()));
  }

  @Test
  void flagsPlatformCostsTheFundingCannotCover() {
    Strategy strategy =
        Sound.strategy()
            .withFunding(Sound.funding().putPerYear(2027, Sound.usd("60000.00"), 3).build());
    assertEquals(
        List.of(
            "warning SBS409 unfunded-platform funding.perYear[2027]: 2027: platform costs of"
                + " 20,000.00 USD ('crm' and 'community-platform') are not covered by funding of"
                + " 60,000.00 USD after initiatives plan 50,000.00 USD"),
        findings(RoadmapRules.UNFUNDED_PLATFORM, strategy));
  }

  @Test
  void leavesOverspentYearsToTheOverspendRule() {
    Strategy strategy =
        Sound.strategy()
            .withFunding(Sound.funding().putPerYear(2027, Sound.usd("40000.00"), 3).build());
    assertEquals(List.of(), findings(RoadmapRules.UNFUNDED_PLATFORM, strategy));
    assertEquals(1, findings(RoadmapRules.OVERSPEND, strategy).size());
  }

  @Test
  void passesFundedPlatforms() {
    assertEquals(List.of(), findings(RoadmapRules.UNFUNDED_PLATFORM, Sound.strategy()));
  }

  @Test
  void flagsInitiativeRunningPastTheHorizon() {
    Strategy strategy =
        withInitiatives(
            Sound.commerce().build(),
            Sound.communityCare().build(),
            Sound.scale().window(DateRange.years(2029, 2030)).build());
    assertEquals(
        List.of(
            "warning SBS410 initiative-outside-horizon roadmap.initiatives[scale].window:"
                + " initiative 'scale' runs 2029-01-01..2030-12-31, outside the roadmap horizon"
                + " 2027-01-01..2029-12-31"),
        findings(RoadmapRules.INITIATIVE_OUTSIDE_HORIZON, strategy));
  }

  @Test
  void passesInitiativesInsideTheHorizon() {
    assertEquals(List.of(), findings(RoadmapRules.INITIATIVE_OUTSIDE_HORIZON, Sound.strategy()));
  }

  @Test
  void flagsStrategyWithoutFunding() {
    assertEquals(
        List.of("warning SBS411 no-funding funding: no budget or staff is secured for any year"),
        findings(RoadmapRules.NO_FUNDING, Sound.strategy().withFunding(Funding.none())));
  }

  @Test
  void passesFundedStrategy() {
    assertEquals(List.of(), findings(RoadmapRules.NO_FUNDING, Sound.strategy()));
  }

  @Test
  void flagsAllocationForAYearTheInitiativeDoesNotRunIn() {
    Strategy strategy =
        withInitiatives(
            Sound.commerce().putAllocation(2028, Sound.usd("1000.00"), 0).build(),
            Sound.communityCare().build(),
            Sound.scale().build());
    assertEquals(
        List.of(
            "info SBS412 allocation-outside-window roadmap.initiatives[social-commerce]"
                + ".allocations[2028]: initiative 'social-commerce' plans budget and staff for"
                + " 2028 but runs 2027-01-01..2027-12-31"),
        findings(RoadmapRules.ALLOCATION_OUTSIDE_WINDOW, strategy));
  }

  @Test
  void passesAllocationsInsideTheWindow() {
    assertEquals(List.of(), findings(RoadmapRules.ALLOCATION_OUTSIDE_WINDOW, Sound.strategy()));
  }
}
