package org.socialstrategy.scoring.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.socialstrategy.model.Channel;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.model.StrategyPath;
import org.socialstrategy.model.Subject;
import org.socialstrategy.model.Suppression;
import org.socialstrategy.model.Tactic;
import org.socialstrategy.model.TacticId;

class StrategyValidatorTest {

  private static final Strategy UNOWNED =
      Sound.strategy()
          .withTactic(Sound.shop().owner(Optional.empty()).build())
          .withTactic(Sound.community().owner(Optional.empty()).build());

  @Test
  void defaultsHoldEveryBuiltInRuleAndDiscoveredOnes() {
    List<String> ids = StrategyValidator.defaults().rules().stream().map(Rule::id).toList();
    assertEquals(BuiltInRules.all().size() + 1, ids.size());
    assertTrue(ids.contains("SBS101"));
    assertTrue(ids.contains("ACME001"));
  }

  @Test
  void discoveredRulesRun() {
    Strategy tiktok = Sound.strategy().withTactic(Sound.shop().channel(Channel.TIKTOK).build());
    assertEquals(
        List.of("error ACME001 no-tiktok tactics[fb-shop]: tactic 'fb-shop' runs on TikTok"),
        StrategyValidator.defaults().validate(tiktok).byRule("no-tiktok").findings().stream()
            .map(Finding::toString)
            .toList());
  }

  @Test
  void rulesCanBeDisabledByIdOrNameAndEnabledAgain() {
    StrategyValidator validator =
        StrategyValidator.builder()
            .addBuiltInRules()
            .disable("SBS104")
            .disable("unaligned-tactic")
            .enable("unaligned-tactic")
            .build();
    assertTrue(validator.validate(UNOWNED).isEmpty());
    assertFalse(validator.rules().contains(TacticRules.TACTIC_WITHOUT_OWNER));
    assertTrue(validator.rules().contains(TacticRules.UNALIGNED_TACTIC));
  }

  @Test
  void severityCanBeOverridden() {
    ValidationReport report =
        StrategyValidator.builder()
            .addRule(TacticRules.TACTIC_WITHOUT_OWNER)
            .severity("tactic-without-owner", Severity.ERROR)
            .build()
            .validate(UNOWNED);
    assertEquals(2, report.count(Severity.ERROR));
    assertTrue(report.hasErrors());
    assertEquals(
        "error SBS104 tactic-without-owner tactics[fb-shop]: tactic 'fb-shop' has no owner",
        report.findings().get(0).toString());
  }

