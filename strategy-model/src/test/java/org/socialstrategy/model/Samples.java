package org.socialstrategy.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One instance of every type that has a builder, each with every optional value set and every list
 * and map holding at least one element, so that tests can sweep the builders by reflection.
 */
final class Samples {

  private Samples() {}

  static final DateRange YEAR = DateRange.years(2027, 2027);
  static final ExtensionValue DATA = ExtensionValue.text("data");

  static Objective objective() {
    return Objective.builder()
        .metric("customers")
        .baseline(10)
        .target(20)
        .stretch(25)
        .baselineDate(LocalDate.of(2027, 1, 1))
        .due(LocalDate.of(2027, 12, 31))
        .statement("More customers")
        .build();
  }

  static BusinessGoal goal() {
    return BusinessGoal.builder()
        .id("grow")
        .title("Grow")
        .function(BusinessFunction.SALES)
        .sponsor("cmo")
        .weight(0.5)
        .addObjective(objective())
        .description("Grow online revenue")
        .putExtension("x-tool", DATA)
        .build();
  }

  static Metric metric() {
    return Metric.builder()
        .id("customers")
        .name("Customers")
        .unit("customers")
        .kind(MetricKind.BUSINESS_OUTCOME)
        .aggregation(Aggregation.SUM)
        .valuePerUnit(Money.of("85.00", "USD"))
        .description("New customers")
        .putExtension("x-tool", DATA)
        .build();
  }

  static ValueSide<CustomerValue> side() {
    return ValueSide.<CustomerValue>builder()
        .addKind(CustomerValue.SAVINGS)
        .description("Lower prices")
        .quantity(Quantity.of("5", "USD"))
        .build();
  }

  static ValueExchange exchange() {
    return ValueExchange.builder()
        .customer(side())
        .organization(ValueSide.of(OrganizationValue.REVENUE))
        .build();
  }

  static Tactic tactic() {
    return Tactic.builder()
        .id("shop")
        .name("Shop")
        .channel(Channel.FACEBOOK)
        .function(BusinessFunction.SALES)
        .supports("grow")
        .tracks("customers")
        .owner("cmo")
        .cost(Money.of("100.00", "USD"))
        .window(YEAR)
        .value(exchange())
        .description("A shop")
        .putExtension("x-tool", DATA)
        .build();
  }

  static Stakeholder stakeholder() {
    return Stakeholder.builder()
        .id("cmo")
        .title("Chief Marketing Officer")
        .role(StakeholderRole.EXECUTIVE)
        .function(BusinessFunction.MARKETING)
        .executive(true)
        .alignment(ExecutiveAlignment.ALIGNED)
        .putExtension("x-tool", DATA)
        .build();
  }

  static Hub hub() {
    return Hub.builder()
        .name("Hub")
        .lead("cmo")
        .members("cmo")
        .addResponsibility(HubResponsibility.TRAINING)
        .build();
  }

  static Guideline guideline() {
    return Guideline.builder()
        .id("policy")
        .title("Policy")
        .enforcement(Enforcement.MANDATORY)
        .description("Disclose")
        .build();
  }

  static Governance governance() {
    return Governance.builder()
        .hub(hub())
        .model(GovernanceModel.HUB_AND_SPOKE)
        .addGuideline(guideline())
        .addRaci(GoalId.of("grow"), "cmo", RaciRole.ACCOUNTABLE)
        .build();
  }

  static TechnologyPlatform platform() {
    return TechnologyPlatform.builder()
        .id("crm")
        .name("CRM")
        .category(PlatformCategory.CRM)
        .annualCost(Money.of("10.00", "USD"))
        .description("Customer records")
        .putExtension("x-tool", DATA)
        .build();
  }

  static Initiative initiative() {
    return Initiative.builder()
        .id("launch")
        .name("Launch")
        .window(YEAR)
        .goals("grow")
        .tactics("shop")
        .dependsOn("prepare")
        .platforms("crm")
        .putAllocation(2027, Money.of("50.00", "USD"), 1)
        .description("Launch the shop")
        .putExtension("x-tool", DATA)
        .build();
  }

  static Initiative preparation() {
    return Initiative.builder().id("prepare").name("Prepare").window(YEAR).build();
  }

  static Roadmap roadmap() {
    return Roadmap.builder()
        .horizon(DateRange.years(2027, 2029))
        .initiatives(List.of(preparation(), initiative()))
        .build();
  }

  static Funding funding() {
    return Funding.builder()
        .putPerYear(2027, Money.of("500.00", "USD"), 2)
        .addAgency("Agency")
        .trainingPlan("Train everyone")
        .build();
  }

  static Vision vision() {
    return Vision.builder()
        .statement("Every conversation counts")
        .horizon(DateRange.years(2027, 2029))
        .internalValue("Staff are heard")
        .customerValue("Customers are heard")
        .build();
  }

  static Organization organization() {
    return Organization.builder()
        .name("Acme")
        .sector("retail")
        .customerKind(CustomerKind.CONSUMER)
        .build();
  }

  static Observation observation() {
    return Observation.builder()
        .metric("customers")
        .tactic("shop")
        .period(YEAR)
        .value(BigDecimal.TEN)
        .build();
  }

  static Strategy strategy() {
    return Strategy.builder()
        .organization(organization())
        .vision(vision())
        .sponsor("cmo")
        .addGoal(goal())
        .addMetric(metric())
        .addTactic(tactic())
        .addStakeholder(stakeholder())
        .governance(governance())
        .roadmap(roadmap())
        .addPlatform(platform())
        .funding(funding())
        .addObservation(observation())
        .addSuppression(
            Suppression.of("SBS101", Subject.of(TacticId.of("shop")), "a pilot, on purpose"))
        .putExtension("x-tool", DATA)
        .build();
  }

  /** One sample of every type with a builder. */
  static TouchpointRule touchpointRule() {
    return TouchpointRule.builder()
        .key("facebook / social / spring-shop")
        .channel("facebook")
        .source("facebook")
        .medium("social")
        .campaign("spring-*")
        .tactic("fb-shop")
        .build();
  }

  static TouchpointMapping touchpointMapping() {
    return TouchpointMapping.builder()
        .addRule(touchpointRule())
        .conversionMetric("customers")
        .valueMetric("revenue")
        .build();
  }

  static List<Object> all() {
    return List.of(
        strategy(),
        organization(),
        vision(),
        goal(),
        objective(),
        metric(),
        tactic(),
        exchange(),
        side(),
        stakeholder(),
        governance(),
        hub(),
        guideline(),
        roadmap(),
        initiative(),
        platform(),
        funding(),
        observation(),
        touchpointRule(),
        touchpointMapping());
  }
}
