package org.socialstrategy.scoring.validation;

import java.time.LocalDate;
import java.util.List;
import org.socialstrategy.model.BusinessFunction;
import org.socialstrategy.model.BusinessGoal;
import org.socialstrategy.model.Channel;
import org.socialstrategy.model.CustomerKind;
import org.socialstrategy.model.CustomerValue;
import org.socialstrategy.model.DateRange;
import org.socialstrategy.model.Enforcement;
import org.socialstrategy.model.ExecutiveAlignment;
import org.socialstrategy.model.Funding;
import org.socialstrategy.model.GoalId;
import org.socialstrategy.model.Governance;
import org.socialstrategy.model.Guideline;
import org.socialstrategy.model.Hub;
import org.socialstrategy.model.Initiative;
import org.socialstrategy.model.InitiativeId;
import org.socialstrategy.model.Metric;
import org.socialstrategy.model.Money;
import org.socialstrategy.model.Objective;
import org.socialstrategy.model.Organization;
import org.socialstrategy.model.OrganizationValue;
import org.socialstrategy.model.PlatformCategory;
import org.socialstrategy.model.PlatformId;
import org.socialstrategy.model.RaciRole;
import org.socialstrategy.model.Roadmap;
import org.socialstrategy.model.Stakeholder;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.model.Tactic;
import org.socialstrategy.model.TechnologyPlatform;
import org.socialstrategy.model.ValueExchange;
import org.socialstrategy.model.Vision;

/**
 * A small strategy that every built-in rule passes: the base each rule test breaks in one place,
 * and the base of the scorecard tests.
 */
public final class Sound {

  public static final DateRange HORIZON = DateRange.years(2027, 2029);

  private Sound() {}

  public static Money usd(String amount) {
    return Money.of(amount, "USD");
  }

  public static Stakeholder executive(String id, String title, ExecutiveAlignment alignment) {
    return Stakeholder.builder().id(id).title(title).executive(true).alignment(alignment).build();
  }

  public static Stakeholder person(String id, String title) {
    return Stakeholder.builder().id(id).title(title).build();
  }

  public static BusinessGoal.Builder revenueGoal() {
    return BusinessGoal.builder()
        .id("grow-online-revenue")
        .title("Grow online revenue")
        .function(BusinessFunction.SALES)
        .sponsor("cmo")
        .addObjective(Objective.of("net-new-customers", 1_200, 3_000, LocalDate.of(2027, 12, 31)));
  }

  public static BusinessGoal.Builder costGoal() {
    return BusinessGoal.builder()
        .id("reduce-cost-to-serve")
        .title("Reduce the cost to serve")
        .function(BusinessFunction.CUSTOMER_SERVICE)
        .sponsor("coo")
        .addObjective(Objective.of("calls-deflected", 1_000, 5_000, LocalDate.of(2028, 12, 31)));
  }

  public static Tactic.Builder shop() {
    return Tactic.builder()
        .id("fb-shop")
        .name("Facebook shop")
        .channel(Channel.FACEBOOK)
        .function(BusinessFunction.SALES)
        .supports("grow-online-revenue")
        .tracks("net-new-customers")
        .owner("social-lead")
        .cost(usd("5000.00"))
        .window(DateRange.years(2027, 2027))
        .value(ValueExchange.of(CustomerValue.SAVINGS, OrganizationValue.REVENUE));
  }

  public static Tactic.Builder community() {
    return Tactic.builder()
        .id("support-community")
        .name("Support community")
        .channel(Channel.SUPPORT_COMMUNITY)
        .function(BusinessFunction.CUSTOMER_SERVICE)
        .supports("reduce-cost-to-serve")
        .tracks("calls-deflected", "comments")
        .owner("service-lead")
        .cost(usd("20000.00"))
        .window(DateRange.years(2027, 2028))
        .value(ValueExchange.of(CustomerValue.SUPPORT, OrganizationValue.COST_SAVINGS));
  }

  public static Initiative.Builder commerce() {
    return Initiative.builder()
        .id("social-commerce")
        .name("Social commerce")
        .window(DateRange.years(2027, 2027))
        .addGoals("grow-online-revenue")
        .addTactics("fb-shop")
        .addPlatform(PlatformId.of("crm"))
        .putAllocation(2027, usd("30000.00"), 1);
  }

  public static Initiative.Builder communityCare() {
    return Initiative.builder()
        .id("community-care")
        .name("Community-led care")
        .window(DateRange.years(2027, 2028))
        .addGoals("reduce-cost-to-serve")
        .addTactics("support-community")
        .addPlatform(PlatformId.of("community-platform"))
        .putAllocation(2027, usd("20000.00"), 1)
        .putAllocation(2028, usd("20000.00"), 1);
  }

