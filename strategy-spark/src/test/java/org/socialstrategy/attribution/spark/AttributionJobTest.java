package org.socialstrategy.attribution.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialstrategy.io.StrategyFiles;
import org.socialstrategy.model.Observation;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.model.TacticId;
import org.socialstrategy.testkit.JourneyGenerator;

/**
 * The job reads CSV or Parquet, writes credits and observations as Parquet or CSV, and merges the
 * observations into the strategy whose attribution rules map touchpoints to tactics.
 */
class AttributionJobTest {

  /** The retail example's tactics as the generator's channels map to them. */
  static final String MAPPING =
      String.join(
          "\n",
          "attribution:",
          "  conversionMetric: net-new-customers",
          "  rules:",
          "    - {channel: social, tactic: fb-shop}",
          "    - {channel: retargeting, tactic: fb-shop}",
          "    - {channel: display, tactic: fb-fan-contest}",
          "    - {channel: direct, tactic: customer-calls}",
          "");

  @TempDir static Path folder;

  /** The retail example with its attribution rules replaced by {@link #MAPPING}. */
  static String retailWithGeneratorRules() throws IOException {
    String retail = Files.readString(Path.of("..", "examples", "strategies", "retail.yaml"));
    int start = retail.indexOf("\nattribution:\n") + 1;
    int end = start + "attribution:\n".length();
    while (end < retail.length() && (retail.charAt(end) == ' ' || retail.charAt(end) == '\n')) {
      end = retail.indexOf('\n', end) + 1;
    }
    return retail.substring(0, start) + retail.substring(end) + MAPPING;
  }

  private static Path events;
  private static Path strategy;
  private final SparkSession spark = LocalSpark.session();

  @BeforeAll
  static void files() throws IOException {
    events = folder.resolve("events.csv");
    try (Writer out = Files.newBufferedWriter(events, StandardCharsets.UTF_8)) {
      JourneyGenerator.builder().seed(5).journeys(2_000).build().writeCsv(out);
    }
    strategy = folder.resolve("retail.yaml");
    Files.writeString(strategy, retailWithGeneratorRules(), StandardCharsets.UTF_8);
  }

  @Test
  void writesCsvCreditsAndObservationsAndMergesThemIntoTheStrategy() {
    Path out = folder.resolve("csv-out");
    Result result =
        run(
            "--events", events.toString(),
            "--strategy", strategy.toString(),
            "--model", "last-touch",
            "--model", "markov(order=2)",
            "--observe", "markov(order=2)",
            "--periods", "quarter",
            "--out", out.toString(),
            "--out-format", "csv");

    assertEquals(0, result.status, result.err);
    assertTrue(result.out.contains("merged into"), result.out);
    List<Row> credits =
        spark
            .read()
            .option("header", "true")
            .csv(out.resolve("credits").toString())
            .collectAsList();
    assertTrue(credits.size() > 10, "credits per model, target and period");
    Strategy merged = StrategyFiles.read(out.resolve("strategy.yaml"));
    List<Observation> added =
        merged
            .observations()
            .subList(
                StrategyFiles.read(strategy).observations().size(), merged.observations().size());
    List<Observation> fbShop =
        added.stream()
            .filter(o -> o.tactic().equals(java.util.Optional.of(TacticId.of("fb-shop"))))
            .toList();
    assertEquals(5, fbShop.size(), "one observation per quarter, 2027 and the first of 2028");
    BigDecimal sum =
        fbShop.stream().map(Observation::value).reduce(BigDecimal.ZERO, BigDecimal::add);
    double markov =
        credits.stream()
            .filter(r -> r.getString(0).startsWith("markov") && r.getString(1) == null)
            .filter(r -> r.getString(3).equals("fb-shop"))
            .mapToDouble(r -> Double.parseDouble(r.getString(5)))
            .sum();
    assertEquals(markov, sum.doubleValue(), 1e-5);
  }

  @Test
  void readsTypedParquetAsItReadsTheSameCsv() {
    Path parquet = folder.resolve("events.parquet");
    AttributionJob.readCsv(spark, events.toString(), ',')
        .selectExpr(
            "journey_id",
            "CAST(timestamp AS TIMESTAMP) AS timestamp",
            "channel",
            "CAST(conversion AS BOOLEAN) AS conversion",
            "CAST(value AS DECIMAL(12, 2)) AS value")
        .write()
        .parquet(parquet.toString());

    Result fromParquet =
        run(
            "--events",
            parquet.toString(),
            "--model",
            "shapley",
            "--out",
            folder.resolve("p").toString());
    Result fromCsv =
        run(
            "--events",
            events.toString(),
            "--model",
            "shapley",
            "--out",
            folder.resolve("c").toString());

    assertEquals(0, fromParquet.status, fromParquet.err);
    assertEquals(fromCsv.out.lines().skip(1).toList(), fromParquet.out.lines().skip(1).toList());
    assertEquals(
        spark.read().parquet(folder.resolve("c").resolve("credits").toString()).count(),
        spark.read().parquet(folder.resolve("p").resolve("credits").toString()).count());
  }

  @Test
  void explainsWrongOptionsAndBadInputWithoutAStackTrace() throws IOException {
    Result wrong = run("--events", events.toString(), "--periods", "weekly", "--out", "x");
    assertEquals(2, wrong.status);
    assertTrue(
        wrong.err.startsWith(
            "sbs attribution: option --periods must be one of whole, month, quarter, year:"
                + " 'weekly'"),
        wrong.err);

    Path bad = folder.resolve("bad.csv");
    Files.writeString(bad, "journey_id,timestamp,channel,conversion\nc1,soon,email,false\n");
    Result refused = run("--events", bad.toString(), "--out", folder.resolve("bad").toString());
    assertEquals(1, refused.status);
    assertEquals(
        bad
            + ": row of journey 'c1' at 'soon': column 'timestamp': 'soon' is not a timestamp"
            + " (expected an ISO instant such as 2027-03-01T10:15:30Z, a local date-time such as"
            + " 2027-03-01 10:15:30, or a date)",
        refused.err.strip());

    Result help = run("--help");
    assertEquals(0, help.status);
    assertTrue(help.out.startsWith("usage: spark-submit"), help.out);
  }

  private Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        AttributionJob.run(
            args,
            spark,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private record Result(int status, String out, String err) {}
}
