package org.socialstrategy.scoring.scorecard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.socialstrategy.model.BusinessFunction;
import org.socialstrategy.model.BusinessGoal;
import org.socialstrategy.model.Channel;
import org.socialstrategy.model.CustomerKind;
import org.socialstrategy.model.DateRange;
import org.socialstrategy.model.Metric;
import org.socialstrategy.model.Objective;
import org.socialstrategy.model.Observation;
import org.socialstrategy.model.Organization;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.model.Tactic;
import org.socialstrategy.model.Vision;

class DefaultAsOfTest {

  private static final Strategy BARE =
      Strategy.builder().organization(Organization.of("Acme", CustomerKind.CONSUMER)).build();

  private static final Strategy PLANNED =
      BARE.toBuilder()
          .vision(
              Vision.of("Better together", LocalDate.of(2027, 1, 1), LocalDate.of(2029, 12, 31)))
          .addMetric(Metric.outcome("customers", "Customers", "customers"))
          .addGoal(
              BusinessGoal.builder()
                  .id("grow")
                  .title("Grow")
                  .function(BusinessFunction.SALES)
                  .addObjective(Objective.of("customers", 10, 20, LocalDate.of(2027, 12, 31)))
                  .build())
          .addTactic(
              Tactic.builder()
                  .id("shop")
                  .name("Shop")
                  .channel(Channel.FACEBOOK)
                  .function(BusinessFunction.SALES)
                  .supports("grow")
                  .tracks("customers")
                  .window(DateRange.of(LocalDate.of(2026, 10, 1), LocalDate.of(2027, 9, 30)))
                  .build())
          .build();

  @Test
  void theEndOfTheLatestObservedPeriod() {
    Strategy measured =
        PLANNED.plusObservations(
            List.of(
                Observation.of(
                    "customers",
                    DateRange.of(LocalDate.of(2027, 4, 1), LocalDate.of(2027, 6, 30)),
                    BigDecimal.ONE),
                Observation.of(
                    "customers",
                    "shop",
                    DateRange.of(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31)),
                    BigDecimal.ONE)));
    assertEquals(LocalDate.of(2027, 6, 30), Scorecard.defaultAsOf(measured));
    assertEquals(LocalDate.of(2027, 6, 30), Scorecard.of(measured).asOf());
  }

  @Test
  void withoutObservationsTheEarliestDateTheStrategyNames() {
    assertEquals(LocalDate.of(2026, 10, 1), Scorecard.defaultAsOf(PLANNED));
    assertEquals(
        LocalDate.of(2027, 1, 1),
        Scorecard.defaultAsOf(
            PLANNED.withTactic(
                PLANNED.tactics().get(0).toBuilder().window(Optional.empty()).build())));
    assertEquals(LocalDate.of(2026, 10, 1), Scorecard.of(PLANNED).asOf());
  }

  @Test
  void withNoDateAtAllTheEpoch() {
    assertEquals(LocalDate.EPOCH, Scorecard.defaultAsOf(BARE));
  }
}
