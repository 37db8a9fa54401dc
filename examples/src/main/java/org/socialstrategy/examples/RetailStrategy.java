package org.socialstrategy.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.socialstrategy.model.BusinessFunction;
import org.socialstrategy.model.BusinessGoal;
import org.socialstrategy.model.Channel;
import org.socialstrategy.model.CustomerKind;
import org.socialstrategy.model.CustomerValue;
import org.socialstrategy.model.ExecutiveAlignment;
import org.socialstrategy.model.Metric;
import org.socialstrategy.model.Money;
import org.socialstrategy.model.Objective;
import org.socialstrategy.model.Organization;
import org.socialstrategy.model.OrganizationValue;
import org.socialstrategy.model.Stakeholder;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.model.Tactic;
import org.socialstrategy.model.ValueExchange;
import org.socialstrategy.model.Vision;

/**
 * The retail case from the sources, built in code: the goal is to grow online revenue, measured by
 * net new customers acquired through Facebook (1,200 to 3,000 by the end of 2027). A Facebook shop
 * serves that goal and is measured by it; a fan contest serves no goal and counts only fans.
 */
public final class RetailStrategy {

  private RetailStrategy() {}

  /**
   * Builds the retail strategy.
   *
   * @return the strategy
   */
  public static Strategy build() {
    // snippet:retail
    Strategy retail =
        Strategy.builder()
            .organization(Organization.of("Acme Outfitters", CustomerKind.CONSUMER))
            .vision(
                Vision.of(
                    "Every customer conversation makes Acme a better outfitter",
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
            .addStakeholder(Stakeholder.builder().id("social-lead").title("Social lead").build())
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
                        Objective.builder()
                            .metric("net-new-customers")
                            .baseline(1_200)
                            .target(3_000)
                            .due(LocalDate.of(2027, 12, 31))
                            .statement("Net new customers acquired through Facebook")
                            .build())
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
                    .id("fb-fan-contest")
                    .name("Facebook fan contest")
                    .channel(Channel.FACEBOOK)
                    .function(BusinessFunction.MARKETING)
                    .tracks("fans")
                    .cost(Money.of("12000.00", "USD"))
                    .value(
                        ValueExchange.of(
                            CustomerValue.ENTERTAINMENT, OrganizationValue.of("reach")))
                    .build())
            .build(); // every broken invariant is reported at once, each with its path
    // end:retail
    return retail;
  }

  /**
   * Prints the strategy as a business reader sees it: each goal with its objectives and the tactics
   * that serve it, then each tactic with what it is measured by.
   *
   * @param strategy the strategy
   * @param out where to print
   */
  public static void describe(Strategy strategy, PrintStream out) {
    out.println(
        strategy.organization().name()
            + ": "
            + count(strategy.goals().size(), "goal")
            + ", "
            + count(strategy.tactics().size(), "tactic"));
    for (BusinessGoal goal : strategy.goals()) {
      out.println("goal " + goal.id() + ": " + goal.title());
      for (Objective objective : goal.objectives()) {
        out.println(
            "  objective: "
                + objective.metric()
                + " from "
                + objective.baseline()
                + " to "
                + objective.target()
                + " by "
                + objective.due()
                + " ("
                + objective.direction()
                + ")");
      }
      for (Tactic tactic : strategy.tacticsSupporting(goal.id())) {
        out.println("  served by " + tactic.id());
      }
    }
    for (Tactic tactic : strategy.tactics()) {
      String measures =
          strategy.metricsOf(tactic.id()).stream()
              .map(metric -> metric.id() + " (" + metric.kind() + ")")
              .collect(Collectors.joining(", "));
      out.println(
          "tactic "
              + tactic.id()
              + " on "
              + tactic.channel().label()
              + ": serves "
              + (tactic.goals().isEmpty() ? "no goal" : tactic.goals())
              + "; measured by "
              + measures
              + "; costs "
              + tactic.cost().map(Money::display).orElse("nothing stated"));
    }
  }

  private static String count(int count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }

  /**
   * Builds the retail strategy and prints it.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    describe(build(), System.out);
  }
}
