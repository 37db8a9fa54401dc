package org.socialstrategy.testkit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.socialstrategy.model.Aggregation;
import org.socialstrategy.model.BusinessFunction;
import org.socialstrategy.model.BusinessGoal;
import org.socialstrategy.model.Channel;
import org.socialstrategy.model.CustomerKind;
import org.socialstrategy.model.CustomerValue;
import org.socialstrategy.model.DateRange;
import org.socialstrategy.model.ExecutiveAlignment;
import org.socialstrategy.model.ExtensionValue;
import org.socialstrategy.model.Metric;
import org.socialstrategy.model.MetricKind;
import org.socialstrategy.model.Money;
import org.socialstrategy.model.Objective;
import org.socialstrategy.model.Observation;
import org.socialstrategy.model.Organization;
import org.socialstrategy.model.OrganizationValue;
import org.socialstrategy.model.Quantity;
import org.socialstrategy.model.Stakeholder;
import org.socialstrategy.model.StakeholderRole;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.model.Tactic;
import org.socialstrategy.model.TouchpointMapping;
import org.socialstrategy.model.TouchpointRule;
import org.socialstrategy.model.ValueExchange;
import org.socialstrategy.model.ValueSide;
import org.socialstrategy.model.Vision;

/**
 * The retail case from the sources, built in code: the one canonical sample that tests across the
 * project use. It is the strategy of {@code examples/strategies/retail.yaml}, the file {@code sbs
 * --sample} reads; a test in {@code strategy-io} holds the two equal.
 *
 * <p>An outfitter that sells online and in its stores. Its goal is online revenue, quantified as
 * net new customers acquired through Facebook; the Facebook shop serves that goal and is measured
 * by it, while the fan contest serves no goal and counts only fans. A suggestion box by the till
 * and calls to regular customers feed a product-innovation goal. Its touchpoint mapping credits
 * customer journeys from Facebook campaigns to the shop and the contest.
 */
public final class RetailSample {

  /** The Facebook shop: aligned, measured by net new customers. */
  public static final String SHOP = "fb-shop";

  /** The fan contest: serves no goal, measured by fans only. */
  public static final String FAN_CONTEST = "fb-fan-contest";

  /** The goal the shop serves. */
  public static final String ONLINE_REVENUE = "grow-online-revenue";

  /** The day the sample's observations run to, which {@code sbs} scores it as of. */
  public static final LocalDate LATEST_OBSERVATION = LocalDate.of(2027, 6, 30);

  private RetailSample() {}

