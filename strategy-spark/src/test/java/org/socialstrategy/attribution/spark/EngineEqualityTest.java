package org.socialstrategy.attribution.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialstrategy.attribution.Attribution;
import org.socialstrategy.attribution.AttributionResult;
import org.socialstrategy.attribution.Credit;
import org.socialstrategy.attribution.TacticMatcher;
import org.socialstrategy.attribution.data.AggregationOptions;
import org.socialstrategy.attribution.data.EventCsv;
import org.socialstrategy.attribution.data.JourneyAggregate;
import org.socialstrategy.attribution.data.PathTable;
import org.socialstrategy.attribution.data.PeriodGranularity;
import org.socialstrategy.attribution.model.AttributionModel;
import org.socialstrategy.attribution.model.ChannelCredits;
import org.socialstrategy.attribution.model.Models;
import org.socialstrategy.model.DateRange;
import org.socialstrategy.model.TouchpointMapping;
import org.socialstrategy.model.TouchpointRule;

/**
 * The Spark engine gives what the in-process engine gives on the same file: equal aggregates (exact
 * counts and values, path tables equal), and for every model the same credits per target, for the
 * whole input and per period, within the engine's tolerance.
 */
class EngineEqualityTest {

  static final TouchpointMapping MAPPING =
      TouchpointMapping.builder()
          .addRule(TouchpointRule.builder().channel("email").tactic("newsletter").build())
          .addRule(TouchpointRule.builder().medium("email").tactic("newsletter").build())
          .addRule(
              TouchpointRule.builder().source("google").medium("cpc").tactic("search-ads").build())
          .addRule(TouchpointRule.exact("facebook / social / spring-shop", "fb-shop"))
          .addRule(TouchpointRule.builder().channel("social").tactic("fb-shop").build())
          .addRule(TouchpointRule.builder().channel("*emoji*").tactic("stickers").build())
          .conversionMetric("net-new-customers")
          .valueMetric("online-revenue")
          .build();

  static final List<AttributionModel> MODELS =
      List.of(
          Models.parse("first-touch"),
          Models.parse("last-touch"),
          Models.parse("last-non-direct"),
          Models.parse("linear"),
          Models.parse("position-based"),
          Models.parse("time-decay"),
          Models.parse("time-decay(half-life=2d)"),
          Models.parse("markov(order=1)"),
          Models.parse("markov(order=2)"),
          Models.parse("markov(order=3, states=history, repeats=collapse)"),
          Models.parse("markov(order=4, value=conversions, horizon=observed)"),
          Models.parse("shapley"),
          Models.parse("shapley(function=rate)"));

  @TempDir Path folder;

  private final SparkSession spark = LocalSpark.session();

  @Test
  void aggregatesEqualTheInProcessEngineForTiesLookbackAndPartitions() throws IOException {
    AggregationOptions options =
        AggregationOptions.defaults().withHalfLives(Duration.ofDays(7), Duration.ofDays(2));
    Path file = write(TouchpointRows.csv(11, 400));

    JourneyAggregate expected = EventCsv.read(file, options);
    JourneyAggregate actual = SparkAttribution.of(options).aggregate(csv(file, 5), file.toString());

    assertTrue(expected.paths().size() > 100, "the sample has many distinct paths");
    assertTrue(expected.untouchedConversions() > 0, "the sample has untouched conversions");
    assertEquals(expected.paths(), actual.paths());
    assertEquals(expected, actual);
  }

  @Test
  void everyModelCreditsWhatTheInProcessEngineCreditsPerMonthInAnotherZone() throws IOException {
    AggregationOptions options =
        AggregationOptions.defaults()
            .withGranularity(PeriodGranularity.MONTH)
            .withZone(ZoneId.of("America/New_York"))
            .withoutLookback()
            .withHalfLives(Duration.ofDays(7), Duration.ofDays(2));
    Path file = write(TouchpointRows.csv(23, 300));

    JourneyAggregate expected = EventCsv.read(file, options);
    SparkAttribution engine = SparkAttribution.of(options).withMapping(MAPPING);
    JourneyAggregate actual = engine.aggregate(csv(file, 4), file.toString());

    assertTrue(expected.periods().size() > 6, "the sample spans months");
    assertEquals(expected.periods(), actual.periods());
    TacticMatcher matcher = TacticMatcher.of(MAPPING);
    for (DateRange period : expected.periods()) {
      assertEquals(
          renamed(expected.paths(period), matcher),
          renamed(actual.paths(period), matcher),
          "paths of " + period);
      assertEquals(expected.untouchedConversions(period), actual.untouchedConversions(period));
    }
    assertTrue(
        actual.paths().channelCount() < expected.paths().channelCount(),
        "keys of one tactic were counted as one on Spark");
    Attribution inProcess = Attribution.mapped(MAPPING);
    for (AttributionModel model : MODELS) {
      assertSameCredits(inProcess.attribute(model, expected), engine.attribute(model, actual));
    }
  }

