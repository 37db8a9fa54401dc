package org.socialstrategy.scoring.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialstrategy.model.BusinessFunction;
import org.socialstrategy.model.BusinessGoal;
import org.socialstrategy.model.Channel;
import org.socialstrategy.model.CustomerKind;
import org.socialstrategy.model.CustomerValue;
import org.socialstrategy.model.DateRange;
import org.socialstrategy.model.ExecutiveAlignment;
import org.socialstrategy.model.Metric;
import org.socialstrategy.model.Objective;
import org.socialstrategy.model.Organization;
import org.socialstrategy.model.OrganizationValue;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.model.Subject;
import org.socialstrategy.model.Tactic;
import org.socialstrategy.model.TacticId;
import org.socialstrategy.model.ValueExchange;
import org.socialstrategy.testkit.RetailSample;

/** The cases the sources describe, as strategies the validator must judge the way they do. */
class SeedCasesTest {

  private static final StrategyValidator VALIDATOR = StrategyValidator.defaults();

  private static List<String> tacticFindings(ValidationReport report, String tactic) {
    return report.bySubject(Subject.of(TacticId.of(tactic))).findings().stream()
        .map(Finding::toString)
        .toList();
  }

  @Test
  void retailShopIsAlignedAndTheFanContestIsFlagged() {
    ValidationReport report = VALIDATOR.validate(RetailSample.strategy());
    assertEquals(List.of(), tacticFindings(report, RetailSample.SHOP));
    assertEquals(
        List.of(
            "error SBS101 unaligned-tactic tactics[fb-fan-contest]: tactic 'fb-fan-contest'"
                + " supports no business goal; its 12,000.00 USD has no business case",
            "warning SBS104 tactic-without-owner tactics[fb-fan-contest]: tactic"
                + " 'fb-fan-contest' has no owner",
            "info SBS108 tactic-without-window tactics[fb-fan-contest]: tactic 'fb-fan-contest'"
                + " has no time window"),
        tacticFindings(report, RetailSample.FAN_CONTEST));
    assertTrue(report.hasErrors());
  }

  @Test
  void suggestionBoxAndPhoneCallsServeProductInnovationLikeAnyTactic() {
    Metric ideas =
        Metric.outcome("ideas-adopted", "Customer ideas adopted", "ideas")
            .withValuePerUnit(Sound.usd("2500.00"));
    BusinessGoal innovation =
        BusinessGoal.builder()
            .id("faster-product-innovation")
            .title("Bring customer ideas to market faster")
            .function(BusinessFunction.PRODUCT_INNOVATION)
            .sponsor("ceo")
            .addObjective(Objective.of("ideas-adopted", 4, 12, LocalDate.of(2028, 6, 30)))
            .build();
    Tactic box =
        Tactic.builder()
            .id("suggestion-box")
            .name("Suggestion box at the front of the store")
            .channel(Channel.SUGGESTION_BOX)
            .function(BusinessFunction.PRODUCT_INNOVATION)
            .supports("faster-product-innovation")
            .tracks("ideas-adopted")
            .owner("service-lead")
            .cost(Sound.usd("800.00"))
            .window(DateRange.years(2027, 2028))
            .value(ValueExchange.of(CustomerValue.VOICE, OrganizationValue.INSIGHT))
            .build();
    Tactic calls =
        Tactic.builder()
            .id("direct-calls")
            .name("Direct phone calls to ask customers what they want to buy")
            .channel(Channel.of("direct phone calls"))
            .function(BusinessFunction.PRODUCT_INNOVATION)
            .supports("faster-product-innovation")
            .tracks("ideas-adopted")
            .owner("service-lead")
            .cost(Sound.usd("3000.00"))
            .window(DateRange.years(2027, 2028))
            .value(ValueExchange.of(CustomerValue.VOICE, OrganizationValue.INSIGHT))
            .build();
    Strategy strategy =
        Sound.builder()
            .addMetric(ideas)
            .addGoal(innovation)
            .addTactics(box, calls)
            .roadmap(
                org.socialstrategy.model.Roadmap.builder()
                    .from(Sound.strategy().roadmap().orElseThrow())
                    .initiatives(
                        List.of(
                            Sound.commerce().build(),
                            Sound.communityCare()
                                .addTactics("suggestion-box", "direct-calls")
                                .build(),
                            Sound.scale().build()))
                    .build())
            .build();
    assertEquals(Channel.PHONE, calls.channel());
    ValidationReport report = VALIDATOR.validate(strategy);
    assertEquals(List.of(), tacticFindings(report, "suggestion-box"));
    assertEquals(List.of(), tacticFindings(report, "direct-calls"));
    assertEquals(List.of(), report.findings().stream().map(Finding::toString).toList());
  }

  @Test
  void governmentAgencyServingCitizensIsJudgedByPublicValue() {
    Strategy agency =
        Strategy.builder()
            .organization(
                Organization.builder()
                    .name("City of Riverton")
                    .sector("government")
                    .customerKind(CustomerKind.CITIZEN)
                    .build())
            .addStakeholder(
                Sound.executive("city-manager", "City Manager", ExecutiveAlignment.INFORMED))
            .addStakeholder(Sound.person("digital-lead", "Digital services lead"))
            .addMetric(
                Metric.outcome("requests-online", "Requests resolved online", "requests")
                    .withValuePerUnit(Sound.usd("12.00")))
            .addMetric(Metric.vanity("followers", "Followers", "followers"))
            .addGoal(
                BusinessGoal.builder()
                    .id("cut-service-wait")
                    .title("Cut the wait for public services")
                    .function(BusinessFunction.PUBLIC_SERVICE)
                    .sponsor("city-manager")
                    .addObjective(
                        Objective.of("requests-online", 2_000, 8_000, LocalDate.of(2028, 12, 31)))
                    .build())
            .addTactic(
                Tactic.builder()
                    .id("requests-on-facebook")
                    .name("Service requests through Facebook")
                    .channel(Channel.FACEBOOK)
                    .function(BusinessFunction.PUBLIC_SERVICE)
                    .supports("cut-service-wait")
                    .tracks("requests-online")
                    .owner("digital-lead")
                    .cost(Sound.usd("15000.00"))
                    .value(
                        ValueExchange.of(CustomerValue.CONVENIENCE, OrganizationValue.COST_SAVINGS))
                    .build())
            .addTactic(
                Tactic.builder()
                    .id("followers-drive")
                    .name("Follower drive on X")
                    .channel(Channel.X)
                    .function(BusinessFunction.COMMUNICATIONS)
                    .tracks("followers")
                    .build())
            .build();
    ValidationReport report = VALIDATOR.validate(agency);
    assertEquals(
        List.of(),
        report
            .bySubject(Subject.of(TacticId.of("requests-on-facebook")))
            .atLeast(Severity.WARNING)
            .findings());
    assertEquals(
        List.of("SBS101", "SBS103", "SBS104", "SBS105", "SBS108"),
        report.bySubject(Subject.of(TacticId.of("followers-drive"))).findings().stream()
            .map(Finding::ruleId)
            .toList());
    assertEquals(
        List.of(
            "warning SBS202 weak-executive-support stakeholders: only 0 of 1 executive (0%) are at"
                + " least engaged, below 50%"),
        report.byRule("SBS202").findings().stream().map(Finding::toString).toList());
    assertTrue(report.byRule("no-roadmap").findings().size() == 1);
  }
}
