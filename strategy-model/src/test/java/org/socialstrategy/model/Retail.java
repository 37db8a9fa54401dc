package org.socialstrategy.model;

import java.time.LocalDate;

/** The retail case from the sources, built in code: a valid strategy to break in tests. */
final class Retail {

  private Retail() {}

  static Strategy.Builder builder() {
    return Strategy.builder()
        .organization(Organization.of("Acme Outfitters", CustomerKind.CONSUMER))
        .vision(
            Vision.of(
                "Every customer conversation makes Acme better",
                LocalDate.of(2027, 1, 1),
                LocalDate.of(2029, 12, 31)))
        .sponsor("cmo")
        .addStakeholder(
            Stakeholder.builder()
                .id("cmo")
                .title("Chief Marketing Officer")
                .executive(true)
                .alignment(ExecutiveAlignment.ALIGNED)
                .build())
        .addStakeholder(Stakeholder.builder().id("social-lead").title("Social media lead").build())
        .addMetric(
            Metric.outcome("net-new-customers", "Net new customers", "customers")
                .withValuePerUnit(Money.of("85.00", "USD")))
        .addMetric(Metric.vanity("fans", "Facebook fans", "fans"))
        .addGoal(
            BusinessGoal.builder()
                .id("grow-online-revenue")
                .title("Grow online revenue")
                .function(BusinessFunction.SALES)
                .sponsor("cmo")
                .addObjective(
                    Objective.of("net-new-customers", 1_200, 3_000, LocalDate.of(2027, 12, 31)))
                .build())
        .addTactic(
            Tactic.builder()
                .id("fb-shop")
                .name("Facebook shop")
                .channel(Channel.FACEBOOK)
                .function(BusinessFunction.SALES)
                .supports("grow-online-revenue")
                .tracks("net-new-customers")
                .owner("social-lead")
                .cost(Money.of("5000.00", "USD"))
                .value(ValueExchange.of(CustomerValue.SAVINGS, OrganizationValue.REVENUE))
                .build())
        .addTactic(
            Tactic.builder()
                .id("fb-contest")
                .name("Facebook fan contest")
                .channel(Channel.FACEBOOK)
                .function(BusinessFunction.MARKETING)
                .tracks("fans")
                .cost(Money.of("12000.00", "USD"))
                .build());
  }

  static Strategy strategy() {
    return builder().build();
  }
}
