package org.socialstrategy.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialstrategy.model.GoalId;
import org.socialstrategy.model.MetricKind;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.model.TacticId;

class RetailStrategyTest {

  private final Strategy retail = RetailStrategy.build();

  @Test
  void facebookShopServesTheRevenueGoalThroughAnOutcomeMetric() {
    assertEquals(
        List.of(retail.tactic(TacticId.of("fb-shop")).orElseThrow()),
        retail.tacticsSupporting(GoalId.of("grow-online-revenue")));
    assertEquals(
        MetricKind.BUSINESS_OUTCOME, retail.metricsOf(TacticId.of("fb-shop")).get(0).kind());
  }

  @Test
  void fanContestServesNoGoalAndCountsOnlyFans() {
    TacticId contest = TacticId.of("fb-fan-contest");
    assertEquals(List.of(), retail.goalsOf(contest));
    assertTrue(retail.metricsOf(contest).stream().allMatch(m -> m.kind() == MetricKind.VANITY));
  }

  @Test
  void describesTheStrategyAsABusinessReaderSeesIt() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    RetailStrategy.describe(retail, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertEquals(
        String.join(
            System.lineSeparator(),
            "Acme Outfitters: 1 goal, 2 tactics",
            "goal grow-online-revenue: Grow online revenue",
            "  objective: net-new-customers from 1200 to 3000 by 2027-12-31 (INCREASE)",
            "  served by fb-shop",
            "tactic fb-shop on Facebook: serves [grow-online-revenue]; measured by"
                + " net-new-customers (BUSINESS_OUTCOME); costs 5,000.00 USD",
            "tactic fb-fan-contest on Facebook: serves no goal; measured by fans (VANITY);"
                + " costs 12,000.00 USD",
            ""),
        bytes.toString(StandardCharsets.UTF_8));
  }
}
