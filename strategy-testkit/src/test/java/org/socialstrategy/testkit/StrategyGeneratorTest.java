package org.socialstrategy.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.socialstrategy.model.BusinessFunction;
import org.socialstrategy.model.Initiative;
import org.socialstrategy.model.InitiativeId;
import org.socialstrategy.model.MetricKind;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.model.Tactic;
import org.socialstrategy.model.TacticId;

class StrategyGeneratorTest {

  private static Strategy generate(Alignment alignment, int tactics, long seed) {
    return StrategyGenerator.builder()
        .seed(seed)
        .goals(5)
        .tactics(tactics)
        .initiatives(4)
        .observations(30)
        .alignment(alignment)
        .build()
        .generate();
  }

  private static boolean tracksOutcome(Strategy strategy, Tactic tactic) {
    return strategy.metricsOf(tactic.id()).stream()
        .anyMatch(m -> m.kind() == MetricKind.BUSINESS_OUTCOME);
  }

  @Test
  void sameSeedGivesAnEqualStrategy() {
    assertEquals(generate(Alignment.MIXED, 50, 7), generate(Alignment.MIXED, 50, 7));
    assertNotEquals(generate(Alignment.MIXED, 50, 7), generate(Alignment.MIXED, 50, 8));
  }

  @Test
  void honoursTheRequestedSizes() {
    Strategy strategy = generate(Alignment.FULLY_ALIGNED, 50, 1);
    assertEquals(5, strategy.goals().size());
    assertEquals(50, strategy.tactics().size());
    assertEquals(4, strategy.initiatives().size());
    assertEquals(30, strategy.observations().size());
  }

  @Test
  void scalesGoalsInitiativesAndObservationsWithTactics() {
    StrategyGenerator generator = StrategyGenerator.scaledTo(1_000).build();
    assertEquals(
        "StrategyGenerator{seed=0, goals=5, tactics=1000, initiatives=10, observations=2000,"
            + " alignment=FULLY_ALIGNED, firstYear=2027, currency=USD}",
        generator.toString());
    Strategy strategy = generator.generate();
    assertEquals(1_000, strategy.tactics().size());
    assertEquals(10, strategy.initiatives().size());
  }

  @Test
  void fullyAlignedTacticsServeGoalsTrackOutcomesAndExchangeValue() {
    Strategy strategy = generate(Alignment.FULLY_ALIGNED, 60, 3);
    for (Tactic tactic : strategy.tactics()) {
      assertFalse(tactic.supports().isEmpty(), tactic.id() + " supports a goal");
      assertTrue(tracksOutcome(strategy, tactic), tactic.id() + " tracks an outcome");
      assertFalse(tactic.value().isOneSided(), tactic.id() + " exchanges value both ways");
      assertEquals(1, strategy.initiativesGrouping(tactic.id()).size());
      assertTrue(
          strategy.roadmap().orElseThrow().horizon().encloses(tactic.window().orElseThrow()));
    }
    strategy.goals().forEach(goal -> assertFalse(strategy.tacticsSupporting(goal.id()).isEmpty()));
  }

  @Test
  void alignmentKnobBreaksTheNamedAspect() {
    Strategy vanity = generate(Alignment.VANITY_ONLY, 60, 3);
    assertTrue(vanity.tactics().stream().noneMatch(t -> tracksOutcome(vanity, t)));
    Strategy unaligned = generate(Alignment.SOME_UNALIGNED, 200, 3);
    long unsupported = unaligned.tactics().stream().filter(t -> t.supports().isEmpty()).count();
    assertTrue(unsupported > 0 && unsupported < 60, "unaligned tactics: " + unsupported);
    Strategy oneSided = generate(Alignment.ONE_SIDED, 200, 3);
    assertTrue(oneSided.tactics().stream().anyMatch(t -> t.value().customerReceivesNothing()));
  }

  @Test
  void spreadsTacticsOverFunctionsAndOfflineChannels() {
    Strategy strategy = generate(Alignment.FULLY_ALIGNED, 200, 11);
    Set<BusinessFunction> functions = new HashSet<>();
    strategy.tactics().forEach(t -> functions.add(t.function()));
    assertTrue(functions.size() > 1, "functions: " + functions);
  }

  @Test
  void dependenciesEndBeforeTheirDependentsStart() {
    Strategy strategy =
        StrategyGenerator.builder().initiatives(30).tactics(60).seed(5).build().generate();
    boolean any = false;
    for (Initiative initiative : strategy.initiatives()) {
      for (InitiativeId dependency : initiative.dependsOn()) {
        any = true;
        Initiative before = strategy.initiative(dependency).orElseThrow();
        assertTrue(before.window().end().isBefore(initiative.window().start()));
      }
    }
    assertTrue(any, "some initiative depends on another");
  }

  @Test
  void fundingCoversPlannedSpendEveryYear() {
    Strategy strategy = generate(Alignment.FULLY_ALIGNED, 80, 2);
    strategy
        .funding()
        .perYear()
        .forEach(
            (year, funded) -> {
              var planned =
                  strategy.initiatives().stream()
                      .map(i -> i.allocations().get(year))
                      .filter(java.util.Objects::nonNull)
                      .map(a -> a.budget().amount())
                      .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
              assertTrue(funded.budget().amount().compareTo(planned) > 0, year + " is funded");
            });
    assertEquals(3, strategy.funding().perYear().size());
  }

  @Test
  void worksWithoutTactics() {
    Strategy empty = StrategyGenerator.builder().tactics(0).observations(10).build().generate();
    assertEquals(List.of(), empty.tactics());
    assertEquals(10, empty.observations().size());
    assertTrue(empty.observations().stream().allMatch(o -> o.tactic().isEmpty()));
  }

  @Test
  void refusesImpossibleSizes() {
    assertEquals(
        "goals must be at least 1: 0",
        assertThrows(IllegalArgumentException.class, () -> StrategyGenerator.builder().goals(0))
            .getMessage());
    assertThrows(IllegalArgumentException.class, () -> StrategyGenerator.builder().tactics(-1));
    assertThrows(IllegalArgumentException.class, () -> StrategyGens.generators(Alignment.MIXED, 0));
  }

  @Test
  void tacticIdsAreReadable() {
    Strategy strategy = generate(Alignment.FULLY_ALIGNED, 3, 0);
    TacticId first = strategy.tactics().get(0).id();
    assertTrue(first.value().matches("[a-z0-9-]+-1"), first.value());
  }
}
