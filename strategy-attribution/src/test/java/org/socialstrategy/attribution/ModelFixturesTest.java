package org.socialstrategy.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.socialstrategy.attribution.data.AggregationOptions;
import org.socialstrategy.attribution.data.Event;
import org.socialstrategy.attribution.data.JourneyAggregate;
import org.socialstrategy.attribution.data.JourneyAggregator;
import org.socialstrategy.attribution.data.PathTable;
import org.socialstrategy.attribution.data.TouchpointKey;
import org.socialstrategy.attribution.model.ChannelCredits;
import org.socialstrategy.attribution.model.FirstTouch;
import org.socialstrategy.attribution.model.LastNonDirectTouch;
import org.socialstrategy.attribution.model.LastTouch;
import org.socialstrategy.attribution.model.Linear;
import org.socialstrategy.attribution.model.Markov;
import org.socialstrategy.attribution.model.PositionBased;
import org.socialstrategy.attribution.model.Shapley;
import org.socialstrategy.attribution.model.TimeDecay;

/**
 * Every model on a few journeys, with the arithmetic worked out by hand.
 *
 * <p>The table used by most of them:
 *
 * <pre>
 * path         conversions  value  nulls
 * a > b        2            100    2
 * b            1            30     3
 * a > c > b    1            50     0
 * c            0            0      4
 * </pre>
 *
 * 4 conversions worth 180, 9 nulls, 13 journeys.
 */
class ModelFixturesTest {

  private static final double EXACT = 1e-12;

  private static final PathTable TABLE =
      Fixtures.table(
          List.of(
              Fixtures.row("a > b", 2, "100", 2),
              Fixtures.row("b", 1, "30", 3),
              Fixtures.row("a > c > b", 1, "50", 0),
              Fixtures.row("c", 0, "0", 4)));

  private static void assertCredits(ChannelCredits credits, double[] conversions, double[] value) {
    String[] channels = {"a", "b", "c"};
    for (int i = 0; i < channels.length; i++) {
      assertEquals(
          conversions[i], credits.conversions(channels[i]), EXACT, "conversions " + channels[i]);
      assertEquals(value[i], credits.value(channels[i]), 1e-9, "value " + channels[i]);
    }
  }

  @Test
  void firstTouchCreditsTheFirstStep() {
    // a > b: a gets 2 (100); b: b gets 1 (30); a > c > b: a gets 1 (50).
    assertCredits(
        FirstTouch.model().attribute(TABLE), new double[] {3, 1, 0}, new double[] {150, 30, 0});
  }

  @Test
  void lastTouchCreditsTheLastStep() {
    // every converting path ends in b.
    assertCredits(
        LastTouch.model().attribute(TABLE), new double[] {0, 4, 0}, new double[] {0, 180, 0});
  }

  @Test
  void linearSharesEquallyAmongTouches() {
    // a > b: 1 each (50 each); b: 1 (30); a > c > b: 1/3 each (50/3 each).
    // a = 1 + 1/3, b = 1 + 1 + 1/3, c = 1/3; value a = 50 + 50/3, b = 50 + 30 + 50/3, c = 50/3.
    assertCredits(
        Linear.model().attribute(TABLE),
        new double[] {4.0 / 3, 7.0 / 3, 1.0 / 3},
        new double[] {50 + 50.0 / 3, 80 + 50.0 / 3, 50.0 / 3});
  }

  @Test
  void positionBasedGivesFortyFortyAndTwentyToTheMiddle() {
    // a > b (two touches): half each, 1 and 1; b: 1; a > c > b: 0.4, 0.2, 0.4.
    // a = 1.4, b = 2.4, c = 0.2; value a = 50 + 20, b = 50 + 30 + 20, c = 10.
    assertCredits(
        PositionBased.defaults().attribute(TABLE),
        new double[] {1.4, 2.4, 0.2},
        new double[] {70, 100, 10});
  }

