package org.socialstrategy.scoring.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.socialstrategy.scoring.validation.Sound.findings;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.socialstrategy.model.Aggregation;
import org.socialstrategy.model.CustomerValue;
import org.socialstrategy.model.DateRange;
import org.socialstrategy.model.Metric;
import org.socialstrategy.model.MetricId;
import org.socialstrategy.model.OrganizationValue;
import org.socialstrategy.model.Roadmap;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.model.Tactic;
import org.socialstrategy.model.ValueExchange;
import org.socialstrategy.model.ValueSide;

class TacticRulesTest {

  private static Strategy withShop(Tactic shop) {
    return Sound.strategy().withTactic(shop);
  }

  private static Tactic.Builder contest() {
    return Tactic.builder()
        .id("fb-fan-contest")
        .name("Facebook fan contest")
        .channel(org.socialstrategy.model.Channel.FACEBOOK)
        .function(org.socialstrategy.model.BusinessFunction.MARKETING)
        .tracks("fans")
        .owner("social-lead")
        .value(ValueExchange.of(CustomerValue.ENTERTAINMENT, OrganizationValue.of("reach")));
  }

  @Test
  void flagsTacticThatSupportsNoGoalAndNamesItsBudget() {
    Strategy strategy =
        Sound.strategy()
            .withTactic(contest().cost(Sound.usd("12000.00")).build())
            .withTactic(contest().id("fb-free-contest").build());
    assertEquals(
        List.of(
            "error SBS101 unaligned-tactic tactics[fb-fan-contest]: tactic 'fb-fan-contest'"
                + " supports no business goal; its 12,000.00 USD has no business case",
            "error SBS101 unaligned-tactic tactics[fb-free-contest]: tactic 'fb-free-contest'"
                + " supports no business goal"),
        findings(TacticRules.UNALIGNED_TACTIC, strategy));
  }

  @Test
  void passesTacticsThatServeGoals() {
    assertEquals(List.of(), findings(TacticRules.UNALIGNED_TACTIC, Sound.strategy()));
  }

  @Test
  void flagsTacticMeasuredOnlyByVanityOrByNothing() {
    Strategy strategy =
        withShop(Sound.shop().tracks("fans", "comments").build())
            .withTactic(
                contest().id("quiz").supports("grow-online-revenue").tracks(List.of()).build());
    assertEquals(
        List.of(
            "warning SBS102 no-outcome-metric tactics[fb-shop]: tactic 'fb-shop' is measured only"
                + " by Facebook fans (vanity) and Comments (engagement)",
            "warning SBS102 no-outcome-metric tactics[quiz]: tactic 'quiz' is measured by"
                + " nothing"),
        findings(TacticRules.NO_OUTCOME_METRIC, strategy));
  }

  @Test
  void passesOutcomeMeasuredTacticsAndLeavesUnalignedOnesToSbs101() {
    Strategy strategy = Sound.strategy().withTactic(contest().build());
    assertEquals(List.of(), findings(TacticRules.NO_OUTCOME_METRIC, strategy));
  }

  @Test
  void flagsTacticWithoutCost() {
    assertEquals(
        List.of(
            "warning SBS103 tactic-without-cost tactics[fb-shop]: tactic 'fb-shop' has no cost,"
                + " so its return on investment cannot be shown"),
        findings(
            TacticRules.TACTIC_WITHOUT_COST,
            withShop(Sound.shop().cost(Optional.empty()).build())));
  }

  @Test
  void passesTacticWithACostEvenZero() {
    assertEquals(
        List.of(),
        findings(
            TacticRules.TACTIC_WITHOUT_COST, withShop(Sound.shop().cost(Sound.usd("0")).build())));
  }

  @Test
  void flagsTacticWithoutOwner() {
    assertEquals(
        List.of(
            "warning SBS104 tactic-without-owner tactics[fb-shop]: tactic 'fb-shop' has no owner"),
        findings(
            TacticRules.TACTIC_WITHOUT_OWNER,
            withShop(Sound.shop().owner(Optional.empty()).build())));
  }

  @Test
  void passesOwnedTactics() {
    assertEquals(List.of(), findings(TacticRules.TACTIC_WITHOUT_OWNER, Sound.strategy()));
  }

