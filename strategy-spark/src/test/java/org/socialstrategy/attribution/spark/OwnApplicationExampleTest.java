package org.socialstrategy.attribution.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialstrategy.attribution.AttributionObservations;
import org.socialstrategy.attribution.AttributionResult;
import org.socialstrategy.attribution.Credit;
import org.socialstrategy.attribution.data.AggregationOptions;
import org.socialstrategy.attribution.data.JourneyAggregate;
import org.socialstrategy.attribution.data.PeriodGranularity;
import org.socialstrategy.attribution.model.Markov;
import org.socialstrategy.io.StrategyFiles;
import org.socialstrategy.model.Observation;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.model.TacticId;
import org.socialstrategy.model.TouchpointMapping;
import org.socialstrategy.testkit.JourneyGenerator;

/**
 * The module README's third way to run it, as a user's own Spark application would: its session,
 * its dataset of touchpoints, the API, and the observations merged into its strategy file. Local
 * mode, bound to the loopback address, no web UI.
 */
class OwnApplicationExampleTest {

  @TempDir Path folder;

  private final SparkSession spark = LocalSpark.session();

  @Test
  void attributesAnApplicationsDatasetAndMergesTheObservationsIntoTheStrategy() throws IOException {
    Path events = folder.resolve("events.csv");
    try (Writer out = Files.newBufferedWriter(events, StandardCharsets.UTF_8)) {
      JourneyGenerator.builder().seed(11).journeys(1_500).build().writeCsv(out);
    }
    Path retail = folder.resolve("retail.yaml");
    Files.writeString(
        retail, AttributionJobTest.retailWithGeneratorRules(), StandardCharsets.UTF_8);
    Path merged = folder.resolve("retail-attributed.yaml");

    // The README's snippet, from here to the write.
    Strategy strategy = StrategyFiles.read(retail);
    TouchpointMapping mapping = strategy.attribution().orElseThrow();
    SparkAttribution attribution =
        SparkAttribution.of(AggregationOptions.defaults().withGranularity(PeriodGranularity.MONTH))
            .withMapping(mapping);
    Dataset<Row> touchpoints = spark.read().option("header", "true").csv(events.toString());
    JourneyAggregate aggregate = attribution.aggregate(touchpoints, events.toString());
    AttributionResult result = attribution.attribute(Markov.order(2), aggregate);
    List<Observation> observations = AttributionObservations.of(result, mapping);
    StrategyFiles.write(AttributionObservations.merge(strategy, result), merged);

    assertFalse(observations.isEmpty(), "the tactics of the mapping get observations");
    Set<TacticId> tactics =
        observations.stream()
            .map(observation -> observation.tactic().orElseThrow())
            .collect(Collectors.toSet());
    assertEquals(
        Set.of(
            TacticId.of("fb-shop"), TacticId.of("fb-fan-contest"), TacticId.of("customer-calls")),
        tactics);
    double credited = result.credits().stream().mapToDouble(Credit::conversions).sum();
    assertEquals(result.totalConversions(), credited, 1e-6, "every conversion is credited once");
    assertTrue(result.totalConversions() > 0, "the journeys convert");
    assertEquals(
        strategy.observations().size() + observations.size(),
        StrategyFiles.read(merged).observations().size());
  }
}