  @Test
  void positionBasedSharesTwoTouchesInProportion() {
    // first 0.3, last 0.5: a two-touch path shares 3:5.
    PathTable table = Fixtures.table(List.of(Fixtures.row("a > b", 8, "80", 0)));
    ChannelCredits credits = PositionBased.of(0.3, 0.5).attribute(table);
    assertEquals(3, credits.conversions("a"), EXACT);
    assertEquals(5, credits.conversions("b"), EXACT);
  }

  @Test
  void lastNonDirectSkipsDirectTouches() {
    // x > direct: x gets it; direct alone: direct gets it (nothing else to credit);
    // (direct) / (none) is direct too, and so is any source (direct).
    PathTable table =
        Fixtures.table(
            List.of(
                Fixtures.row("x > direct", 1, "10", 0),
                Fixtures.row("direct", 1, "20", 0),
                Fixtures.row("y > (direct) / (none) > (direct) / referral", 1, "40", 0)));
    ChannelCredits credits = LastNonDirectTouch.defaults().attribute(table);
    assertEquals(1, credits.conversions("x"), EXACT);
    assertEquals(1, credits.conversions("direct"), EXACT);
    assertEquals(1, credits.conversions("y"), EXACT);
    assertEquals(40, credits.value("y"), EXACT);
    assertEquals(0, LastNonDirectTouch.of(Set.of("x")).attribute(table).conversions("x"), EXACT);
  }

  @Test
  void markovFirstOrderRemovalEffects() {
    // Each path weighs conversions + nulls: a > b 4, b 4, a > c > b 1, c 4.
    // start -> a 5, -> b 4, -> c 4 (of 13); a -> b 4, -> c 1 (of 5); c -> b 1, -> null 4 (of 5);
    // b -> conversion 4, -> null 5 (of 9).
    // P(b) = 4/9; P(c) = 1/5 * 4/9 = 4/45; P(a) = 4/5 * 4/9 + 1/5 * 4/45 = 84/225.
    // P(start) = 5/13 * 84/225 + 4/13 * 4/9 + 4/13 * 4/45 = 4/13, the observed rate.
    // Without a: 4/13 * 4/9 + 4/13 * 4/45 = 480/2925, RE(a) = 1 - 480/900 = 7/15.
    // Without b: nothing converts, RE(b) = 1.
    // Without c: 5/13 * 16/45 + 4/13 * 4/9 = 32/117, RE(c) = 1 - 32/36 = 1/9.
    // Sum 71/45: a = 4 * 21/71, b = 4 * 45/71, c = 4 * 5/71. All value is collected at b, so the
    // value removal effects equal the conversion ones: value = 180 * the same shares.
    Markov.Solution solution = Markov.defaults().solve(TABLE);
    assertEquals(4.0 / 13, solution.conversionProbability(), EXACT);
    assertEquals(7.0 / 15, solution.removalEffect(TABLE.channelId("a")), EXACT);
    assertEquals(1, solution.removalEffect(TABLE.channelId("b")), EXACT);
    assertEquals(1.0 / 9, solution.removalEffect(TABLE.channelId("c")), EXACT);
    assertCredits(
        Markov.defaults().attribute(TABLE),
        new double[] {84.0 / 71, 180.0 / 71, 20.0 / 71},
        new double[] {180 * 21.0 / 71, 180 * 45.0 / 71, 180 * 5.0 / 71});
  }