  /**
   * Returns the retail strategy.
   *
   * @return the strategy
   */
  public static Strategy strategy() {
    return Strategy.builder()
        .organization(
            Organization.builder()
                .name("Acme Outfitters")
                .sector("retail")
                .customerKind(CustomerKind.CONSUMER)
                .build())
        .vision(
            Vision.builder()
                .statement("Every customer conversation makes Acme a better outfitter")
                .horizon(DateRange.of(LocalDate.of(2027, 1, 1), LocalDate.of(2029, 12, 31)))
                .customerValue("Customers find gear that fits their trips, at a fair price")
                .internalValue("Sales and buying hear customers directly, not through reports")
                .build())
        .sponsor("cmo")
        .addGoal(
            BusinessGoal.builder()
                .id(ONLINE_REVENUE)
                .title("Grow online revenue")
                .function(BusinessFunction.SALES)
                .sponsor("cmo")
                .weight(0.7)
                .addObjective(
                    Objective.builder()
                        .metric("net-new-customers")
                        .statement("Net new customers acquired through Facebook")
                        .baseline(1200)
                        .baselineDate(LocalDate.of(2027, 1, 1))
                        .target(3000)
                        .due(LocalDate.of(2027, 12, 31))
                        .build())
                .build())
        .addGoal(
            BusinessGoal.builder()
                .id("stock-what-customers-want")
                .title("Stock what customers ask for")
                .function(BusinessFunction.PRODUCT_INNOVATION)
                .sponsor("buying-director")
                .weight(0.3)
                .addObjective(
                    Objective.builder()
                        .metric("ideas-adopted")
                        .statement("Customer ideas taken into the range")
                        .baseline(4)
                        .target(12)
                        .due(LocalDate.of(2027, 12, 31))
                        .build())
                .build())
        .addMetric(
            Metric.builder()
                .id("net-new-customers")
                .name("Net new customers")
                .unit("customers")
                .kind(MetricKind.BUSINESS_OUTCOME)
                .aggregation(Aggregation.SUM)
                .valuePerUnit(usd("85.00"))
                .description(
                    "First orders from customers who never bought before, attributed to Facebook")
                .build())
        .addMetric(
            Metric.outcome("ideas-adopted", "Customer ideas adopted", "ideas")
                .withAggregation(Aggregation.SUM))
        .addMetric(Metric.vanity("fans", "Facebook fans", "fans"))
        .addTactic(shop())
        .addTactic(fanContest())
        .addTactic(
            Tactic.builder()
                .id("suggestion-box")
                .name("Suggestion box by the till")
                .channel(Channel.SUGGESTION_BOX)
                .function(BusinessFunction.PRODUCT_INNOVATION)
                .supports("stock-what-customers-want")
                .tracks("ideas-adopted")
                .owner("store-manager")
                .cost(usd("300.00"))
                .value(ValueExchange.of(CustomerValue.VOICE, OrganizationValue.INSIGHT))
                .build())
        .addTactic(
            Tactic.builder()
                .id("customer-calls")
                .name("Calls to regular customers")
                .channel(Channel.PHONE)
                .function(BusinessFunction.PRODUCT_INNOVATION)
                .supports("stock-what-customers-want")
                .tracks("ideas-adopted")
                .owner("store-manager")
                .cost(usd("2400.00"))
                .description(
                    "Once a month the store manager asks ten regulars what they would like to buy")
                .value(
                    ValueExchange.builder()
                        .customer(ValueSide.of(CustomerValue.VOICE, CustomerValue.PERSONALIZATION))
                        .organization(
                            ValueSide.of(OrganizationValue.INSIGHT, OrganizationValue.LOYALTY))
                        .build())
                .build())
        .addStakeholder(
            Stakeholder.builder()
                .id("cmo")
                .title("Chief Marketing Officer")
                .role(StakeholderRole.EXECUTIVE)
                .function(BusinessFunction.MARKETING)
                .executive(true)
                .alignment(ExecutiveAlignment.ALIGNED)
                .build())
        .addStakeholder(
            Stakeholder.builder()
                .id("buying-director")
                .title("Buying Director")
                .role(StakeholderRole.EXECUTIVE)
                .function(BusinessFunction.PRODUCT_INNOVATION)
                .executive(true)
                .alignment(ExecutiveAlignment.INFORMED)
                .build())
        .addStakeholder(
            Stakeholder.builder()
                .id("social-lead")
                .title("Social lead")
                .role(StakeholderRole.PRACTITIONER)
                .function(BusinessFunction.MARKETING)
                .alignment(ExecutiveAlignment.ALIGNED)
                .build())
        .addStakeholder(
            Stakeholder.builder()
                .id("store-manager")
                .title("Flagship store manager")
                .role(StakeholderRole.PRACTITIONER)
                .function(BusinessFunction.SALES)
                .alignment(ExecutiveAlignment.ENGAGED)
                .build())
        .addObservation(
            Observation.of("net-new-customers", SHOP, quarter(1), new BigDecimal("410")))
        .addObservation(
            Observation.of("net-new-customers", SHOP, quarter(2), new BigDecimal("525")))
        .addObservation(Observation.of("fans", FAN_CONTEST, quarter(1), new BigDecimal("8200")))
        .addObservation(
            Observation.of(
                "ideas-adopted",
                DateRange.of(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 6, 30)),
                new BigDecimal("5")))
        .attribution(attribution())
        .build();
  }

  /**
   * Returns the Facebook shop: serves online revenue, measured by net new customers, 5,000.00 USD
   * in 2027.
   *
   * @return the tactic
   */
  public static Tactic shop() {
    Map<String, ExtensionValue> campaign = new LinkedHashMap<>();
    campaign.put("id", ExtensionValue.text("cmp-2027-fb-shop"));
    campaign.put("utm", ExtensionValue.text("fb_shop"));
    return Tactic.builder()
        .id(SHOP)
        .name("Facebook shop")
        .channel(Channel.FACEBOOK)
        .function(BusinessFunction.SALES)
        .supports(ONLINE_REVENUE)
        .tracks("net-new-customers")
        .owner("social-lead")
        .cost(usd("5000.00"))
        .window(DateRange.of(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)))
        .value(
            ValueExchange.builder()
                .customer(
                    ValueSide.<CustomerValue>builder()
                        .addKinds(CustomerValue.SAVINGS, CustomerValue.CONVENIENCE)
                        .description("Members' prices and checkout without leaving Facebook")
                        .quantity(Quantity.of("10", "percent off the first order"))
                        .build())
                .organization(
                    ValueSide.of(OrganizationValue.REVENUE, OrganizationValue.ACQUISITION))
                .build())
        .putExtension("x-campaign-tool", ExtensionValue.object(campaign))
        .build();
  }

  /**
   * Returns the fan contest: serves no goal, counts only fans, 12,000.00 USD.
   *
   * @return the tactic
   */
  public static Tactic fanContest() {
    return Tactic.builder()
        .id(FAN_CONTEST)
        .name("Facebook fan contest")
        .channel(Channel.FACEBOOK)
        .function(BusinessFunction.MARKETING)
        .tracks("fans")
        .cost(usd("12000.00"))
        .value(ValueExchange.of(CustomerValue.ENTERTAINMENT, OrganizationValue.of("reach")))
        .build();
  }

  /**
   * Returns how the retail case's customer journeys map to its tactics: touchpoints from Facebook
   * whose campaign starts with {@code fb_shop} belong to the shop, those of a contest campaign to
   * the fan contest; attributed conversions are net new customers.
   *
   * @return the mapping
   */
  public static TouchpointMapping attribution() {
    return TouchpointMapping.builder()
        .addRule(
            TouchpointRule.builder().source("facebook").campaign("fb_shop*").tactic(SHOP).build())
        .addRule(
            TouchpointRule.builder()
                .source("facebook")
                .campaign("*contest*")
                .tactic(FAN_CONTEST)
                .build())
        .conversionMetric("net-new-customers")
        .build();
  }

  private static Money usd(String amount) {
    return Money.of(amount, "USD");
  }

  private static DateRange quarter(int quarter) {
    LocalDate start = LocalDate.of(2027, 3 * quarter - 2, 1);
    return DateRange.of(start, start.plusMonths(3).minusDays(1));
  }
}
