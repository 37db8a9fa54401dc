package org.socialstrategy.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StrategyNavigationTest {

  private final Strategy retail = Retail.strategy();
  private final GoalId revenue = GoalId.of("grow-online-revenue");
  private final TacticId shop = TacticId.of("fb-shop");
  private final TacticId contest = TacticId.of("fb-contest");

  @Test
  void looksUpElementsById() {
    assertEquals("Facebook shop", retail.tactic(shop).orElseThrow().name());
    assertEquals("Grow online revenue", retail.goal(revenue).orElseThrow().title());
    assertEquals(MetricKind.VANITY, retail.metric(MetricId.of("fans")).orElseThrow().kind());
    assertTrue(retail.stakeholder(StakeholderId.of("cmo")).orElseThrow().executive());
    assertEquals(Optional.empty(), retail.tactic(TacticId.of("nope")));
    assertEquals(Optional.empty(), retail.initiative(InitiativeId.of("nope")));
  }

  @Test
  void navigatesFromGoalsToTacticsAndBack() {
    assertEquals(List.of(retail.tactic(shop).orElseThrow()), retail.tacticsSupporting(revenue));
    assertEquals(List.of(retail.goal(revenue).orElseThrow()), retail.goalsOf(shop));
    assertEquals(List.of(), retail.goalsOf(contest));
    assertEquals(List.of(), retail.tacticsSupporting(GoalId.of("unknown")));
    assertEquals(
        List.of(retail.tactic(contest).orElseThrow()), retail.tacticsTracking(MetricId.of("fans")));
    assertEquals(
        List.of(retail.metric(MetricId.of("fans")).orElseThrow()), retail.metricsOf(contest));
  }

  @Test
  void navigatesRoadmapAndObservations() {
    Initiative launch =
        Initiative.builder()
            .id("launch")
            .name("Social commerce launch")
            .window(DateRange.years(2027, 2027))
            .addGoals("grow-online-revenue")
            .addTactics("fb-shop")
            .build();
    Observation sales =
        Observation.of(
            "net-new-customers", "fb-shop", DateRange.years(2027, 2027), BigDecimal.valueOf(40));
    Strategy planned =
        Retail.builder()
            .roadmap(
                Roadmap.builder()
                    .horizon(DateRange.years(2027, 2029))
                    .addInitiative(launch)
                    .build())
            .addObservation(sales)
            .build();
    assertEquals(List.of(launch), planned.initiativesGrouping(shop));
    assertEquals(List.of(launch), planned.initiativesServing(revenue));
    assertEquals(List.of(sales), planned.observationsOf(shop));
    assertEquals(List.of(sales), planned.observationsOf(MetricId.of("net-new-customers")));
    assertEquals(Optional.of(launch), planned.initiative(InitiativeId.of("launch")));
  }

  @Test
  void swappingATacticChecksItAndKeepsTheRest() {
    Tactic cheaper = retail.tactic(shop).orElseThrow().withCost(Money.of("4000.00", "USD"));
    Strategy edited = retail.withTactic(cheaper);
    assertEquals(cheaper, edited.tactic(shop).orElseThrow());
    assertEquals(retail.goals(), edited.goals());
    assertEquals(
        Money.of("5000.00", "USD"), retail.tactic(shop).orElseThrow().cost().orElseThrow());
    assertEquals(retail, edited.withTactic(retail.tactic(shop).orElseThrow()));
    assertEquals(List.of(cheaper), edited.tacticsSupporting(revenue));
  }

  @Test
  void swappedTacticIsCheckedLikeANewStrategy() {
    Tactic broken =
        retail.tactic(shop).orElseThrow().toBuilder()
            .addSupport("grow-online-revnue")
            .owner("nobody")
            .build();
    InvalidStrategyException e =
        assertThrows(InvalidStrategyException.class, () -> retail.withTactic(broken));
    InvalidStrategyException full =
        assertThrows(
            InvalidStrategyException.class,
            () -> retail.toBuilder().tactics(List.of(broken, retail.tactics().get(1))).build());
    assertEquals(full.violations(), e.violations());
    assertEquals(
        List.of(
            "tactics[fb-shop].supports[1]: unknown goal 'grow-online-revnue'",
            "tactics[fb-shop].owner: unknown stakeholder 'nobody'"),
        e.violations().stream().map(Violation::toString).toList());
  }

  @Test
  void swappingInAnotherCurrencyIsCheckedWhole() {
    Tactic euros = retail.tactic(shop).orElseThrow().withCost(Money.of("10", "EUR"));
    InvalidStrategyException e =
        assertThrows(InvalidStrategyException.class, () -> retail.withTactic(euros));
    assertEquals(ViolationKind.MIXED_CURRENCY, e.violations().get(0).kind());

    Tactic untracked = retail.tactic(contest).orElseThrow().withTracks(List.of());
    Strategy onlyTactic =
        Strategy.builder().organization(retail.organization()).addTactic(untracked).build();
    Strategy inEuros = onlyTactic.withTactic(untracked.withCost(Money.of("10", "EUR")));
    assertEquals(Optional.of(Money.currency("EUR")), inEuros.currency());
  }

  @Test
  void addingAndRemovingElements() {
    Tactic box =
        Tactic.builder()
            .id("suggestion-box")
            .name("Suggestion box at the front of the store")
            .channel(Channel.SUGGESTION_BOX)
            .function(BusinessFunction.PRODUCT_INNOVATION)
            .build();
    Strategy more = retail.withTactic(box);
    assertEquals(3, more.tactics().size());
    assertSame(box, more.tactics().get(2));
    assertEquals(retail, more.withoutTactic(box.id()));
    assertNotEquals(retail, more);

    InvalidStrategyException e =
        assertThrows(InvalidStrategyException.class, () -> retail.withoutGoal(revenue));
    assertEquals(
        "tactics[fb-shop].supports[0]: unknown goal 'grow-online-revenue'",
        e.violations().get(0).toString());
  }

  @Test
  void editsEveryPart() {
    Strategy edited =
        retail
            .withGoal(retail.goals().get(0))
            .withMetric(Metric.outcome("orders", "Orders", "orders"))
            .withStakeholder(
                Stakeholder.builder().id("cfo").title("Chief Financial Officer").build())
            .withoutVision()
            .withSponsor(StakeholderId.of("cfo"))
            .withRoadmap(Roadmap.builder().horizon(DateRange.years(2027, 2029)).build())
            .withGovernance(
                Governance.builder()
                    .addGuideline(Guideline.of("policy", "Policy", Enforcement.MANDATORY))
                    .build())
            .withFunding(Funding.builder().putPerYear(2027, Money.of("50000.00", "USD"), 2).build())
            .withPlatforms(List.of())
            .plusObservations(
                List.of(
                    Observation.of(
                        "orders",
                        DateRange.of(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 31)),
                        BigDecimal.ONE)))
            .withOrganization(Organization.of("Acme", CustomerKind.CONSUMER));
    assertEquals(3, edited.metrics().size());
    assertEquals(Optional.empty(), edited.vision());
    assertEquals(Optional.of(StakeholderId.of("cfo")), edited.sponsor());
    assertEquals(1, edited.observations().size());
    assertEquals("Acme", edited.organization().name());
    assertEquals(retail.observations(), edited.withObservations(List.of()).observations());
    assertEquals(
        retail.stakeholders(), retail.withStakeholders(retail.stakeholders()).stakeholders());
  }

  @Test
  void appendedObservationsAreChecked() {
    Observation unknown = Observation.of("revenue", DateRange.years(2027, 2027), BigDecimal.ONE);
    InvalidStrategyException e =
        assertThrows(
            InvalidStrategyException.class, () -> retail.plusObservations(List.of(unknown)));
    assertEquals(
        "observations[0].metric: unknown metric 'revenue'", e.violations().get(0).toString());
    assertSame(retail, retail.plusObservations(List.of()));
  }

  @Test
  void summarizesInsteadOfPrintingEverything() {
    assertEquals(
        "Strategy{organization=Acme Outfitters, goals=1, metrics=2, tactics=2, stakeholders=2,"
            + " initiatives=0, platforms=0, observations=0}",
        retail.toString());
  }

  @Test
  void equalStrategiesHaveEqualHashes() {
    Strategy again = Retail.strategy();
    assertEquals(retail, again);
    assertEquals(retail.hashCode(), again.hashCode());
  }
}