  @Test
  void markovValueRemovalFollowsWhereValueIsCollected() {
    // a converts 1 worth 90 (weight 1); b converts 1 worth 10 (weight 1). Start -> a 1/2, -> b 1/2.
    // Conversion removal effects: 1/2 each. Expected value per unit of mean value (50):
    // a collects 90/50 = 1.8, b 10/50 = 0.2; removing a drops 0.9 of 1.0, removing b 0.1.
    PathTable table =
        Fixtures.table(List.of(Fixtures.row("a", 1, "90", 0), Fixtures.row("b", 1, "10", 0)));
    ChannelCredits byValue = Markov.defaults().attribute(table);
    assertEquals(1, byValue.conversions("a"), EXACT);
    assertEquals(90, byValue.value("a"), 1e-9);
    ChannelCredits byConversions =
        Markov.builder().valueSharing(Markov.ValueSharing.CONVERSIONS).build().attribute(table);
    assertEquals(50, byConversions.value("a"), 1e-9);
  }

  @Test
  void markovObservedHorizonCapsLongWalks() {
    // a > b > a converts (weight 1); b nulls (weight 1). First order, longest path 3 states.
    // start -> a 1/2, -> b 1/2; a -> b 1 (of 1 + 1 conversion = 2); b -> a 1, -> null 1 (of 2).
    // Uncapped: x_a = 1/2 + 1/2 x_b, x_b = 1/2 x_a: x_a = 2/3, x_b = 1/3, P = 1/2 (2/3 + 1/3) =
    // 1/2.
    // Capped at 4 states: walks convert in a (1 state), a b a (3), b a (2), b a b a (4):
    // 1/2 * (1/2 + 1/8) + 1/2 * (1/4 + 1/16) = 5/16 + 5/32 = 15/32.
    PathTable table =
        Fixtures.table(List.of(Fixtures.row("a > b > a", 1, "0", 0), Fixtures.row("b", 0, "0", 1)));
    assertEquals(0.5, Markov.defaults().solve(table).conversionProbability(), EXACT);
    assertEquals(
        15.0 / 32,
        Markov.builder().observedHorizon().build().solve(table).conversionProbability(),
        EXACT);
  }

  @Test
  void markovStatesOfHigherOrder() {
    // Order 2, sliding windows: a > b > c is (a,b) -> (b,c); b alone is the state (b).
    // a > b > c converts 1, b nulls 1: start -> (a,b) 1/2, -> (b) 1/2; (b,c) -> conversion 1.
    // P = 1/2; removing a, b or c each loses the only converting walk: RE = 1 each, 1/3 each.
    // History states instead: (a) -> (a,b) -> (b,c) and (b); the same removal effects.
    PathTable table =
        Fixtures.table(List.of(Fixtures.row("a > b > c", 1, "0", 0), Fixtures.row("b", 0, "0", 1)));
    for (Markov model :
        List.of(Markov.order(2), Markov.builder().order(2).states(Markov.States.HISTORY).build())) {
      Markov.Solution solution = model.solve(table);
      assertEquals(0.5, solution.conversionProbability(), EXACT);
      assertEquals(model.states() == Markov.States.SLIDING ? 3 : 4, solution.states());
      assertEquals(1.0 / 3, model.attribute(table).conversions("a"), EXACT);
    }
  }

  @Test
  void markovCollapsedRepeatsBuildOtherStates() {
    // a > a > b converts; a > b nulls. Order 2, repeats kept: (a,a) -> (a,b) converts 1 and
    // (a,b) nulls 1; start -> (a,a) 1/2, (a,b) 1/2; (a,b) -> conversion 1/2: P = 1/2.
    // Collapsed, both paths are a > b: one state (a,b) converting half: P = 1/2 too, but 1 state.
    PathTable table =
        Fixtures.table(
            List.of(Fixtures.row("a > a > b", 1, "0", 0), Fixtures.row("a > b", 0, "0", 1)));
    assertEquals(2, Markov.order(2).solve(table).states());
    assertEquals(
        1,
        Markov.builder().order(2).repeats(Markov.Repeats.COLLAPSE).build().solve(table).states());
  }

