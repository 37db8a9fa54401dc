package org.socialstrategy.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The rules every builder keeps, and the edits, from a user's chair. */
class BuilderRulesTest {

  private static final Tactic SHOP = Samples.tactic();

  @Test
  void pluralSetterReplacesTheGoalsAndAddSupportAddsOne() {
    Tactic other = Tactic.builder().from(SHOP).supports("grow-online-revenue").build();
    assertEquals(List.of(GoalId.of("grow-online-revenue")), other.goals());

    Tactic both = SHOP.toBuilder().addSupport("grow-online-revenue").build();
    assertEquals(List.of(GoalId.of("grow"), GoalId.of("grow-online-revenue")), both.goals());

    Tactic fresh =
        Tactic.builder()
            .id("fb-shop")
            .name("Facebook shop")
            .channel(Channel.FACEBOOK)
            .function(BusinessFunction.SALES)
            .supports("grow-online-revenue")
            .tracks("net-new-customers")
            .build();
    assertEquals(List.of(GoalId.of("grow-online-revenue")), fresh.goals());
    assertEquals(List.of(MetricId.of("net-new-customers")), fresh.tracks());
  }

  @Test
  void weightedLinksAreAddedOneByOne() {
    Tactic split =
        SHOP.toBuilder()
            .supports(List.of())
            .addSupport("grow", 0.25)
            .addSupport(GoalId.of("keep"), 0.75)
            .build();
    assertEquals(
        List.of(GoalSupport.of(GoalId.of("grow"), 0.25), GoalSupport.of(GoalId.of("keep"), 0.75)),
        split.supports());
  }

  @Test
  void idsAsTextBuildWhatTypedIdsBuild() {
    Initiative typed =
        Initiative.builder()
            .id(InitiativeId.of("launch"))
            .name("Launch")
            .window(Samples.YEAR)
            .goals(GoalId.of("g"))
            .addGoal(GoalId.of("h"))
            .tactics(TacticId.of("t"))
            .addDependsOn(InitiativeId.of("x"))
            .addPlatforms(PlatformId.of("p"))
            .build();
    Initiative text =
        Initiative.builder()
            .id("launch")
            .name("Launch")
            .window(Samples.YEAR)
            .goals("g")
            .addGoal("h")
            .tactics("t")
            .addDependsOn("x")
            .addPlatforms("p")
            .build();
    assertEquals(typed, text);

    assertEquals(
        Hub.builder()
            .name("Hub")
            .lead(StakeholderId.of("a"))
            .addMember(StakeholderId.of("a"))
            .build(),
        Hub.builder().name("Hub").lead("a").addMember("a").build());
    assertEquals(
        Observation.builder()
            .metric(MetricId.of("m"))
            .tactic(TacticId.of("t"))
            .period(Samples.YEAR)
            .value(BigDecimal.ONE)
            .build(),
        Observation.builder()
            .metric("m")
            .tactic("t")
            .period(Samples.YEAR)
            .value(BigDecimal.ONE)
            .build());
    assertEquals(
        Governance.builder()
            .addRaci(GoalId.of("g"), StakeholderId.of("a"), RaciRole.ACCOUNTABLE)
            .build(),
        Governance.builder().addRaci(GoalId.of("g"), "a", RaciRole.ACCOUNTABLE).build());
  }