  @Test
  void flagsEachKindOfOneSidedExchange() {
    Strategy strategy =
        Sound.strategy()
            .withTactic(
                Sound.shop()
                    .value(
                        ValueExchange.of(
                            ValueSide.none(),
                            ValueSide.of(OrganizationValue.REVENUE, OrganizationValue.INSIGHT)))
                    .build())
            .withTactic(
                Sound.community()
                    .value(ValueExchange.of(ValueSide.of(CustomerValue.SUPPORT), ValueSide.none()))
                    .build())
            .withTactic(contest().value(ValueExchange.none()).build());
    assertEquals(
        List.of(
            "warning SBS105 one-sided-value-exchange tactics[fb-shop].value: tactic 'fb-shop'"
                + " gives the customer nothing in return for the revenue and insight the"
                + " organization captures",
            "warning SBS105 one-sided-value-exchange tactics[support-community].value: tactic"
                + " 'support-community' captures nothing for the organization: the customer gets"
                + " support, the business gets no return",
            "warning SBS105 one-sided-value-exchange tactics[fb-fan-contest].value: tactic"
                + " 'fb-fan-contest' states no value for the customer or the organization"),
        findings(TacticRules.ONE_SIDED_VALUE, strategy));
  }

  @Test
  void passesTwoSidedExchanges() {
    assertEquals(List.of(), findings(TacticRules.ONE_SIDED_VALUE, Sound.strategy()));
  }

  @Test
  void flagsTacticOnNoInitiative() {
    Strategy strategy =
        Sound.strategy().withTactic(contest().supports("grow-online-revenue").build());
    assertEquals(
        List.of(
            "warning SBS106 tactic-outside-roadmap tactics[fb-fan-contest]: tactic"
                + " 'fb-fan-contest' belongs to no roadmap initiative"),
        findings(TacticRules.TACTIC_OUTSIDE_ROADMAP, strategy));
  }

  @Test
  void passesGroupedTacticsAndStrategiesWithoutRoadmap() {
    assertEquals(List.of(), findings(TacticRules.TACTIC_OUTSIDE_ROADMAP, Sound.strategy()));
    Strategy noRoadmap =
        Sound.builder()
            .roadmap(Optional.empty())
            .governance(Sound.governance().raci(List.of()).build())
            .build();
    assertEquals(List.of(), findings(TacticRules.TACTIC_OUTSIDE_ROADMAP, noRoadmap));
  }

  @Test
  void flagsTacticRunningPastTheHorizon() {
    Strategy strategy = withShop(Sound.shop().window(DateRange.years(2029, 2030)).build());
    assertEquals(
        List.of(
            "warning SBS107 tactic-outside-horizon tactics[fb-shop].window: tactic 'fb-shop' runs"
                + " 2029-01-01..2030-12-31, outside the roadmap horizon 2027-01-01..2029-12-31"),
        findings(TacticRules.TACTIC_OUTSIDE_HORIZON, strategy));
  }

  @Test
  void passesTacticsInsideTheHorizon() {
    assertEquals(List.of(), findings(TacticRules.TACTIC_OUTSIDE_HORIZON, Sound.strategy()));
    Strategy shortRoadmap =
        Sound.builder()
            .roadmap(Roadmap.builder().horizon(DateRange.years(2027, 2027)).build())
            .governance(Sound.governance().raci(List.of()).build())
            .tactics(
                List.of(Sound.shop().window(Optional.empty()).build(), Sound.community().build()))
            .build();
    assertEquals(
        List.of(
            "warning SBS107 tactic-outside-horizon tactics[support-community].window: tactic"
                + " 'support-community' runs 2027-01-01..2028-12-31, outside the roadmap horizon"
                + " 2027-01-01..2027-12-31"),
        findings(TacticRules.TACTIC_OUTSIDE_HORIZON, shortRoadmap));
  }

  @Test
  void flagsTacticWithoutWindow() {
    assertEquals(
        List.of(
            "info SBS108 tactic-without-window tactics[fb-shop]: tactic 'fb-shop' has no time"
                + " window"),
        findings(
            TacticRules.TACTIC_WITHOUT_WINDOW,
            withShop(Sound.shop().window(Optional.empty()).build())));
  }

  @Test
  void passesDatedTactics() {
    assertEquals(List.of(), findings(TacticRules.TACTIC_WITHOUT_WINDOW, Sound.strategy()));
  }