  @Test
  void shapleyOfJourneysSplitsEachConversionAmongItsChannels() {
    // Distinct channel sets: {a,b} 2 conversions, {b} 1, {a,b,c} 1: phi = sum c(T)/|T|.
    // a = 2/2 + 1/3, b = 2/2 + 1 + 1/3, c = 1/3; value a = 50 + 50/3, b = 50 + 30 + 50/3.
    assertCredits(
        Shapley.defaults().attribute(TABLE),
        new double[] {4.0 / 3, 7.0 / 3, 1.0 / 3},
        new double[] {50 + 50.0 / 3, 80 + 50.0 / 3, 50.0 / 3});
  }

  @Test
  void shapleyOfRatesOverAllCoalitions() {
    // Channel sets with conversions/journeys: {a,b} 2/4, {b} 1/4, {a,b,c} 1/1, {c} 0/4.
    // v(a) = 0, v(b) = 1/4, v(c) = 0, v(ab) = 3/8, v(ac) = 0, v(bc) = 1/8, v(abc) = 4/13.
    // Weights 1/3 (no one before), 1/6 (one), 1/3 (two):
    // phi(a) = 1/6 (3/8 - 1/4) + 1/3 (4/13 - 1/8) = 17/208
    // phi(b) = 1/3 1/4 + 1/6 3/8 + 1/6 1/8 + 1/3 4/13 = 7/26
    // phi(c) = 1/6 (1/8 - 1/4) + 1/3 (4/13 - 3/8) = -9/208; the sum is v(abc) = 4/13.
    // Credits scale the rate to 4 conversions: times 13: a = 17/16, b = 7/2, c = -9/16.
    ChannelCredits credits = Shapley.rate().attribute(TABLE);
    assertEquals(17.0 / 16, credits.conversions("a"), EXACT);
    assertEquals(3.5, credits.conversions("b"), EXACT);
    assertEquals(-9.0 / 16, credits.conversions("c"), EXACT);
    assertEquals(true, credits.errorBound().isEmpty());
  }

  @Test
  void sampledShapleyOfRatesStaysWithinItsBound() {
    // exact-up-to 2 forces sampling over the three channels.
    ChannelCredits sampled = Shapley.rate(2, 20_000, 7, 0.95).attribute(TABLE);
    double bound = sampled.errorBound().getAsDouble();
    assertEquals(17.0 / 16, sampled.conversions("a"), bound);
    assertEquals(3.5, sampled.conversions("b"), bound);
    assertEquals(-9.0 / 16, sampled.conversions("c"), bound);
    assertEquals(
        4, sampled.conversions("a") + sampled.conversions("b") + sampled.conversions("c"), 1e-9);
  }

  @Test
  void timeDecayHalvesACreditPerHalfLife() {
    // a, then b seven days later, then a conversion worth 100: weights 1/2 and 1, shares 1/3 and
    // 2/3, rounded to 10^-9 by largest remainder: a 0.333333333, b 0.666666667.
    Instant t0 = Instant.parse("2027-03-01T10:00:00Z");
    JourneyAggregator aggregator = JourneyAggregator.create(AggregationOptions.defaults());
    aggregator.accept(Event.touch("j", t0, TouchpointKey.channel("a")));
    aggregator.accept(Event.touch("j", t0.plus(Duration.ofDays(7)), TouchpointKey.channel("b")));
    aggregator.accept(
        Event.conversion(
            "j", t0.plus(Duration.ofDays(7)).plusSeconds(3600), new BigDecimal("100")));
    JourneyAggregate aggregate = aggregator.finish();
    assertEquals(
        new BigDecimal("0.333333333"),
        aggregate.timeDecay(Duration.ofDays(7)).get("a").conversions());
    assertEquals(
        new BigDecimal("66.6666667"),
        aggregate.timeDecay(Duration.ofDays(7)).get("b").value().stripTrailingZeros());
    ChannelCredits credits = TimeDecay.defaults().attribute(aggregate);
    assertEquals(0.333333333, credits.conversions("a"), EXACT);
    assertEquals(0.666666667, credits.conversions("b"), EXACT);
  }
}
