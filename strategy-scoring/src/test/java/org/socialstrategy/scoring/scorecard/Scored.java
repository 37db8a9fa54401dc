package org.socialstrategy.scoring.scorecard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.socialstrategy.model.Aggregation;
import org.socialstrategy.model.BusinessFunction;
import org.socialstrategy.model.Channel;
import org.socialstrategy.model.CustomerValue;
import org.socialstrategy.model.DateRange;
import org.socialstrategy.model.Metric;
import org.socialstrategy.model.Observation;
import org.socialstrategy.model.OrganizationValue;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.model.Tactic;
import org.socialstrategy.model.ValueExchange;
import org.socialstrategy.scoring.validation.Sound;

/**
 * The sound strategy of the validation tests with a fan contest added, flows summed, and a half
 * year of observations: the base of the scorecard tests, whose figures the tests work out by hand.
 */
final class Scored {

  static final LocalDate MID_YEAR = LocalDate.of(2027, 6, 30);

  private Scored() {}

  static DateRange month(int month) {
    LocalDate start = LocalDate.of(2027, month, 1);
    return DateRange.of(start, start.plusMonths(1).minusDays(1));
  }

  static Tactic contest() {
    return Tactic.builder()
        .id("fb-fan-contest")
        .name("Facebook fan contest")
        .channel(Channel.FACEBOOK)
        .function(BusinessFunction.MARKETING)
        .tracks("fans")
        .owner("social-lead")
        .cost(Sound.usd("12000.00"))
        .window(DateRange.years(2027, 2027))
        .value(ValueExchange.of(CustomerValue.ENTERTAINMENT, OrganizationValue.of("reach")))
        .build();
  }

  static Strategy.Builder builder() {
    return Strategy.builder()
        .from(Sound.strategy())
        .metrics(
            List.of(
                Metric.outcome("net-new-customers", "Net new customers", "customers")
                    .withValuePerUnit(Sound.usd("85.00"))
                    .withAggregation(Aggregation.SUM),
                Metric.outcome("calls-deflected", "Calls deflected", "calls")
                    .withValuePerUnit(Sound.usd("6.50"))
                    .withAggregation(Aggregation.SUM),
                Metric.vanity("fans", "Facebook fans", "fans"),
                Metric.engagement("comments", "Comments", "comments")
                    .withAggregation(Aggregation.SUM)))
        .addTactic(contest())
        .addObservations(
            Observation.of("net-new-customers", "fb-shop", month(1), BigDecimal.valueOf(40)),
            Observation.of("net-new-customers", "fb-shop", month(2), BigDecimal.valueOf(30)),
            Observation.of(
                "calls-deflected", "support-community", month(3), BigDecimal.valueOf(4000)),
            Observation.of("fans", "fb-fan-contest", month(3), BigDecimal.valueOf(20000)),
            Observation.of("net-new-customers", "fb-shop", month(7), BigDecimal.valueOf(999)));
  }

  static Strategy strategy() {
    return builder().build();
  }

  /** The scored strategy without the fan contest and its observation. */
  static Strategy withoutContest() {
    Strategy scored = strategy();
    return Strategy.builder()
        .from(scored)
        .tactics(scored.tactics().stream().filter(t -> !t.id().equals(contest().id())).toList())
        .observations(
            scored.observations().stream()
                .filter(o -> !o.tactic().equals(java.util.Optional.of(contest().id())))
                .toList())
        .build();
  }
}
