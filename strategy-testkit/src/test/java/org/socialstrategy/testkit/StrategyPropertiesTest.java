package org.socialstrategy.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialstrategy.model.BusinessGoal;
import org.socialstrategy.model.GoalId;
import org.socialstrategy.model.GoalSupport;
import org.socialstrategy.model.InvalidStrategyException;
import org.socialstrategy.model.Money;
import org.socialstrategy.model.StakeholderId;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.model.Tactic;
import org.socialstrategy.model.Violation;

/** Invariants of the model that hold for every strategy. */
class StrategyPropertiesTest {

  private static final int EXAMPLES = 300;

  @Test
  void everyGeneratedStrategyRebuildsToAnEqualOne() {
    qt().withExamples(EXAMPLES)
        .forAll(StrategyGens.strategies())
        .checkAssert(
            strategy -> {
              Strategy rebuilt = Strategy.builder().from(strategy).build();
              assertEquals(strategy, rebuilt);
              assertEquals(strategy.hashCode(), rebuilt.hashCode());
            });
  }

  @Test
  void sameSettingsGiveEqualStrategiesWithEqualHashes() {
    qt().withExamples(EXAMPLES)
        .forAll(StrategyGens.generators(Alignment.MIXED, 30))
        .checkAssert(
            generator -> {
              Strategy first = generator.generate();
              Strategy second = generator.generate();
              assertEquals(first, second);
              assertEquals(first.hashCode(), second.hashCode());
            });
  }

  @Test
  void editingATacticAndBackGivesTheOriginal() {
    qt().withExamples(EXAMPLES)
        .forAll(StrategyGens.strategies(), integers().allPositive())
        .assuming((strategy, pick) -> !strategy.tactics().isEmpty())
        .checkAssert(
            (strategy, pick) -> {
              Tactic original = strategy.tactics().get(pick % strategy.tactics().size());
              Tactic changed =
                  Tactic.builder()
                      .from(original)
                      .name(original.name() + " (revised)")
                      .cost(Money.of("1.00", "USD"))
                      .build();
              Strategy edited = strategy.withTactic(changed);
              assertEquals(changed, edited.tactic(original.id()).orElseThrow());
              assertEquals(strategy, edited.withTactic(original));
              assertSame(strategy.observations(), edited.observations());
              assertSame(strategy.goals(), edited.goals());
            });
  }

  @Test
  void editingAGoalAndBackGivesTheOriginal() {
    qt().withExamples(EXAMPLES)
        .forAll(StrategyGens.strategies(), integers().allPositive())
        .checkAssert(
            (strategy, pick) -> {
              BusinessGoal original = strategy.goals().get(pick % strategy.goals().size());
              BusinessGoal changed =
                  BusinessGoal.builder().from(original).title("Renamed goal").weight(0.5).build();
              assertEquals(strategy, strategy.withGoal(changed).withGoal(original));
            });
  }

  @Test
  void everyBrokenTacticIsReportedNotOnlyTheFirst() {
    qt().withExamples(EXAMPLES)
        .forAll(StrategyGens.strategies(), integers().allPositive())
        .assuming((strategy, pick) -> !strategy.tactics().isEmpty())
        .checkAssert(
            (strategy, pick) -> {
              int broken = 1 + pick % Math.min(40, strategy.tactics().size());
              List<Tactic> tactics = new ArrayList<>(strategy.tactics());
              for (int i = 0; i < broken; i++) {
                tactics.set(
                    i,
                    Tactic.builder()
                        .from(tactics.get(i))
                        .supports(List.of(GoalSupport.of(GoalId.of("no-such-goal"))))
                        .owner(StakeholderId.of("no-such-owner"))
                        .build());
              }
              InvalidStrategyException e =
                  assertThrows(
                      InvalidStrategyException.class,
                      () -> Strategy.builder().from(strategy).tactics(tactics).build());
              assertEquals(2 * broken, e.violations().size());
              for (int i = 0; i < broken; i++) {
                String tactic = "tactics[" + tactics.get(i).id() + "]";
                assertEquals(
                    tactic + ".supports[0]: unknown goal 'no-such-goal'",
                    e.violations().get(2 * i).toString());
                assertEquals(
                    tactic + ".owner: unknown stakeholder 'no-such-owner'",
                    e.violations().get(2 * i + 1).toString());
              }
            });
  }

  @Test
  void swappingInABrokenTacticReportsWhatAFullCheckReports() {
    qt().withExamples(EXAMPLES)
        .forAll(StrategyGens.strategies(), integers().allPositive())
        .assuming((strategy, pick) -> !strategy.tactics().isEmpty())
        .checkAssert(
            (strategy, pick) -> {
              int position = pick % strategy.tactics().size();
              Tactic broken =
                  Tactic.builder()
                      .from(strategy.tactics().get(position))
                      .name(" ")
                      .addSupport(GoalSupport.of(GoalId.of("typo"), 2))
                      .cost(Money.of("-3", "USD"))
                      .build();
              List<Tactic> tactics = new ArrayList<>(strategy.tactics());
              tactics.set(position, broken);
              List<Violation> full =
                  assertThrows(
                          InvalidStrategyException.class,
                          () -> Strategy.builder().from(strategy).tactics(tactics).build())
                      .violations();
              List<Violation> swapped =
                  assertThrows(InvalidStrategyException.class, () -> strategy.withTactic(broken))
                      .violations();
              assertFalse(full.isEmpty());
              assertEquals(full, swapped);
            });
  }

  @Test
  void navigationAgreesBothWays() {
    qt().withExamples(EXAMPLES)
        .forAll(StrategyGens.strategies())
        .checkAssert(
            strategy -> {
              int links = 0;
              for (Tactic tactic : strategy.tactics()) {
                for (BusinessGoal goal : strategy.goalsOf(tactic.id())) {
                  assertTrue(strategy.tacticsSupporting(goal.id()).contains(tactic));
                  links++;
                }
                assertEquals(tactic, strategy.tactic(tactic.id()).orElseThrow());
              }
              int reverse = 0;
              for (BusinessGoal goal : strategy.goals()) {
                for (Tactic tactic : strategy.tacticsSupporting(goal.id())) {
                  assertTrue(tactic.goals().contains(goal.id()));
                  reverse++;
                }
              }
              assertEquals(links, reverse);
            });
  }
}
