package org.socialstrategy.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.socialstrategy.attribution.data.TouchpointKey;
import org.socialstrategy.attribution.model.AttributionModel;
import org.socialstrategy.attribution.model.Markov;
import org.socialstrategy.attribution.model.Models;
import org.socialstrategy.attribution.model.PositionBased;
import org.socialstrategy.attribution.model.Shapley;
import org.socialstrategy.attribution.model.TimeDecay;

class ModelsAndKeysTest {

  @Test
  void everyModelPrintsWhatParseReadsBack() {
    List<AttributionModel> models =
        List.of(
            PositionBased.of(0.3, 0.5),
            TimeDecay.of(Duration.ofHours(36)),
            Markov.builder()
                .order(3)
                .states(Markov.States.HISTORY)
                .repeats(Markov.Repeats.COLLAPSE)
                .valueSharing(Markov.ValueSharing.CONVERSIONS)
                .horizon(12)
                .build(),
            Markov.builder().observedHorizon().build(),
            Shapley.rate(12, 500, 9, 0.99));
    for (AttributionModel model : models) {
      assertEquals(model, Models.parse(model.toString()), model.toString());
    }
    for (AttributionModel model : Models.defaults()) {
      assertEquals(model, Models.parse(model.toString()), model.toString());
    }
  }

  @Test
  void printsNamesAndParameters() {
    assertEquals(
        "markov(order=1, states=sliding, repeats=keep, value=removal, horizon=unbounded)",
        Markov.defaults().toString());
    assertEquals("position-based(first=0.4, last=0.4)", PositionBased.defaults().toString());
    assertEquals("time-decay(half-life=7d)", TimeDecay.defaults().toString());
    assertEquals("shapley(function=journeys)", Shapley.defaults().toString());
    assertEquals(
        "markov(order=2, states=sliding, repeats=keep, value=removal, horizon=observed)",
        Models.parse("Markov(order=2, horizon=observed)").toString());
  }

  @Test
  void rejectsUnknownModelsAndParameters() {
    assertEquals(
        "unknown attribution model 'u-shaped'; the models are first-touch, last-touch,"
            + " last-non-direct, linear, position-based, time-decay, markov, shapley",
        assertThrows(IllegalArgumentException.class, () -> Models.parse("u-shaped")).getMessage());
    assertEquals(
        "unknown parameter 'k' of model markov; it has horizon, order, repeats, states, value",
        assertThrows(IllegalArgumentException.class, () -> Models.parse("markov(k=2)"))
            .getMessage());
    assertEquals(
        "markov parameter order must be a whole number: '1.5'",
        assertThrows(IllegalArgumentException.class, () -> Models.parse("markov(order=1.5)"))
            .getMessage());
    assertEquals(
        "markov order must be 1 to 4: 5",
        assertThrows(IllegalArgumentException.class, () -> Models.parse("markov(order=5)"))
            .getMessage());
    assertEquals(
        "markov parameter states must be one of sliding, history: 'windows'",
        assertThrows(IllegalArgumentException.class, () -> Models.parse("markov(states=windows)"))
            .getMessage());
    assertEquals(
        "position-based shares must be zero or more and add up to at most 1: first=0.7, last=0.5",
        assertThrows(
                IllegalArgumentException.class,
                () -> Models.parse("position-based(first=0.7,last=0.5)"))
            .getMessage());
  }

  @Test
  void keysHaveOneCanonicalText() {
    assertEquals(
        "google / cpc / spring-sale", TouchpointKey.utm(" google", "cpc ", "spring-sale").text());
    assertEquals("newsletter / email", TouchpointKey.utm("newsletter", "email", "").text());
    assertEquals("(not set) / referral", TouchpointKey.utm(null, "referral", null).text());
    assertEquals(TouchpointKey.utm("a", "b", "c"), TouchpointKey.parse("a / b / c"));
    assertEquals(Optional.of("c"), TouchpointKey.parse("a / b / c").campaign());
    assertTrue(TouchpointKey.parse(" Paid Search ").isChannel());
    assertFalse(TouchpointKey.parse("a / b").isChannel());
    assertEquals(
        "touchpoint channel 'a > b' must not contain '>', the path separator",
        assertThrows(IllegalArgumentException.class, () -> TouchpointKey.channel("a > b"))
            .getMessage());
    assertEquals(
        "touchpoint key 'a / b / c / d' has more than three parts separated by ' / '",
        assertThrows(IllegalArgumentException.class, () -> TouchpointKey.parse("a / b / c / d"))
            .getMessage());
  }
}
