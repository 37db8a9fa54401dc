package org.socialstrategy.scoring.scorecard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.socialstrategy.model.BusinessFunction;
import org.socialstrategy.model.BusinessGoal;
import org.socialstrategy.model.Channel;
import org.socialstrategy.model.CustomerValue;
import org.socialstrategy.model.DateRange;
import org.socialstrategy.model.Direction;
import org.socialstrategy.model.Governance;
import org.socialstrategy.model.Initiative;
import org.socialstrategy.model.InitiativeId;
import org.socialstrategy.model.Metric;
import org.socialstrategy.model.MetricKind;
import org.socialstrategy.model.Money;
import org.socialstrategy.model.Objective;
import org.socialstrategy.model.Observation;
import org.socialstrategy.model.OrganizationValue;
import org.socialstrategy.model.Roadmap;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.model.Tactic;
import org.socialstrategy.model.TechnologyPlatform;
import org.socialstrategy.model.ValueExchange;
import org.socialstrategy.scoring.SuccessFactor;
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

  private static boolean notAbove(OptionalInt after, OptionalInt before) {
    return after.isEmpty() || (before.isPresent() && after.getAsInt() <= before.getAsInt());
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
                factor.score().ifPresent(s -> assertTrue(s >= 0 && s <= 100, factor.toString()));
              }
              for (Headline figure : List.of(card.plan(), card.results())) {
                figure.score().ifPresent(s -> assertTrue(s >= 0 && s <= 100, figure.toString()));
              }
              assertTrue(card.plan().measured(), "a plan always has a figure");
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
                      .channel(Channel.LINKEDIN)
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
  void addingAnUnalignedTacticWithACostNeverRaisesThePlan() {
    qt().withExamples(EXAMPLES)
        .forAll(
            StrategyGens.strategies(),
            integers().between(1, 10_000_000),
            integers().between(0, 11),
            dates())
        .checkAssert(
            (strategy, cents, choice, asOf) -> {
              int pick = choice % 6;
              boolean owned = choice >= 6;
              List<Metric> metrics = strategy.metrics();
              List<BusinessFunction> functions =
                  List.of(
                      BusinessFunction.MARKETING,
                      BusinessFunction.SALES,
                      BusinessFunction.HUMAN_RESOURCES,
                      BusinessFunction.of("legal"),
                      BusinessFunction.PRODUCT_INNOVATION,
                      BusinessFunction.CUSTOMER_SERVICE);
              Tactic.Builder added =
                  Tactic.builder()
                      .id("added-unaligned-tactic")
                      .name("Added unaligned tactic")
                      .channel(pick % 2 == 0 ? Channel.TIKTOK : Channel.of("grow"))
                      .function(functions.get(pick))
                      .addTrack(metrics.get(pick % metrics.size()).id())
                      .cost(
                          Money.of(BigDecimal.valueOf(cents, 2), strategy.currency().orElseThrow()))
                      .value(ValueExchange.of(CustomerValue.SAVINGS, OrganizationValue.REVENUE));
              if (owned) {
                added.owner(strategy.stakeholders().get(0).id());
              }
              Scorecard before = score(strategy, asOf);
              Scorecard after = score(strategy.withTactic(added.build()), asOf);
              assertTrue(
                  after.plan().score().getAsInt() <= before.plan().score().getAsInt(),
                  before.plan() + " -> " + after.plan());
              for (SuccessFactor factor : SuccessFactor.values()) {
                assertTrue(
                    notAbove(
                        after.successFactor(factor.number()).score(),
                        before.successFactor(factor.number()).score()),
                    factor
                        + ": "
                        + before.successFactor(factor.number())
                        + " -> "
                        + after.successFactor(factor.number()));
              }
            });
  }

  @Test
  void removingTheOnlyPlatformNeverRaisesTechnology() {
    qt().withExamples(EXAMPLES)
        .forAll(StrategyGens.strategies(), dates())
        .checkAssert(
            (strategy, asOf) -> {
              TechnologyPlatform only = strategy.platforms().get(0);
              Strategy one = withPlatforms(strategy, List.of(only));
              Strategy none = withPlatforms(strategy, List.of());
              FactorScore before = score(one, asOf).successFactor(7);
              FactorScore after = score(none, asOf).successFactor(7);
              assertTrue(notAbove(after.score(), before.score()), before + " -> " + after);
              assertEquals(OptionalInt.empty(), after.score());
              assertEquals(List.of(), after.evidence());
            });
  }

  private static Strategy withPlatforms(Strategy strategy, List<TechnologyPlatform> platforms) {
    List<Initiative> initiatives = new ArrayList<>();
    for (Initiative initiative : strategy.initiatives()) {
      initiatives.add(
          Initiative.builder()
              .from(initiative)
              .platforms(
                  initiative.platforms().stream()
                      .filter(id -> platforms.stream().anyMatch(p -> p.id().equals(id)))
                      .toList())
              .build());
    }
    Roadmap roadmap =
        Roadmap.builder().from(strategy.roadmap().orElseThrow()).initiatives(initiatives).build();
    return strategy.withRoadmap(roadmap).withPlatforms(platforms);
  }

  /** The strategy without its roadmap, and without the roles assigned for its initiatives. */
  static Strategy withoutRoadmap(Strategy strategy) {
    Governance governance = strategy.governance();
    return strategy
        .withGovernance(
            Governance.builder()
                .from(governance)
                .raci(
                    governance.raci().stream()
                        .filter(r -> !(r.item() instanceof InitiativeId))
                        .toList())
                .build())
        .withoutRoadmap();
  }

  @Test
  void changingOnlyPlanFieldsNeverChangesResults() {
    qt().withExamples(EXAMPLES)
        .forAll(StrategyGens.strategies(), dates(), integers().between(0, 3))
        .checkAssert(
            (strategy, asOf, which) -> {
              Strategy replanned =
                  switch (which) {
                    case 0 -> strategy.withGovernance(Governance.builder().build());
                    case 1 -> strategy.withoutVision();
                    case 2 -> withoutRoadmap(strategy);
                    default ->
                        withoutRoadmap(strategy)
                            .withoutVision()
                            .withGovernance(Governance.builder().build())
                            .withoutSponsor();
                  };
              assertEquals(score(strategy, asOf).results(), score(replanned, asOf).results());
            });
  }

  @Test
  void anObservationThatMovesAnObjectiveTowardItsTargetNeverLowersResults() {
    qt().withExamples(EXAMPLES)
        .forAll(
            StrategyGens.strategies(),
            dates(),
            integers().between(0, 1_000),
            integers().between(1, 100_000))
        .checkAssert(
            (strategy, asOf, pick, step) -> {
              List<Objective> objectives = new ArrayList<>();
              strategy.goals().forEach(g -> objectives.addAll(g.objectives()));
              Objective objective = objectives.get(pick % objectives.size());
              Direction direction = objective.direction();
              boolean oneDirection =
                  objectives.stream()
                      .filter(o -> o.metric().equals(objective.metric()))
                      .allMatch(o -> o.direction() == direction);
              List<Observation> observed = strategy.observationsOf(objective.metric());
              if (direction == Direction.MAINTAIN || !oneDirection || observed.isEmpty()) {
                return;
              }
              Observation moved = observed.get(pick % observed.size());
              BigDecimal delta = BigDecimal.valueOf(step);
              Observation toward =
                  Observation.builder()
                      .from(moved)
                      .value(
                          direction == Direction.INCREASE
                              ? moved.value().add(delta)
                              : moved.value().subtract(delta))
                      .build();
              List<Observation> observations = new ArrayList<>(strategy.observations());
              observations.set(observations.indexOf(moved), toward);
              ResultsScore before = score(strategy, asOf).results();
              ResultsScore after = score(strategy.withObservations(observations), asOf).results();
              assertEquals(before.measured(), after.measured());
              assertTrue(
                  !before.measured() || after.score().getAsInt() >= before.score().getAsInt(),
                  before + " -> " + after);
            });
  }

  @Test
  void resultsAreNotMeasuredExactlyWhenNothingIsObserved() {
    qt().withExamples(EXAMPLES)
        .forAll(StrategyGens.strategies(), dates())
        .checkAssert(
            (strategy, asOf) -> {
              ResultsScore blind = score(strategy.withObservations(List.of()), asOf).results();
              assertEquals(OptionalInt.empty(), blind.score());
              assertEquals("not measured", blind.display());
              assertFalse(blind.measureFirst().isEmpty(), "says what to measure first");
              ResultsScore results = score(strategy, asOf).results();
              if (results.measured()) {
                assertTrue(
                    strategy.observations().stream().anyMatch(o -> !o.period().end().isAfter(asOf)),
                    "measured from an observation by the as-of date");
              }
              Objective objective = strategy.goals().get(0).objectives().get(0);
              LocalDate day = objective.baselineDate().orElseThrow();
              Strategy observed =
                  strategy
                      .withObservations(List.of())
                      .plusObservations(
                          List.of(
                              Observation.of(
                                  objective.metric().value(),
                                  DateRange.of(day, day),
                                  objective.baseline())));
              assertTrue(
                  score(observed, objective.due()).results().measured(),
                  "one observation of an objective in its window is measured");
            });
  }

  @Test
  void quantifiedGoalsAndALiveTacticAreNeverNotStarted() {
    qt().withExamples(EXAMPLES)
        .forAll(StrategyGens.strategies(), dates())
        .checkAssert(
            (strategy, asOf) -> {
              Strategy silent =
                  withoutRoadmap(strategy.withObservations(List.of())).withPlatforms(List.of());
              boolean live =
                  silent.tactics().stream()
                      .anyMatch(t -> t.window().map(w -> w.contains(asOf)).orElse(true));
              if (live) {
                assertNotEquals(MaturityStage.NOT_STARTED, score(silent, asOf).maturity().stage());
              }
            });
  }

  @Test
  void removingTheExecutiveSponsorNeverRaisesExecutiveSupport() {
    qt().withExamples(EXAMPLES)
        .forAll(StrategyGens.strategies(), dates())
        .checkAssert(
            (strategy, asOf) ->
                assertTrue(
                    notAbove(
                        score(strategy.withoutSponsor(), asOf).successFactor(3).score(),
                        score(strategy, asOf).successFactor(3).score())));
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
                  Money cost = r.costToDate().orElseThrow();
                  assertEquals(value.minus(cost), r.net().orElseThrow());
                  assertEquals(
                      r.net()
                          .orElseThrow()
                          .amount()
                          .divide(cost.amount(), 4, RoundingMode.HALF_EVEN),
                      r.roi().orElseThrow());
                  assertTrue(cost.compareTo(r.cost().orElseThrow()) <= 0, "no more than its cost");
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
              assertEquals(first.plan(), second.plan());
              assertEquals(first.results(), second.results());
              assertEquals(first.toString(), second.toString());
              assertEquals(first.validation(), second.validation());
              assertEquals(first, second);
              assertEquals(first.hashCode(), second.hashCode());
            });
  }
}