  public static Initiative.Builder scale() {
    return Initiative.builder()
        .id("scale")
        .name("Scale across functions")
        .window(DateRange.years(2029, 2029))
        .addGoals("grow-online-revenue", "reduce-cost-to-serve")
        .addDependsOn(InitiativeId.of("social-commerce"))
        .putAllocation(2029, usd("10000.00"), 0.5);
  }

  public static Governance.Builder governance() {
    return Governance.builder()
        .hub(Hub.builder().name("Social Business Center of Excellence").lead("hub-lead").build())
        .addGuideline(Guideline.of("policy", "Social media policy", Enforcement.MANDATORY))
        .addRaci(GoalId.of("grow-online-revenue"), "cmo", RaciRole.ACCOUNTABLE)
        .addRaci(GoalId.of("grow-online-revenue"), "social-lead", RaciRole.RESPONSIBLE)
        .addRaci(GoalId.of("reduce-cost-to-serve"), "coo", RaciRole.ACCOUNTABLE)
        .addRaci(GoalId.of("reduce-cost-to-serve"), "service-lead", RaciRole.RESPONSIBLE)
        .addRaci(InitiativeId.of("social-commerce"), "hub-lead", RaciRole.ACCOUNTABLE)
        .addRaci(InitiativeId.of("social-commerce"), "social-lead", RaciRole.RESPONSIBLE)
        .addRaci(InitiativeId.of("social-commerce"), "cmo", RaciRole.INFORMED);
  }

  public static Funding.Builder funding() {
    return Funding.builder()
        .putPerYear(2027, usd("80000.00"), 3)
        .putPerYear(2028, usd("40000.00"), 2)
        .putPerYear(2029, usd("20000.00"), 1);
  }

  public static List<TechnologyPlatform> platforms() {
    return List.of(
        TechnologyPlatform.builder()
            .id("crm")
            .name("Social CRM")
            .category(PlatformCategory.CRM)
            .annualCost(usd("12000.00"))
            .build(),
        TechnologyPlatform.builder()
            .id("community-platform")
            .name("Community platform")
            .category(PlatformCategory.COMMUNITY)
            .annualCost(usd("8000.00"))
            .build());
  }

  /** The sound strategy's builder; tests replace one part to break one rule. */
  public static Strategy.Builder builder() {
    return Strategy.builder()
        .organization(Organization.of("Acme Outfitters", CustomerKind.CONSUMER))
        .vision(
            Vision.of(
                "Every customer conversation makes Acme better", HORIZON.start(), HORIZON.end()))
        .sponsor("ceo")
        .addStakeholder(executive("ceo", "Chief Executive Officer", ExecutiveAlignment.ALIGNED))
        .addStakeholder(executive("cmo", "Chief Marketing Officer", ExecutiveAlignment.ALIGNED))
        .addStakeholder(executive("coo", "Chief Operating Officer", ExecutiveAlignment.ENGAGED))
        .addStakeholder(person("hub-lead", "Head of Social Business"))
        .addStakeholder(person("social-lead", "Social commerce lead"))
        .addStakeholder(person("service-lead", "Community support lead"))
        .addMetric(
            Metric.outcome("net-new-customers", "Net new customers", "customers")
                .withValuePerUnit(usd("85.00")))
        .addMetric(
            Metric.outcome("calls-deflected", "Calls deflected", "calls")
                .withValuePerUnit(usd("6.50")))
        .addMetric(Metric.vanity("fans", "Facebook fans", "fans"))
        .addMetric(Metric.engagement("comments", "Comments", "comments"))
        .addGoal(revenueGoal().build())
        .addGoal(costGoal().build())
        .addTactic(shop().build())
        .addTactic(community().build())
        .governance(governance().build())
        .roadmap(
            Roadmap.builder()
                .horizon(HORIZON)
                .addInitiative(commerce().build())
                .addInitiative(communityCare().build())
                .addInitiative(scale().build())
                .build())
        .addAllPlatforms(platforms())
        .funding(funding().build());
  }

  public static Strategy strategy() {
    return builder().build();
  }

  /**
   * Starts a custom rule with its title, severity (info), family and rationale set, for tests that
   * look only at its check.
   */
  public static Rule.Builder rule(String id, String name) {
    return Rule.builder(id, name)
        .title("Test rule " + name)
        .severity(Severity.INFO)
        .family(RuleFamily.TACTICS)
        .rationale("Tests a check.");
  }

  /** The findings of one rule, each as its one-line text. */
  public static List<String> findings(Rule rule, Strategy strategy) {
    return StrategyValidator.builder().addRule(rule).build().validate(strategy).findings().stream()
        .map(Finding::toString)
        .toList();
  }
}
