package org.socialstrategy.scoring.scorecard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.socialstrategy.model.BusinessGoal;
import org.socialstrategy.model.Governance;
import org.socialstrategy.model.Metric;
import org.socialstrategy.model.MetricKind;
import org.socialstrategy.model.Money;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.model.Tactic;
import org.socialstrategy.scoring.validation.StrategyValidator;
import org.socialstrategy.testkit.StrategyGens;

/** What scorecards do for every strategy. */
class ScoringPropertiesTest {

  private static final int EXAMPLES = 200;
  private static final StrategyValidator VALIDATOR = StrategyValidator.defaults();

  private static Gen<LocalDate> dates() {
    return integers().between(0, 4 * 365).map(days -> LocalDate.of(2027, 1, 1).plusDays(days));
  }

  private static Scorecard score(Strategy strategy, LocalDate asOf) {
    return Scorecard.of(strategy, asOf, VALIDATOR);
  }

  @Test
  void everyScoreLiesInItsRange() {
    qt().withExamples(EXAMPLES)
        .forAll(StrategyGens.strategies(), dates())
        .checkAssert(
            (strategy, asOf) -> {
              Scorecard card = score(strategy, asOf);
              AlignmentScore alignment = card.alignment();
              assertTrue(alignment.shareByCount() >= 0 && alignment.shareByCount() <= 1);
              assertTrue(alignment.goalShare() >= 0 && alignment.goalShare() <= 1);
              alignment
                  .shareByBudget()
                  .ifPresent(share -> assertTrue(share >= 0 && share <= 1, "budget " + share));
              for (FactorScore factor : card.successFactors()) {
                assertTrue(factor.score() >= 0 && factor.score() <= 100, factor.toString());
              }
              assertTrue(card.overall() >= 0 && card.overall() <= 100);
              for (ObjectiveProgress progress : card.progress()) {
                assertTrue(
                    progress.grade().signum() >= 0
                        && progress.grade().compareTo(BigDecimal.ONE) <= 0,
                    progress.toString());
              }
              List<TacticRoi> returns = card.returns();
              for (int i = 0; i < returns.size(); i++) {
                TacticRoi r = returns.get(i);
                assertEquals(r.computable(), r.rank().isPresent());
                if (r.computable()) {
                  assertEquals(i + 1, r.rank().getAsInt());
                  if (i > 0) {
                    assertTrue(
                        returns.get(i - 1).roi().orElseThrow().compareTo(r.roi().orElseThrow())
                            >= 0);
                  }
                }
              }
            });
  }

  @Test
  void addingAnAlignedOutcomeMeasuredTacticNeverLowersAlignment() {
    qt().withExamples(EXAMPLES)
        .forAll(StrategyGens.strategies())
        .checkAssert(
            strategy -> {
              BusinessGoal goal = strategy.goals().get(0);
              Metric outcome =
                  strategy.metrics().stream()
                      .filter(m -> m.kind() == MetricKind.BUSINESS_OUTCOME)
                      .findFirst()
                      .orElseThrow();
              Tactic aligned =
                  Tactic.builder()
                      .id("added-aligned-tactic")
                      .name("Added aligned tactic")
                      .channel(org.socialstrategy.model.Channel.LINKEDIN)
                      .function(goal.function())
                      .addSupport(org.socialstrategy.model.GoalSupport.of(goal.id()))
                      .addTrack(outcome.id())
                      .cost(Money.of(new BigDecimal("1000.00"), strategy.currency().orElseThrow()))
                      .build();
              AlignmentScore before = AlignmentScore.of(strategy);
              AlignmentScore after = AlignmentScore.of(strategy.withTactic(aligned));
              assertTrue(after.shareByCount() >= before.shareByCount());
              assertTrue(after.goalShare() >= before.goalShare());
              assertTrue(
                  after.shareByBudget().orElse(1) >= before.shareByBudget().orElse(0),
                  before + " -> " + after);
            });
  }

  @Test
  void removingTheExecutiveSponsorNeverRaisesExecutiveSupport() {
    qt().withExamples(EXAMPLES)
        .forAll(StrategyGens.strategies(), dates())
        .checkAssert(
            (strategy, asOf) ->
                assertTrue(
                    score(strategy.withoutSponsor(), asOf).successFactor(3).score()
                        <= score(strategy, asOf).successFactor(3).score()));
  }

  @Test
  void removingWhatACriterionNeedsNeverRaisesTheStage() {
    qt().withExamples(EXAMPLES)
        .forAll(StrategyGens.strategies(), integers().between(0, 5))
        .checkAssert(
            (strategy, which) -> {
              Governance governance = strategy.governance();
              Strategy reduced =
                  switch (which) {
                    case 0 -> strategy.withoutSponsor();
                    case 1 ->
                        strategy.withGovernance(
                            Governance.builder().from(governance).hub(Optional.empty()).build());
                    case 2 ->
                        strategy.withGovernance(
                            Governance.builder().from(governance).guidelines(List.of()).build());
                    case 3 ->
                        strategy.withGovernance(
                            Governance.builder().from(governance).raci(List.of()).build());
                    case 4 ->
                        strategy.withGovernance(
                            Governance.builder().from(governance).model(Optional.empty()).build());
                    default -> strategy.withoutVision();
                  };
              LocalDate asOf = LocalDate.of(2028, 6, 30);
              assertTrue(
                  score(reduced, asOf)
                          .maturity()
                          .stage()
                          .compareTo(score(strategy, asOf).maturity().stage())
                      <= 0);
            });
  }

  @Test
  void returnArithmeticIsExact() {
    qt().withExamples(EXAMPLES)
        .forAll(StrategyGens.strategies(), dates())
        .checkAssert(
            (strategy, asOf) -> {
              for (TacticRoi r : score(strategy, asOf).returns()) {
                Money value = null;
                for (OutcomeUnits outcome : r.outcomes()) {
                  if (outcome.value().isPresent()) {
                    assertEquals(
                        outcome.valuePerUnit().orElseThrow().times(outcome.units()),
                        outcome.value().get());
                    value =
                        value == null ? outcome.value().get() : value.plus(outcome.value().get());
                  }
                }
                assertEquals(Optional.ofNullable(value), r.value());
                if (r.computable()) {
                  Money cost = r.cost().orElseThrow();
                  assertEquals(value.minus(cost), r.net().orElseThrow());
                  assertEquals(
                      r.net()
                          .orElseThrow()
                          .amount()
                          .divide(cost.amount(), 4, RoundingMode.HALF_EVEN),
                      r.roi().orElseThrow());
                }
              }
            });
  }

  @Test
  void theSameInputAlwaysGivesTheSameScorecard() {
    qt().withExamples(EXAMPLES)
        .forAll(StrategyGens.strategies(), dates())
        .checkAssert(
            (strategy, asOf) -> {
              Scorecard first = score(strategy, asOf);
              Scorecard second = score(Strategy.builder().from(strategy).build(), asOf);
              assertEquals(first.alignment(), second.alignment());
              assertEquals(first.successFactors(), second.successFactors());
              assertEquals(first.maturity(), second.maturity());
              assertEquals(first.progress(), second.progress());
              assertEquals(first.returns(), second.returns());
              assertEquals(first.benchmark(), second.benchmark());
              assertEquals(first.toString(), second.toString());
              assertEquals(first.validation(), second.validation());
              assertEquals(first, second);
              assertEquals(first.hashCode(), second.hashCode());
            });
  }
}