  @Test
  void missingRequiredValuesAreNamedInBusinessWords() {
    assertMissing(
        "a tactic needs an id, a name, a channel and a business function",
        List.of("id", "name", "channel", "function"),
        () -> Tactic.builder().build());
    assertMissing(
        "tactic 'fb-shop' needs a channel and a business function",
        List.of("channel", "function"),
        () -> Tactic.builder().id("fb-shop").name("Facebook shop").build());
    assertMissing(
        "a tactic needs a business function",
        List.of("function"),
        () -> Tactic.builder().id(" ").name("Shop").channel(Channel.FACEBOOK).build());
    assertMissing(
        "a strategy needs an organization", List.of("organization"), Strategy.builder()::build);
    assertMissing(
        "goal 'grow' needs a title and a business function",
        List.of("title", "function"),
        () -> BusinessGoal.builder().id("grow").build());
    assertMissing(
        "initiative 'launch' needs a name and a time window",
        List.of("name", "window"),
        () -> Initiative.builder().id("launch").build());
    assertMissing(
        "metric 'fans' needs a unit and a kind",
        List.of("unit", "kind"),
        () -> Metric.builder().id("fans").name("Fans").build());
    assertMissing(
        "stakeholder 'cmo' needs a title",
        List.of("title"),
        () -> Stakeholder.builder().id("cmo").build());
    assertMissing(
        "platform 'crm' needs a name and a category",
        List.of("name", "category"),
        () -> TechnologyPlatform.builder().id("crm").build());
    assertMissing(
        "guideline 'policy' needs a title",
        List.of("title"),
        () -> Guideline.builder().id("policy").build());
    assertMissing(
        "an objective needs a metric, a baseline, a target and a due date",
        List.of("metric", "baseline", "target", "due"),
        Objective.builder()::build);
    assertMissing(
        "an observation needs a period and a value",
        List.of("period", "value"),
        () -> Observation.builder().metric("fans").build());
    assertMissing(
        "an organization needs a kind of customer",
        List.of("customerKind"),
        () -> Organization.builder().name("Acme").build());
    assertMissing("a hub needs a name", List.of("name"), Hub.builder()::build);
    assertMissing("a roadmap needs a horizon", List.of("horizon"), Roadmap.builder()::build);
    assertMissing(
        "a vision needs a horizon",
        List.of("horizon"),
        () -> Vision.builder().statement("Better together").build());
  }

  private static void assertMissing(String message, List<String> attributes, Supplier<?> build) {
    MissingAttributesException e = assertThrows(MissingAttributesException.class, build::get);
    assertEquals(message, e.getMessage());
    assertEquals(attributes, e.attributes());
  }

  @Test
  void anotherStateAGeneratedBuilderRefusesKeepsItsMessage() {
    RuntimeException e =
        RequiredAttributes.of("a tactic", "id", "an id")
            .describe(new MissingAttributes("defaults form a cycle"), TacticId.of("t"));
    assertEquals(IllegalStateException.class, e.getClass());
    assertEquals("defaults form a cycle", e.getMessage());
  }

  @Test
  void strategyEditsSetOrRemoveEachOptionalPart() {
    Strategy strategy = Samples.strategy();
    Strategy bare =
        strategy
            .withoutVision()
            .withoutSponsor()
            .withoutGovernance()
            .withoutRoadmap()
            .withoutFunding();
    assertEquals(Optional.empty(), bare.vision());
    assertEquals(Optional.empty(), bare.sponsor());
    assertEquals(Governance.none(), bare.governance());
    assertEquals(Optional.empty(), bare.roadmap());
    assertEquals(Funding.none(), bare.funding());

    Strategy restored =
        bare.withVision(Samples.vision())
            .withSponsor("cmo")
            .withGovernance(Samples.governance())
            .withRoadmap(Samples.roadmap())
            .withFunding(Samples.funding());
    assertEquals(strategy, restored);
    assertEquals(bare.withSponsor(StakeholderId.of("cmo")), bare.withSponsor("cmo"));
  }

  @Test
  void removingTheRoadmapAnAssignmentNeedsIsInvalid() {
    Strategy assigned =
        Samples.strategy()
            .withGovernance(
                Governance.builder()
                    .addRaci(InitiativeId.of("launch"), "cmo", RaciRole.ACCOUNTABLE)
                    .build());
    InvalidStrategyException e =
        assertThrows(InvalidStrategyException.class, assigned::withoutRoadmap);
    assertEquals(
        List.of("governance.raci[0].item: unknown initiative 'launch'"),
        e.violations().stream().map(Violation::toString).toList());
  }

  @Test
  void elementEditsRemoveOptionalParts() {
    assertEquals(Optional.empty(), SHOP.withoutCost().cost());
    assertEquals(SHOP, SHOP.withoutCost().withCost(SHOP.cost().orElseThrow()));
    Metric customers = Samples.metric();
    assertEquals(Optional.empty(), customers.withoutValuePerUnit().valuePerUnit());
    assertEquals(
        customers, customers.withoutValuePerUnit().withValuePerUnit(Money.of("85.00", "USD")));
  }

  @Test
  void toBuilderStartsFromTheInstance() {
    Objective objective = Samples.objective();
    Objective later = objective.toBuilder().due(LocalDate.of(2028, 6, 30)).build();
    assertEquals(LocalDate.of(2028, 6, 30), later.due());
    assertEquals(objective.target(), later.target());
    assertEquals(objective, later.toBuilder().due(objective.due()).build());
  }
}