  @Test
  void flagsOutcomesNoObjectiveOfTheGoalUses() {
    Strategy strategy =
        Sound.builder()
            .addMetric(Metric.outcome("orders", "Repeat orders", "orders"))
            .tactics(List.of(Sound.shop().tracks("orders").build(), Sound.community().build()))
            .build();
    assertEquals(
        List.of(
            "info SBS109 measures-outside-goals tactics[fb-shop].tracks: tactic 'fb-shop' is"
                + " measured by Repeat orders, which no objective of its goals uses"),
        findings(TacticRules.MEASURES_OUTSIDE_GOALS, strategy));
  }

  @Test
  void passesTacticsMeasuredByTheirGoalsMetrics() {
    assertEquals(List.of(), findings(TacticRules.MEASURES_OUTSIDE_GOALS, Sound.strategy()));
  }

  @Test
  void flagsCostedTacticWhoseCountableOutcomesHaveNoValue() {
    Strategy strategy =
        Sound.strategy()
            .withMetric(
                Metric.outcome("net-new-customers", "Net new customers", "customers")
                    .withAggregation(Aggregation.SUM));
    assertEquals(
        List.of(
            "info SBS110 outcome-without-value tactics[fb-shop].tracks: tactic 'fb-shop' is"
                + " measured by countable outcomes with no value per unit, so its return cannot be"
                + " put in money"),
        findings(TacticRules.OUTCOME_WITHOUT_VALUE, strategy));
  }

  @Test
  void passesOutcomesWithValue() {
    Strategy summed =
        Sound.strategy()
            .withMetric(
                Sound.strategy()
                    .metric(MetricId.of("net-new-customers"))
                    .orElseThrow()
                    .withAggregation(Aggregation.SUM));
    assertEquals(List.of(), findings(TacticRules.OUTCOME_WITHOUT_VALUE, summed));
  }

  @Test
  void passesOutcomesThatCannotCarryAValuePerUnit() {
    Strategy strategy =
        Sound.strategy()
            .withMetric(Metric.outcome("net-new-customers", "Average order size", "customers"))
            .withMetric(
                Metric.outcome("calls-deflected", "Cost per contact", "USD")
                    .withAggregation(Aggregation.SUM));
    assertEquals(List.of(), findings(TacticRules.OUTCOME_WITHOUT_VALUE, strategy));
  }

  @Test
  void flagsCustomValuesThatLookLikeMisspeltWellKnownOnes() {
    Strategy strategy =
        Sound.strategy()
            .withTactic(
                Sound.shop()
                    .channel(org.socialstrategy.model.Channel.of("facebok"))
                    .function(org.socialstrategy.model.BusinessFunction.of("sales and marketting"))
                    .value(
                        ValueExchange.of(
                            CustomerValue.of("savigns"), OrganizationValue.of("revenu")))
                    .build());
    assertEquals(
        List.of(
            "info SBS111 misspelt-catalog-value tactics[fb-shop].channel: channel 'facebok' is"
                + " not a well-known channel (did you mean 'facebook'?)",
            "info SBS111 misspelt-catalog-value tactics[fb-shop].value.customer.kinds: kind of"
                + " customer value 'savigns' is not a well-known kind of customer value (did you"
                + " mean 'savings'?)",
            "info SBS111 misspelt-catalog-value tactics[fb-shop].value.organization.kinds: kind"
                + " of organization value 'revenu' is not a well-known kind of organization value"
                + " (did you mean 'revenue'?)"),
        findings(TacticRules.MISSPELT_CATALOG_VALUE, strategy));
  }

  @Test
  void passesDeliberatelyCustomValues() {
    Strategy strategy =
        Sound.strategy()
            .withTactic(
                Sound.shop()
                    .channel(
                        org.socialstrategy.model.Channel.custom(
                            "facebok", org.socialstrategy.model.ChannelKind.SOCIAL_NETWORK))
                    .function(org.socialstrategy.model.BusinessFunction.of("Community relations"))
                    .value(
                        ValueExchange.of(
                            CustomerValue.of("bragging rights"), OrganizationValue.of("reach")))
                    .build());
    assertEquals(List.of(), findings(TacticRules.MISSPELT_CATALOG_VALUE, strategy));
    assertEquals(List.of(), findings(TacticRules.MISSPELT_CATALOG_VALUE, Sound.strategy()));
  }
}