  @Test
  void emptyInputGivesAnEmptyAggregate() throws IOException {
    Path file = write(List.of());
    AggregationOptions options = AggregationOptions.defaults();

    JourneyAggregate actual =
        SparkAttribution.of(options).withMapping(MAPPING).aggregate(csv(file, 1), "empty.csv");

    assertEquals(EventCsv.read(file, options), actual);
    assertEquals(0, actual.periods().size());
    AttributionResult result =
        SparkAttribution.of(options).withMapping(MAPPING).attribute(Models.parse("markov"), actual);
    assertEquals(0, result.totalConversions());
    assertEquals(List.of(), result.credits());
  }

  /** Renames keys to their targets, as the engine does before a model runs. */
  static PathTable renamed(PathTable table, TacticMatcher matcher) {
    return table.renameChannels(
        key -> matcher.match(key).map(t -> "T:" + t.value()).orElse("K:" + key));
  }

  static void assertSameCredits(AttributionResult expected, AttributionResult actual) {
    String model = expected.model().toString();
    assertEquals(expected.totalConversions(), actual.totalConversions(), model);
    assertEquals(0, expected.totalValue().compareTo(actual.totalValue()), model);
    assertEquals(expected.untouchedConversions(), actual.untouchedConversions(), model);
    assertEquals(0, expected.untouchedValue().compareTo(actual.untouchedValue()), model);
    assertEquals(unmapped(expected), unmapped(actual), model);
    for (int i = 0; i < expected.unmapped().size(); i++) {
      assertEquals(
          expected.unmapped().get(i).credited(),
          actual.unmapped().get(i).credited(),
          ChannelCredits.TOLERANCE,
          model + " " + expected.unmapped().get(i));
    }
    assertEquals(expected.periods(), actual.periods(), model);
    assertCredits(expected.credits(), actual.credits(), model);
    for (DateRange period : expected.periods()) {
      assertCredits(expected.credits(period), actual.credits(period), model + " in " + period);
    }
  }

  /** Returns the unmapped keys with their exact counts. */
  private static List<String> unmapped(AttributionResult result) {
    return result.unmapped().stream()
        .map(k -> k.key() + ": " + k.touches() + " touches, " + k.convertingJourneys())
        .sorted()
        .toList();
  }

  private static void assertCredits(List<Credit> expected, List<Credit> actual, String what) {
    Map<String, double[]> byTarget = new TreeMap<>();
    for (Credit credit : expected) {
      byTarget.put(credit.target(), new double[] {credit.conversions(), credit.value(), 0, 0});
    }
    for (Credit credit : actual) {
      double[] c = byTarget.computeIfAbsent(credit.target(), t -> new double[4]);
      c[2] = credit.conversions();
      c[3] = credit.value();
    }
    List<String> differences = new ArrayList<>();
    byTarget.forEach(
        (target, c) -> {
          if (Math.abs(c[0] - c[2]) > ChannelCredits.TOLERANCE
              || Math.abs(c[1] - c[3]) > ChannelCredits.TOLERANCE * Math.max(1, Math.abs(c[1]))) {
            differences.add(target + ": " + c[0] + "/" + c[1] + " vs " + c[2] + "/" + c[3]);
          }
        });
    assertEquals(List.of(), differences, what);
  }

  private Path write(List<String> rows) throws IOException {
    Path file = folder.resolve("events-" + rows.size() + ".csv");
    List<String> lines = new ArrayList<>();
    lines.add(TouchpointRows.HEADER);
    lines.addAll(rows);
    Files.write(file, lines, StandardCharsets.UTF_8);
    return file;
  }

  /** Reads the file as the job does, split into partitions that cut across journeys. */
  private Dataset<Row> csv(Path file, int partitions) {
    return AttributionJob.readCsv(spark, file.toString(), ',').repartition(partitions);
  }
}
