package org.socialstrategy.scoring.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.model.Subject;
import org.socialstrategy.model.Tactic;
import org.socialstrategy.testkit.Alignment;
import org.socialstrategy.testkit.StrategyGenerator;
import org.socialstrategy.testkit.StrategyGens;

/** What the built-in rules do for every strategy. */
class ValidationPropertiesTest {

  private static final int EXAMPLES = 300;
  private static final StrategyValidator VALIDATOR = StrategyValidator.defaults();

  @Test
  void fullyAlignedStrategiesHaveNoFindings() {
    qt().withExamples(EXAMPLES)
        .forAll(StrategyGens.strategies(Alignment.FULLY_ALIGNED))
        .checkAssert(strategy -> assertEquals(List.of(), VALIDATOR.validate(strategy).findings()));
  }

  @Test
  void cuttingEveryGoalLinkOfOneTacticYieldsExactlyOneUnalignedTacticFindingNamingIt() {
    qt().withExamples(EXAMPLES)
        .forAll(StrategyGens.strategies(Alignment.FULLY_ALIGNED), integers().allPositive())
        .checkAssert(
            (strategy, pick) -> {
              Tactic tactic = strategy.tactics().get(pick % strategy.tactics().size());
              Strategy cut = strategy.withTactic(tactic.withSupports(List.of()));
              List<Finding> unaligned =
                  VALIDATOR.validate(cut).byRule(TacticRules.UNALIGNED_TACTIC.id()).findings();
              assertEquals(1, unaligned.size());
              assertEquals(Subject.of(tactic.id()), unaligned.get(0).subject());
            });
  }

  @Test
  void theSameStrategyAlwaysYieldsTheSameReport() {
    qt().withExamples(EXAMPLES)
        .forAll(StrategyGens.strategies())
        .checkAssert(
            strategy -> {
              ValidationReport first = VALIDATOR.validate(strategy);
              ValidationReport second =
                  VALIDATOR.validate(Strategy.builder().from(strategy).build());
              assertEquals(first.findings(), second.findings());
              assertEquals(first.summary(), second.summary());
            });
  }

  @Test
  void findingsComeMostSevereFirstThenByRuleIdWhateverTheSeveritiesSet() {
    StrategyValidator reordered =
        StrategyValidator.builder()
            .addBuiltInRules()
            .severity(TacticRules.TACTIC_WITHOUT_WINDOW.id(), Severity.ERROR)
            .severity(TacticRules.UNALIGNED_TACTIC.id(), Severity.INFO)
            .build();
    qt().withExamples(EXAMPLES)
        .forAll(StrategyGens.strategies(Alignment.MIXED))
        .checkAssert(
            strategy -> {
              for (StrategyValidator validator : List.of(VALIDATOR, reordered)) {
                List<Finding> findings = validator.validate(strategy).findings();
                List<Finding> sorted =
                    findings.stream()
                        .sorted(
                            Comparator.comparing(Finding::severity).thenComparing(Finding::ruleId))
                        .toList();
                assertEquals(sorted, findings);
              }
            });
  }

  @Test
  void unalignedTacticsAreExactlyTheTacticsWithoutGoals() {
    qt().withExamples(EXAMPLES)
        .forAll(StrategyGens.strategies(Alignment.MIXED))
        .checkAssert(
            strategy -> {
              long unaligned =
                  strategy.tactics().stream().filter(t -> t.supports().isEmpty()).count();
              assertEquals(
                  unaligned,
                  VALIDATOR.validate(strategy).byRule("unaligned-tactic").findings().size());
            });
  }

  @Test
  void everyRuleRunOnItsOwnReportsWhatTheValidatorReportsForIt() {
    qt().withExamples(100)
        .forAll(StrategyGens.strategies(Alignment.MIXED, 30))
        .checkAssert(
            strategy -> {
              List<Finding> all = VALIDATOR.validate(strategy).findings();
              for (Rule rule : BuiltInRules.all()) {
                List<Finding> alone =
                    StrategyValidator.builder().addRule(rule).build().validate(strategy).findings();
                List<Finding> validated =
                    all.stream().filter(finding -> finding.ruleId().equals(rule.id())).toList();
                assertEquals(validated, alone, rule.id());
              }
            });
  }

  @Test
  void aRuleRunOnItsOwnWorksOutTheTacticFactsOncePerValidation() {
    Strategy strategy =
        StrategyGenerator.scaledTo(200).seed(7).alignment(Alignment.MIXED).build().generate();
    List<TacticFacts> seen = new ArrayList<>();
    Rule watcher =
        Sound.rule("ACME900", "facts-watcher")
            .perTactic((s, tactic, context) -> seen.add(TacticFacts.of(context)));
    StrategyValidator alone = StrategyValidator.builder().addRule(watcher).build();
    alone.validate(strategy);
    assertEquals(strategy.tactics().size(), seen.size());
    assertEquals(1, seen.stream().distinct().count());
    alone.validate(strategy);
    assertEquals(2, seen.stream().distinct().count());
  }
}
