package org.socialstrategy.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.socialstrategy.model.Aggregation;
import org.socialstrategy.model.Allocation;
import org.socialstrategy.model.BusinessFunction;
import org.socialstrategy.model.Channel;
import org.socialstrategy.model.ChannelKind;
import org.socialstrategy.model.DateRange;
import org.socialstrategy.model.ExecutiveAlignment;
import org.socialstrategy.model.ExtensionValue;
import org.socialstrategy.model.GoalId;
import org.socialstrategy.model.GoalSupport;
import org.socialstrategy.model.Initiative;
import org.socialstrategy.model.InitiativeId;
import org.socialstrategy.model.Metric;
import org.socialstrategy.model.MetricId;
import org.socialstrategy.model.MetricKind;
import org.socialstrategy.model.Money;
import org.socialstrategy.model.Objective;
import org.socialstrategy.model.Observation;
import org.socialstrategy.model.RaciAssignment;
import org.socialstrategy.model.RaciRole;
import org.socialstrategy.model.StakeholderId;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.model.Subject;
import org.socialstrategy.model.Suppression;
import org.socialstrategy.model.Tactic;
import org.socialstrategy.model.TacticId;
import org.socialstrategy.testkit.RetailSample;

/** The example strategies read without problems and hold what they say. */
class ExamplesTest {

  static final Path EXAMPLES = Path.of("..", "examples", "strategies");