  @Test
  void unknownRuleNamesAreRejectedWithAHintWhenTheValidatorIsBuilt() {
    assertEquals(
        "unknown rule 'unaligned-tactics' (did you mean 'unaligned-tactic'?)",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    StrategyValidator.builder()
                        .addBuiltInRules()
                        .disable("unaligned-tactics")
                        .build())
            .getMessage());
    assertEquals(
        "unknown option 'executive-support-shares' (did you mean 'executive-support-share'?)",
        assertThrows(
                IllegalArgumentException.class,
                () -> StrategyValidator.builder().option("executive-support-shares", "0.5").build())
            .getMessage());
    assertEquals(
        "bad value for option executive-support-share: 'lots' (not a number)",
        assertThrows(
                IllegalArgumentException.class,
                () -> StrategyValidator.builder().option("executive-support-share", "lots").build())
            .getMessage());
    assertEquals(
        "bad value for option minimum-roadmap-years: '2.5' (a whole number of years from 1 to"
            + " 100)",
        assertThrows(
                IllegalArgumentException.class,
                () -> StrategyValidator.builder().option("minimum-roadmap-years", "2.5").build())
            .getMessage());
  }

  @Test
  void settingsMayComeBeforeTheRulesTheyName() {
    StrategyValidator validator =
        StrategyValidator.builder()
            .severity("tactic-without-owner", Severity.ERROR)
            .disable("SBS108")
            .option("minimum-roadmap-years", "5")
            .addBuiltInRules()
            .build();
    assertEquals(Severity.ERROR, validator.severityOf(TacticRules.TACTIC_WITHOUT_OWNER));
    assertFalse(validator.isEnabled(TacticRules.TACTIC_WITHOUT_WINDOW));
    assertEquals(5, validator.option(RuleOptions.MINIMUM_ROADMAP_YEARS));
    assertEquals(
        "unknown rule 'no-tiktok'",
        assertThrows(
                IllegalArgumentException.class,
                () -> StrategyValidator.builder().disable("no-tiktok").build())
            .getMessage());
  }

  @Test
  void laterSettingsWinWhateverNameTheyUse() {
    StrategyValidator validator =
        StrategyValidator.builder()
            .addBuiltInRules()
            .option(RuleOptions.MINIMUM_VISION_YEARS, 4)
            .option("minimum-vision-years", "6")
            .severity("SBS104", Severity.INFO)
            .severity("tactic-without-owner", Severity.ERROR)
            .disable("tactic-without-owner")
            .enable("SBS104")
            .build();
    assertEquals(6, validator.option(RuleOptions.MINIMUM_VISION_YEARS));
    assertEquals(Severity.ERROR, validator.severityOf(TacticRules.TACTIC_WITHOUT_OWNER));
    assertTrue(validator.isEnabled(TacticRules.TACTIC_WITHOUT_OWNER));
  }

  @Test
  void optionsACustomRuleReadsCanBeSetByName() {
    RuleOption<Integer> limit =
        RuleOption.of("acme-tactic-limit", "most tactics Acme runs", 1, Integer::valueOf);
    Rule tooMany =
        Sound.rule("ACME003", "too-many-tactics")
            .options(limit)
            .perStrategy(
                (strategy, context) -> {
                  if (strategy.tactics().size() > context.option(limit)) {
                    context.report(Subject.STRATEGY, StrategyPath.ROOT, "too many", "run fewer");
                  }
                });
    Strategy strategy = Sound.strategy();
    assertEquals(
        1,
        StrategyValidator.builder().addRule(tooMany).build().validate(strategy).findings().size());
    assertTrue(
        StrategyValidator.builder()
            .option("acme-tactic-limit", "2")
            .addRule(tooMany)
            .build()
            .validate(strategy)
            .isEmpty());
  }

  @Test
  void aRuleMayReadOnlyTheOptionsItLists() {
    Rule sneaky =
        Sound.rule("ACME004", "sneaky")
            .perStrategy((strategy, context) -> context.option(RuleOptions.MINIMUM_VISION_YEARS));
    assertEquals(
        List.of(
            "error ACME004 sneaky: rule could not finish: IllegalArgumentException: rule ACME004"
                + " sneaky reads option minimum-vision-years but does not list it"),
        StrategyValidator.builder()
            .addRule(sneaky)
            .build()
            .validate(Sound.strategy())
            .findings()
            .stream()
            .map(Finding::toString)
            .toList());
  }

  @Test
  void ruleIdsAndNamesMustBeWellFormedAndUnique() {
    assertEquals(
        "rule id must be two to eight capital letters and three digits: 'sbs1'",
        assertThrows(IllegalArgumentException.class, () -> Rule.builder("sbs1", "x")).getMessage());
    assertEquals(
        "rule name must be kebab-case: 'Bad Name'",
        assertThrows(IllegalArgumentException.class, () -> Rule.builder("ACME002", "Bad Name"))
            .getMessage());
    Rule clash = Sound.rule("ACME101", "unaligned-tactic").perStrategy((s, c) -> {});
    assertEquals(
        "rule ACME101 unaligned-tactic clashes with rule SBS101 unaligned-tactic: ids and names are"
            + " unique",
        assertThrows(
                IllegalArgumentException.class,
                () -> StrategyValidator.builder().addBuiltInRules().addRule(clash))
            .getMessage());
  }

  @Test
  void aRuleNeedsItsTitleSeverityFamilyAndRationale() {
    Rule.Builder untitled =
        Rule.builder("ACME005", "untitled")
            .severity(Severity.INFO)
            .family(RuleFamily.META)
            .rationale("why");
    assertEquals(
        "rule ACME005 untitled needs a title, a severity, a family and a rationale before its"
            + " check",
        assertThrows(IllegalStateException.class, () -> untitled.perStrategy((s, c) -> {}))
            .getMessage());
    assertEquals(
        "rule title must not be blank",
        assertThrows(
                IllegalArgumentException.class,
                () -> untitled.title(" ").perTactic((s, t, c) -> {}))
            .getMessage());
  }

  @Test
  void aFailingRuleBecomesAnErrorFindingAndTheOthersStillRun() {
    Rule broken =
        Sound.rule("ACME666", "broken")
            .perStrategy(
                (strategy, context) -> {
                  throw new IllegalStateException("no luck");
                });
    ValidationReport report =
        StrategyValidator.builder()
            .addRule(broken)
            .addRule(TacticRules.TACTIC_WITHOUT_OWNER)
            .build()
            .validate(UNOWNED);
    assertEquals(
        "error ACME666 broken: rule could not finish: IllegalStateException: no luck",
        report.byRule("ACME666").findings().get(0).toString());
    assertEquals(2, report.byRule("SBS104").findings().size());
  }

  @Test
  void suppressionsRecordedInTheStrategySetFindingsAside() {
    Strategy strategy =
        Strategy.builder()
            .from(UNOWNED)
            .addSuppression(
                Suppression.of(
                    "tactic-without-owner",
                    Subject.of(TacticId.of("fb-shop")),
                    "the agency runs it until the new hire starts"))
            .addSuppression(
                Suppression.of("SBS104", Subject.of(TacticId.of("support-community")), "shared"))
            .build();
    ValidationReport report = StrategyValidator.defaults().validate(strategy);
    assertTrue(report.isEmpty());
    assertEquals(2, report.suppressed().size());
    assertEquals(
        "the agency runs it until the new hire starts", report.suppressed().get(0).reason());
    assertEquals("fb-shop", report.suppressed().get(0).finding().subject().id().orElseThrow());
  }

  @Test
  void flagsSuppressionsOfUnknownRulesAndSuppressionsWithNothingToSetAside() {
    Strategy strategy =
        Strategy.builder()
            .from(Sound.strategy())
            .addSuppression(
                Suppression.of("tactic-without-ownr", Subject.of(TacticId.of("fb-shop")), "typo"))
            .addSuppression(
                Suppression.of("SBS104", Subject.of(TacticId.of("fb-shop")), "no longer needed"))
            .build();
    assertEquals(
        List.of(
            "warning SBS901 unknown-suppressed-rule suppressions[0].rule: suppression of rule"
                + " 'tactic-without-ownr' for tactic:fb-shop names no known rule (did you mean"
                + " 'tactic-without-owner'?)",
            "info SBS902 unused-suppression suppressions[1]: suppression of tactic-without-owner"
                + " for tactic:fb-shop sets nothing aside"),
        StrategyValidator.defaults().validate(strategy).findings().stream()
            .map(Finding::toString)
            .toList());
  }

  @Test
  void suppressionsOfDisabledRulesAreNotCalledUnused() {
    Strategy strategy =
        Strategy.builder()
            .from(Sound.strategy())
            .addSuppression(Suppression.of("SBS104", Subject.of(TacticId.of("fb-shop")), "x"))
            .build();
    StrategyValidator validator =
        StrategyValidator.builder().addBuiltInRules().disable("SBS104").build();
    assertTrue(validator.validate(strategy).isEmpty());
  }

  @Test
  void reportsAreOrderedBySeverityThenRuleAndFilterable() {
    Strategy strategy =
        UNOWNED.withTactic(
            Sound.shop()
                .owner(Optional.empty())
                .supports(List.of())
                .window(Optional.empty())
                .build());
    ValidationReport report = StrategyValidator.defaults().validate(strategy);
    List<String> rules = report.findings().stream().map(Finding::ruleId).toList();
    assertEquals(List.of("SBS101", "SBS006", "SBS104", "SBS104", "SBS108"), rules);
    assertEquals("5 findings (1 error, 3 warnings, 1 info)", report.summary());
    assertEquals(2, report.byRule("tactic-without-owner").findings().size());
    assertEquals(3, report.bySubject(Subject.of(TacticId.of("fb-shop"))).findings().size());
    assertEquals(4, report.atLeast(Severity.WARNING).findings().size());
    assertEquals(report.findings(), StrategyValidator.defaults().validate(strategy).findings());
    assertTrue(
        report.toString().startsWith("5 findings (1 error, 3 warnings, 1 info)\nerror SBS101"));
  }

  @Test
  void aTacticRuleThatFailsIsReportedOnceAndStopped() {
    int[] calls = new int[1];
    Rule flaky =
        Sound.rule("ACME667", "flaky")
            .perTactic(
                (strategy, tactic, context) -> {
                  calls[0]++;
                  throw new IllegalStateException("tactic " + context.position(tactic));
                });
    ValidationReport report =
        StrategyValidator.builder()
            .addRule(flaky)
            .addRule(TacticRules.TACTIC_WITHOUT_OWNER)
            .build()
            .validate(UNOWNED);
    assertEquals(1, calls[0]);
    assertEquals(
        List.of("error ACME667 flaky: rule could not finish: IllegalStateException: tactic 0"),
        report.byRule("flaky").findings().stream().map(Finding::toString).toList());
    assertEquals(2, report.byRule("SBS104").findings().size());
  }

  @Test
  void tacticChecksSeeEveryTacticInOrderWithItsPositionAndPath() {
    List<String> seen = new ArrayList<>();
    Rule walker =
        Sound.rule("ACME668", "walker")
            .perTactic(
                (strategy, tactic, context) ->
                    seen.add(context.position(tactic) + ":" + context.path(tactic)));
    StrategyValidator.builder().addRule(walker).build().validate(UNOWNED);
    assertEquals(List.of("0:tactics[fb-shop]", "1:tactics[support-community]"), seen);
  }

  @Test
  void strategyChecksReportOnTacticsByTheirPaths() {
    Rule last =
        Sound.rule("ACME669", "last-tactic")
            .perStrategy(
                (strategy, context) -> {
                  Tactic tactic = strategy.tactics().get(strategy.tactics().size() - 1);
                  context.report(tactic, "last: " + context.position(tactic), "none");
                  context.report(
                      Tactic.builder().from(Sound.shop().build()).id("elsewhere").build(),
                      "not reached",
                      "none");
                });
    assertEquals(
        List.of(
            "error ACME669 last-tactic: rule could not finish: IllegalArgumentException: tactic"
                + " 'elsewhere' is not in the strategy",
            "info ACME669 last-tactic tactics[support-community]: last: 1"),
        StrategyValidator.builder().addRule(last).build().validate(UNOWNED).findings().stream()
            .map(Finding::toString)
            .toList());
  }

  @Test
  void sharedValuesAreWorkedOutOncePerValidation() {
    int[] computed = new int[1];
    RuleContext.Key<Integer> tactics =
        RuleContext.Key.of(
            "tactic count",
            strategy -> {
              computed[0]++;
              return strategy.tactics().size();
            });
    Rule.TacticCheck check =
        (strategy, tactic, context) -> {
          if (context.shared(tactics) > 1) {
            context.report(tactic, "one of " + context.shared(tactics), "none");
          }
        };
    Rule first = Sound.rule("ACME670", "first").perTactic(check);
    Rule second = Sound.rule("ACME671", "second").perTactic(check);
    StrategyValidator validator =
        StrategyValidator.builder().addRule(first).addRule(second).build();
    assertEquals(4, validator.validate(UNOWNED).findings().size());
    assertEquals(1, computed[0]);
    validator.validate(UNOWNED);
    assertEquals(2, computed[0]);
  }

  @Test
  void severitiesParseAndCompare() {
    assertEquals(Severity.WARNING, Severity.parse(" Warning "));
    assertTrue(Severity.ERROR.isAtLeast(Severity.WARNING));
    assertFalse(Severity.INFO.isAtLeast(Severity.WARNING));
    assertEquals(
        "unknown severity: 'fatal' (expected error, warning or info)",
        assertThrows(IllegalArgumentException.class, () -> Severity.parse("fatal")).getMessage());
  }

  @Test
  void findingsCarryTheirFix() {
    Finding finding = StrategyValidator.defaults().validate(UNOWNED).findings().get(0);
    assertEquals("name the stakeholder who runs it and answers for its results", finding.fix());
    assertEquals("tactics[fb-shop]", finding.path().toString());
    assertEquals(0, finding.path().segments().get(0).position().getAsInt());
  }
}
