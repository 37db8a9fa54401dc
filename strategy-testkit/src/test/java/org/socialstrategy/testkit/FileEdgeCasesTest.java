package org.socialstrategy.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialstrategy.model.ChannelKind;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.model.Tactic;

class FileEdgeCasesTest {

  private static Strategy generate(boolean extras) {
    return StrategyGenerator.builder()
        .seed(3)
        .tactics(40)
        .observations(60)
        .alignment(Alignment.MIXED)
        .extras(extras)
        .build()
        .generate();
  }

  @Test
  void extrasAddCustomValuesExtensionsAndSuppressions() {
    Strategy strategy = generate(true);
    List<Tactic> tactics = strategy.tactics();
    assertTrue(
        tactics.stream()
            .anyMatch(t -> !t.channel().isWellKnown() && t.channel().kind() != ChannelKind.OTHER));
    assertTrue(tactics.stream().anyMatch(t -> !t.function().isWellKnown()));
    assertTrue(tactics.stream().anyMatch(t -> !t.extensions().isEmpty()));
    assertTrue(tactics.stream().anyMatch(t -> t.cost().isEmpty()));
    assertFalse(strategy.suppressions().isEmpty());
    assertFalse(strategy.extensions().isEmpty());
    assertTrue(strategy.observations().stream().anyMatch(o -> o.value().scale() > 0));
  }

  @Test
  void extrasLeaveTheIdsAndSizesAlone() {
    Strategy plain = generate(false);
    Strategy extended = generate(true);
    assertEquals(plain.tactics().size(), extended.tactics().size());
    for (int i = 0; i < plain.tactics().size(); i++) {
      assertEquals(plain.tactics().get(i).id(), extended.tactics().get(i).id());
    }
    assertEquals(plain.observations().size(), extended.observations().size());
    assertEquals(generate(true), generate(true));
  }

  @Test
  void extrasAddTouchpointMappingsOfEveryFormAndObservationSources() {
    List<Strategy> strategies =
        java.util.stream.LongStream.range(0, 20)
            .mapToObj(
                seed ->
                    StrategyGenerator.builder()
                        .seed(seed)
                        .tactics(10)
                        .observations(20)
                        .extras(true)
                        .build()
                        .generate())
            .toList();
    List<org.socialstrategy.model.TouchpointRule> rules =
        strategies.stream()
            .flatMap(s -> s.attribution().stream())
            .flatMap(m -> m.rules().stream())
            .toList();
    assertTrue(rules.stream().anyMatch(r -> r.key().isPresent()));
    assertTrue(rules.stream().anyMatch(r -> r.channel().isPresent()));
    assertTrue(rules.stream().anyMatch(r -> r.campaign().isPresent()));
    assertTrue(
        strategies.stream()
            .flatMap(s -> s.attribution().stream())
            .anyMatch(m -> m.valueMetric().isPresent()));
    assertTrue(
        strategies.stream()
            .flatMap(s -> s.observations().stream())
            .anyMatch(o -> o.source().isPresent()));
  }

  @Test
  void everyStrategyWithExtrasIsValid() {
    qt().withExamples(100).forAll(StrategyGens.strategiesWithExtras()).checkAssert(s -> {});
  }

  @Test
  void settingsNameTheExtras() {
    assertTrue(
        StrategyGenerator.builder().extras(true).build().toString().endsWith(", extras=true}"));
  }
}