  static Stream<Path> examples() throws IOException {
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      return files.filter(file -> file.toString().endsWith(".yaml")).sorted().toList().stream();
    }
  }

  private static Strategy read(String name) {
    return StrategyFiles.read(EXAMPLES.resolve(name));
  }

  @Test
  void thereAreTheThreeSeedCases() throws IOException {
    assertEquals(
        List.of("enterprise.yaml", "government.yaml", "retail.yaml"),
        examples().map(file -> file.getFileName().toString()).toList());
  }

  @ParameterizedTest
  @MethodSource("examples")
  void everyExampleReadsAndRoundTripsInBothNotations(Path example) throws IOException {
    assertTrue(Files.readString(example).startsWith("# yaml-language-server: $schema="));
    Strategy strategy = StrategyFiles.read(example);
    for (StrategyFormat format : StrategyFormat.values()) {
      String written = StrategyFiles.write(strategy, format);
      assertEquals(strategy, StrategyFiles.read(written, example.getFileName().toString(), format));
    }
  }

  @Test
  void theRetailFileIsTheCanonicalSample() {
    Strategy file = read("retail.yaml");
    assertEquals(
        StrategyFiles.write(RetailSample.strategy(), StrategyFormat.YAML),
        StrategyFiles.write(file, StrategyFormat.YAML),
        "examples/strategies/retail.yaml and the testkit's RetailSample say the same");
    assertEquals(RetailSample.strategy(), file);
  }

  @Test
  void retailHasItsGoalObjectiveAndAlignedAndUnalignedTactics() {
    Strategy retail = read("retail.yaml");
    assertEquals("Acme Outfitters", retail.organization().name());
    Objective objective =
        retail.goal(GoalId.of("grow-online-revenue")).orElseThrow().objectives().get(0);
    assertEquals(
        Objective.builder()
            .metric("net-new-customers")
            .statement("Net new customers acquired through Facebook")
            .baseline(1200)
            .baselineDate(LocalDate.of(2027, 1, 1))
            .target(3000)
            .due(LocalDate.of(2027, 12, 31))
            .build(),
        objective);
    Tactic shop = retail.tactic(TacticId.of("fb-shop")).orElseThrow();
    assertEquals(List.of(GoalId.of("grow-online-revenue")), shop.goals());
    assertEquals(Money.of("5000.00", "USD"), shop.cost().orElseThrow());
    assertEquals(
        DateRange.of(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)),
        shop.window().orElseThrow());
    assertEquals(
        Map.of(
            "x-campaign-tool",
            ExtensionValue.object(
                Map.of(
                    "id",
                    ExtensionValue.text("cmp-2027-fb-shop"),
                    "utm",
                    ExtensionValue.text("fb_shop")))),
        shop.extensions());
    Tactic contest = retail.tactic(TacticId.of("fb-fan-contest")).orElseThrow();
    assertEquals(List.of(), contest.goals());
    assertEquals(List.of(MetricId.of("fans")), contest.tracks());
    assertEquals(
        List.of("fb-shop"),
        retail.tacticsSupporting(GoalId.of("grow-online-revenue")).stream()
            .map(t -> t.id().value())
            .toList());
    List<Tactic> offline = retail.tacticsSupporting(GoalId.of("stock-what-customers-want"));
    assertEquals(
        List.of(Channel.SUGGESTION_BOX, Channel.PHONE),
        offline.stream().map(Tactic::channel).toList());
    assertTrue(offline.stream().noneMatch(t -> t.channel().isSocial()));
    Metric customers = retail.metric(MetricId.of("net-new-customers")).orElseThrow();
    assertEquals(MetricKind.BUSINESS_OUTCOME, customers.kind());
    assertEquals(Aggregation.SUM, customers.aggregation());
    assertEquals(Money.of("85.00", "USD"), customers.valuePerUnit().orElseThrow());
  }

  @Test
  void governmentServesCitizensAndRecordsASuppression() {
    Strategy government = read("government.yaml");
    assertEquals("citizen", government.organization().customerKind().key());
    Tactic desk = government.tactic(TacticId.of("service-desk-on-x")).orElseThrow();
    assertEquals(
        List.of(
            GoalSupport.of(GoalId.of("cut-cost-to-serve"), 0.7),
            GoalSupport.of(GoalId.of("raise-satisfaction"), 0.3)),
        desk.supports());
    assertEquals(BusinessFunction.PUBLIC_SERVICE, desk.function());
    Objective cost =
        government.goal(GoalId.of("cut-cost-to-serve")).orElseThrow().objectives().get(0);
    assertEquals(new BigDecimal("9.50"), cost.target());
    assertEquals(new BigDecimal("8.00"), cost.stretch().orElseThrow());
    assertEquals(
        List.of(
            Suppression.of(
                "SBS108",
                Subject.of(TacticId.of("town-hall")),
                "The town hall runs all year; it is judged at the annual review")),
        government.suppressions());
    assertEquals(
        Observation.of("satisfaction", DateRange.years(2027, 2027), BigDecimal.valueOf(66)),
        government.observations().get(2));
  }

  @Test
  void enterpriseHasAThreeYearRoadmapWithGovernanceAndFunding() {
    Strategy enterprise = read("enterprise.yaml");
    assertEquals(DateRange.years(2027, 2029), enterprise.roadmap().orElseThrow().horizon());
    assertEquals(4, enterprise.initiatives().size());
    Initiative community = enterprise.initiative(InitiativeId.of("community-launch")).orElseThrow();
    assertEquals(List.of(InitiativeId.of("listening-foundation")), community.dependsOn());
    assertEquals(
        DateRange.of(LocalDate.of(2027, 7, 1), LocalDate.of(2028, 12, 31)), community.window());
    assertEquals(
        Allocation.of(Money.of("110000.00", "EUR"), new BigDecimal("3")),
        community.allocations().get(Year.of(2028)));
    assertEquals(
        ExtensionValue.object(
            Map.of("code", ExtensionValue.text("SB-204"), "risk", ExtensionValue.text("medium"))),
        community.extensions().get("x-portfolio"));
    assertEquals(3, enterprise.funding().perYear().size());
    assertEquals(
        Money.of("280000.00", "EUR"), enterprise.funding().perYear().get(Year.of(2028)).budget());
    assertEquals(
        "Social Business Center of Excellence", enterprise.governance().hub().orElseThrow().name());
    assertTrue(
        enterprise
            .governance()
            .raci()
            .contains(
                RaciAssignment.of(
                    InitiativeId.of("community-launch"),
                    StakeholderId.of("coo"),
                    RaciRole.CONSULTED)));
    assertEquals(
        ExecutiveAlignment.UNAWARE,
        enterprise.stakeholder(StakeholderId.of("chro")).orElseThrow().alignment());
    assertEquals(
        ChannelKind.COMMUNITY,
        enterprise.tactic(TacticId.of("engineer-community")).orElseThrow().channel().kind());
    assertEquals(3, enterprise.platforms().size());
    assertEquals(new BigDecimal("64.5"), enterprise.observations().get(4).value());
  }
}
