package org.socialstrategy.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StrategyInvariantsTest {

  private static final LocalDate DUE = LocalDate.of(2027, 12, 31);

  private static List<String> violations(Strategy.Builder builder) {
    InvalidStrategyException e = assertThrows(InvalidStrategyException.class, builder::build);
    return e.violations().stream().map(Violation::toString).toList();
  }

  private static Tactic.Builder tactic(String id) {
    return Tactic.builder()
        .id(id)
        .name("Tactic " + id)
        .channel(Channel.FACEBOOK)
        .function(BusinessFunction.SALES);
  }

  @Test
  void retailCaseIsValid() {
    Strategy retail = Retail.strategy();
    assertEquals(2, retail.tactics().size());
    assertEquals(Optional.of(Money.currency("USD")), retail.currency());
  }

  @Test
  void reportsUnknownGoalWithPathAndHint() {
    Strategy retail = Retail.strategy();
    Tactic contest = retail.tactic(TacticId.of("fb-contest")).orElseThrow();
    Strategy.Builder builder =
        Retail.builder()
            .tactics(
                List.of(
                    retail.tactics().get(0),
                    contest.withSupports(List.of(GoalSupport.of(GoalId.of("grow-revnue"))))))
            .addGoal(goal("grow-revenue"));
    InvalidStrategyException e = assertThrows(InvalidStrategyException.class, builder::build);
    Violation violation = e.violations().get(0);
    assertEquals(
        "tactics[fb-contest].supports[0]: unknown goal 'grow-revnue'", violation.toString());
    assertEquals(ViolationKind.UNKNOWN_REFERENCE, violation.kind());
    assertEquals(Optional.of("did you mean 'grow-revenue'?"), violation.hint());
    assertEquals(
        "invalid strategy: 1 problem\n"
            + "  tactics[fb-contest].supports[0]: unknown goal 'grow-revnue'"
            + " (did you mean 'grow-revenue'?)",
        e.getMessage());
  }

  @Test
  void noHintWhenNothingIsClose() {
    InvalidStrategyException e =
        assertThrows(
            InvalidStrategyException.class,
            () ->
                Retail.builder()
                    .addTactic(tactic("t").tracks("employee-happiness").build())
                    .build());
    assertEquals(Optional.empty(), e.violations().get(0).hint());
    assertEquals(
        "tactics[t].tracks[0]: unknown metric 'employee-happiness'",
        e.violations().get(0).toString());
  }

  @Test
  void reportsEveryViolationTogetherInCheckOrder() {
    Strategy.Builder broken =
        Strategy.builder()
            .organization(Organization.of(" ", CustomerKind.CONSUMER))
            .sponsor("ceo")
            .addMetric(Metric.outcome("m", "M", "units"))
            .addGoal(
                BusinessGoal.builder()
                    .id("g")
                    .title("Grow")
                    .function(BusinessFunction.SALES)
                    .addObjective(Objective.of("nope", 1, 2, DUE))
                    .build())
            .addTactic(tactic("t").supports("g", "x").tracks("m", "m").owner("nobody").build());
    assertEquals(
        List.of(
            "organization.name: name must not be blank",
            "sponsor: unknown stakeholder 'ceo'",
            "goals[g].objectives[0].metric: unknown metric 'nope'",
            "tactics[t].supports[1]: unknown goal 'x'",
            "tactics[t].tracks[1]: metric 'm' is listed twice, first at tracks[0]",
            "tactics[t].owner: unknown stakeholder 'nobody'"),
        violations(broken));
  }

  @Test
  void blankIdsAreNamedByPosition() {
    assertEquals(
        List.of(
            "goals[1].id: goal id must not be blank", "goals[1].title: title must not be blank"),
        violations(
            Retail.builder()
                .addGoal(
                    BusinessGoal.builder()
                        .id(" ")
                        .title("")
                        .function(BusinessFunction.SALES)
                        .build())));
  }

  @Test
  void duplicateIdsPointAtTheFirstUse() {
    assertEquals(
        List.of("tactics[2].id: duplicate tactic id 'fb-shop', already used by tactics[0]"),
        violations(Retail.builder().addTactic(tactic("fb-shop").build())));
    assertEquals(
        List.of("metrics[2].id: duplicate metric id 'fans', already used by metrics[1]"),
        violations(Retail.builder().addMetric(Metric.vanity("fans", "Fans again", "fans"))));
  }

  @Test
  void idsOfDifferentKindsMayBeEqual() {
    Strategy strategy =
        Retail.builder().addMetric(Metric.outcome("fb-shop", "Shop orders", "orders")).build();
    assertEquals(3, strategy.metrics().size());
  }

  @Test
  void dateRangesMustBeOrdered() {
    Vision backwards = Vision.of("Later", LocalDate.of(2029, 1, 1), LocalDate.of(2027, 1, 1));
    assertEquals(
        List.of("vision.horizon: end 2027-01-01 is before start 2029-01-01"),
        violations(Retail.builder().vision(backwards)));
    assertEquals(
        List.of("tactics[t].window: end 2027-01-31 is before start 2027-02-01"),
        violations(
            Retail.builder()
                .addTactic(
                    tactic("t")
                        .window(DateRange.of(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 1, 31)))
                        .build())));
  }

  @Test
  void datesLieInTheYearsZeroToNineThousandNineHundredNinetyNine() {
    LocalDate past = LocalDate.of(-1, 12, 31);
    LocalDate future = LocalDate.MAX;
    assertEquals(
        List.of(
            "tactics[t].window.start: the day -0001-12-31 is outside the years 0000 to 9999",
            "tactics[t].window.end: the day +999999999-12-31 is outside the years 0000 to 9999",
            "funding.perYear[10000]: the year 10000 is outside the years 0000 to 9999",
            "observations[0].period.end: the day +999999999-12-31 is outside the years 0000 to"
                + " 9999"),
        violations(
            Retail.builder()
                .addTactic(tactic("t").window(DateRange.of(past, future)).build())
                .addObservation(
                    Observation.of(
                        "net-new-customers",
                        DateRange.of(LocalDate.of(2027, 1, 1), future),
                        BigDecimal.ONE))
                .funding(
                    Funding.builder().putPerYear(10_000, Money.of("1.00", "USD"), 1).build())));
    Strategy edges =
        Retail.builder()
            .addTactic(
                tactic("t")
                    .window(DateRange.of(LocalDate.of(0, 1, 1), LocalDate.of(9999, 12, 31)))
                    .build())
            .build();
    assertEquals(
        LocalDate.of(9999, 12, 31),
        edges.tactic(TacticId.of("t")).orElseThrow().window().orElseThrow().end());
  }

  @Test
  void decimalsKeepTheirExponentWithinAThousand() {
    assertEquals(
        List.of(
            "tactics[t].cost: cost 1E+1001 USD is out of range: its exponent is beyond 1000",
            "observations[0].value: value 1E-1001 is out of range: its exponent is beyond 1000"),
        violations(
            Retail.builder()
                .addTactic(
                    tactic("t")
                        .cost(Money.of(new BigDecimal("1E+1001"), Money.currency("USD")))
                        .build())
                .addObservation(
                    Observation.of(
                        "net-new-customers",
                        DateRange.of(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 1)),
                        new BigDecimal("1E-1001")))));
    Retail.builder()
        .addObservation(
            Observation.of(
                "net-new-customers",
                DateRange.of(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 1)),
                new BigDecimal("1E-1000")))
        .build();
  }

  @Test
  void moneyMustNotBeNegative() {
    assertEquals(
        List.of("tactics[t].cost: cost must not be negative: -1,500.00 USD"),
        violations(
            Retail.builder().addTactic(tactic("t").cost(Money.of("-1500.00", "USD")).build())));
  }

  @Test
  void currenciesMustNotBeMixed() {
    assertEquals(
        List.of(
            "tactics[t].cost: currency EUR mixed with USD: all amounts of a strategy are in one"
                + " currency, set by metrics[net-new-customers].valuePerUnit"),
        violations(Retail.builder().addTactic(tactic("t").cost(Money.of("10", "EUR")).build())));
  }

  @Test
  void weightsMustBeInRange() {
    assertEquals(
        List.of(
            "goals[g].weight: weight must be in (0, 1]: 1.5",
            "tactics[t].supports[0].weight: weight must be in (0, 1]: 0.0",
            "tactics[u].supports: contribution weights add up to 1.3, more than 1"),
        violations(
            Retail.builder()
                .addGoal(
                    BusinessGoal.builder()
                        .id("g")
                        .title("Other goal")
                        .function(BusinessFunction.SALES)
                        .weight(1.5)
                        .build())
                .addTactic(tactic("t").addSupport("g", 0).build())
                .addTactic(
                    tactic("u")
                        .addSupport("g", 0.7)
                        .addSupport("grow-online-revenue", 0.6)
                        .build())));
  }

  @Test
  void weightsThatAddUpToOneAreAccepted() {
    Strategy strategy =
        Retail.builder()
            .addTactic(
                tactic("t")
                    .addSupport("grow-online-revenue", 0.1)
                    .addSupport("grow-online-revenue-2", 0.2)
                    .addSupport("grow-online-revenue-3", 0.7)
                    .build())
            .addGoal(goal("grow-online-revenue-2"))
            .addGoal(goal("grow-online-revenue-3"))
            .build();
    assertEquals(3, strategy.tactic(TacticId.of("t")).orElseThrow().supports().size());
  }

  private static BusinessGoal goal(String id) {
    return BusinessGoal.builder()
        .id(id)
        .title("Goal " + id)
        .function(BusinessFunction.SALES)
        .build();
  }

  @Test
  void stretchTargetMustGoBeyondTheTarget() {
    Objective up =
        Objective.builder()
            .metric("net-new-customers")
            .baseline(BigDecimal.valueOf(1200))
            .target(BigDecimal.valueOf(3000))
            .stretch(BigDecimal.valueOf(2500))
            .due(DUE)
            .build();
    Objective down =
        Objective.builder()
            .metric("net-new-customers")
            .baseline(BigDecimal.valueOf(10))
            .target(BigDecimal.valueOf(5))
            .stretch(BigDecimal.valueOf(6))
            .baselineDate(LocalDate.of(2028, 1, 1))
            .due(DUE)
            .build();
    Objective hold =
        Objective.builder()
            .metric("net-new-customers")
            .baseline(BigDecimal.ONE)
            .target(BigDecimal.ONE)
            .stretch(BigDecimal.TEN)
            .due(DUE)
            .build();
    assertEquals(
        List.of(
            "goals[g].objectives[0].stretch: stretch 2500 does not go beyond the target 3000 (higher is better)",
            "goals[g].objectives[1].stretch: stretch 6 does not go beyond the target 5 (lower is better)",
            "goals[g].objectives[1].baselineDate: baseline date 2028-01-01 is after the due date 2027-12-31",
            "goals[g].objectives[2].stretch: a stretch target needs a target that differs from the baseline 1"),
        violations(
            Retail.builder()
                .addGoal(
                    BusinessGoal.builder()
                        .id("g")
                        .title("Goal")
                        .function(BusinessFunction.SALES)
                        .addObjectives(up, down, hold)
                        .build())));
  }

  @Test
  void governanceReferencesMustResolve() {
    Governance governance =
        Governance.builder()
            .hub(
                Hub.builder()
                    .name("CoE")
                    .lead("hub-lead")
                    .addMember(StakeholderId.of("cmo"))
                    .build())
            .addGuideline(Guideline.of("policy", "Policy", Enforcement.MANDATORY))
            .addGuideline(Guideline.of("policy", "Policy again", Enforcement.ADVISORY))
            .addRaci(TacticId.of("fb-shopp"), "social-lead", RaciRole.RESPONSIBLE)
            .addRaci(GoalId.of("grow-online-revenue"), "cfo", RaciRole.ACCOUNTABLE)
            .build();
    assertEquals(
        List.of(
            "governance.hub.lead: unknown stakeholder 'hub-lead'",
            "governance.guidelines[1].id: duplicate guideline id 'policy', already used by"
                + " governance.guidelines[0]",
            "governance.raci[0].item: unknown tactic 'fb-shopp'",
            "governance.raci[1].stakeholder: unknown stakeholder 'cfo'"),
        violations(Retail.builder().governance(governance)));
  }

  @Test
  void roadmapReferencesMustResolve() {
    Initiative launch =
        Initiative.builder()
            .id("launch")
            .name("Launch")
            .window(DateRange.years(2027, 2027))
            .addGoals("grow-online-revenue", "grow-online-revenue")
            .addTactics("fb-shop", "fb-contes")
            .addDependsOn(InitiativeId.of("launch"), InitiativeId.of("scale"))
            .addPlatform(PlatformId.of("crm"))
            .putAllocation(2027, Money.of("-1", "USD"), -2)
            .build();
    assertEquals(
        List.of(
            "roadmap.initiatives[launch].goals[1]: goal 'grow-online-revenue' is listed twice,"
                + " first at goals[0]",
            "roadmap.initiatives[launch].tactics[1]: unknown tactic 'fb-contes'",
            "roadmap.initiatives[launch].dependsOn[1]: unknown initiative 'scale'",
            "roadmap.initiatives[launch].dependsOn[0]: initiative 'launch' depends on itself",
            "roadmap.initiatives[launch].platforms[0]: unknown platform 'crm'",
            "roadmap.initiatives[launch].allocations[2027].budget: budget must not be negative:"
                + " -1.00 USD",
            "roadmap.initiatives[launch].allocations[2027].staff: staff must not be negative: -2.0"),
        violations(
            Retail.builder()
                .roadmap(
                    Roadmap.builder()
                        .horizon(DateRange.years(2027, 2029))
                        .addInitiative(launch)
                        .build())));
  }

  @Test
  void platformsFundingAndObservationsAreChecked() {
    assertEquals(
        List.of(
            "platforms[crm].name: name must not be blank",
            "platforms[crm].annualCost: currency EUR mixed with USD: all amounts of a strategy are"
                + " in one currency, set by metrics[net-new-customers].valuePerUnit",
            "funding.perYear[2027].staff: staff must not be negative: -1.0",
            "observations[0].metric: unknown metric 'nnc'",
            "observations[0].tactic: unknown tactic 'fb-shp'",
            "observations[0].period: end 2027-01-01 is before start 2027-02-01"),
        violations(
            Retail.builder()
                .addPlatform(
                    TechnologyPlatform.builder()
                        .id("crm")
                        .name("")
                        .category(PlatformCategory.CRM)
                        .annualCost(Money.of("100", "EUR"))
                        .build())
                .funding(Funding.builder().putPerYear(2027, Money.of("1000", "USD"), -1).build())
                .addObservation(
                    Observation.of(
                        "nnc",
                        "fb-shp",
                        DateRange.of(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 1, 1)),
                        BigDecimal.TEN))));
  }

  @Test
  void fundingYearsAreNamedByYear() {
    Strategy strategy =
        Retail.builder()
            .funding(
                Funding.builder()
                    .putPerYear(Year.of(2028), Allocation.of(Money.of("1", "USD"), 1))
                    .build())
            .build();
    assertEquals(1, strategy.funding().perYear().size());
  }

  @Test
  void suppressionsNeedARuleAReasonAndAKnownSubject() {
    assertEquals(
        List.of(
            "suppressions[0].reason: reason must not be blank",
            "suppressions[1].rule: rule must not be blank",
            "suppressions[1].subject: unknown tactic 'fb-contset'"),
        violations(
            Retail.builder()
                .addSuppression(
                    Suppression.of("SBS101", Subject.of(TacticId.of("fb-contest")), " "))
                .addSuppression(
                    Suppression.of("", Subject.parse("tactic:fb-contset"), "brand awareness test"))
                .addSuppression(
                    Suppression.of(
                        "no-hub", Subject.of(SubjectKind.GOVERNANCE), "hub planned for 2028"))));
  }

  @Test
  void extensionKeysStartWithX() {
    Tactic tagged =
        Tactic.builder()
            .from(Retail.strategy().tactics().get(0))
            .putExtension("x-jira", ExtensionValue.text("MKT-12"))
            .putExtension("jira", ExtensionValue.decimal(BigDecimal.ONE))
            .build();
    assertEquals(
        List.of(
            "tactics[fb-shop].extensions[jira]: extension key 'jira' does not start with 'x-'",
            "extensions[owner]: extension key 'owner' does not start with 'x-'"),
        violations(
            Retail.builder()
                .tactics(List.of(tagged, Retail.strategy().tactics().get(1)))
                .putExtension("owner", ExtensionValue.nullValue())));
  }

  @Test
  void subjectsPrintAndParse() {
    assertEquals("tactic:fb-shop", Subject.of(TacticId.of("fb-shop")).toString());
    assertEquals(Subject.of(SubjectKind.GOAL, "g"), Subject.parse(" goal : g"));
    assertEquals(Subject.STRATEGY, Subject.parse("strategy"));
    assertEquals(
        "unknown subject kind: 'channel'",
        assertThrows(IllegalArgumentException.class, () -> Subject.parse("channel:x"))
            .getMessage());
    assertEquals(
        "a tactic subject needs an id",
        assertThrows(IllegalArgumentException.class, () -> Subject.parse("tactic")).getMessage());
    assertEquals(
        "a roadmap subject has no id",
        assertThrows(IllegalArgumentException.class, () -> Subject.parse("roadmap:r"))
            .getMessage());
  }

  @Test
  void extensionValuesAreExactAndOrdered() {
    ExtensionValue value =
        ExtensionValue.object(
            java.util.Map.of("b", ExtensionValue.list(List.of(ExtensionValue.bool(true)))));
    assertEquals(
        new ExtensionValue.Fields(
            java.util.Map.of(
                "b", new ExtensionValue.Array(List.of(new ExtensionValue.Bool(true))))),
        value);
    assertEquals(
        new ExtensionValue.Decimal(new BigDecimal("1.50")),
        ExtensionValue.decimal(new BigDecimal("1.50")));
    assertThrows(NullPointerException.class, () -> ExtensionValue.text(null));
  }

  @Test
  void missingOrganizationIsAnIllegalStateInBusinessWords() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> Strategy.builder().build());
    assertEquals("a strategy needs an organization", e.getMessage());
  }
}
