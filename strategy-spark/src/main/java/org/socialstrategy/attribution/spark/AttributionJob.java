package org.socialstrategy.attribution.spark;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.socialstrategy.attribution.AttributionObservations;
import org.socialstrategy.attribution.AttributionResult;
import org.socialstrategy.attribution.Credit;
import org.socialstrategy.attribution.UnmappedKey;
import org.socialstrategy.attribution.data.AggregationOptions;
import org.socialstrategy.attribution.data.JourneyAggregate;
import org.socialstrategy.attribution.data.PeriodGranularity;
import org.socialstrategy.attribution.model.AttributionModel;
import org.socialstrategy.attribution.model.Models;
import org.socialstrategy.io.FileProblem;
import org.socialstrategy.io.StrategyFileException;
import org.socialstrategy.io.StrategyFiles;
import org.socialstrategy.model.Observation;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.model.TouchpointMapping;

/**
 * The attribution job for {@code spark-submit}: reads touchpoints from Parquet or CSV, aggregates
 * their journeys on the cluster, runs the models on the driver, and writes the credits and the
 * attributed observations (Parquet or CSV) and, given a strategy, the strategy with the
 * observations merged.
 *
 * <pre>{@code
 * spark-submit --class org.socialstrategy.attribution.spark.AttributionJob \
 *   strategy-spark-job.jar --events s3://bucket/touchpoints/ --strategy retail.yaml \
 *   --periods month --out s3://bucket/attribution/
 * }</pre>
 *
 * <p>Run with {@code --help} for every option. Without a master set (by {@code spark-submit} or
 * {@code spark.master}), it runs in local mode on every core, bound to the loopback address.
 */
public final class AttributionJob {

  static final String USAGE =
      String.join(
          "\n",
          "usage: spark-submit --class org.socialstrategy.attribution.spark.AttributionJob"
              + " strategy-spark-job.jar --events PATH --out FOLDER [options]",
          "",
          "  --events PATH       touchpoints: Parquet (a file or folder) or CSV with a header row",
          "  --format FORMAT     parquet or csv; by default csv for paths ending in .csv or .csv.gz",
          "  --delimiter CHAR    the CSV delimiter (default ,)",
          "  --strategy FILE     a strategy file (YAML or JSON): its attribution rules map keys",
          "                      to tactics, and the attributed observations are merged into it",
          "  --model SPEC        a model, repeatable (default: every model with its defaults),",
          "                      such as markov(order=2) or time-decay(half-life=3d)",
          "  --observe SPEC      the model whose credits become observations (default: the first)",
          "  --lookback WINDOW   the lookback window, such as 30d, or none (default 30d)",
          "  --periods PERIODS   whole, month, quarter or year (default month)",
          "  --zone ZONE         the zone of days and of timestamps without offset (default UTC)",
          "  --out FOLDER        where credits/, observations/ and the merged strategy go",
          "  --out-format FORMAT parquet or csv (default parquet)",
          "  -h, --help          this help");

  private AttributionJob() {}

  /**
   * Runs the job with the session {@code spark-submit} configured, or a local one.
   *
   * @param args the options; {@code --help} lists them
   */
  public static void main(String[] args) {
    SparkSession.Builder builder = SparkSession.builder().appName("sbs attribution");
    if (System.getProperty("spark.master") == null) {
      builder
          .master("local[*]")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.ui.enabled", "false");
    }
    int status;
    SparkSession spark = builder.getOrCreate();
    try {
      status = run(args, spark, System.out, System.err);
    } finally {
      spark.stop();
    }
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Runs the job in a session.
   *
   * @param args the options
   * @param spark the session
   * @param out where the summary goes
   * @param err where problems go
   * @return 0 on success, 1 for problems with the input, 2 for wrong options
   */
  static int run(String[] args, SparkSession spark, PrintStream out, PrintStream err) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("sbs attribution: " + e.getMessage());
      err.println(USAGE);
      return 2;
    }
    if (options.help) {
      out.println(USAGE);
      return 0;
    }
    try {
      return run(options, spark, out);
    } catch (StrategyFileException e) {
      for (FileProblem problem : e.problems()) {
        boolean ofTheStrategy = problem.source().equals(options.strategy);
        err.println(ofTheStrategy ? problem.toString() : SparkEvents.describe(problem));
      }
      if (e.omitted() > 0) {
        err.println("... and " + e.omitted() + " more problems");
      }
      return 1;
    } catch (IllegalArgumentException e) {
      err.println("sbs attribution: " + e.getMessage());
      return 1;
    }
  }

  private static int run(Options options, SparkSession spark, PrintStream out) {
    Strategy strategy =
        options.strategy == null ? null : StrategyFiles.read(Path.of(options.strategy));
    Optional<TouchpointMapping> mapping =
        strategy == null ? Optional.empty() : strategy.attribution();
    SparkAttribution engine = SparkAttribution.of(options.aggregation);
    if (mapping.isPresent()) {
      engine = engine.withMapping(mapping.get());
    }
    long start = System.nanoTime();
    Dataset<Row> input =
        options.csv
            ? readCsv(spark, options.events, options.delimiter)
            : spark.read().parquet(options.events);
    JourneyAggregate aggregate = engine.aggregate(input, options.events);
    long aggregated = System.nanoTime();
    List<AttributionResult> results = new ArrayList<>();
    for (AttributionModel model : options.models) {
      results.add(engine.attribute(model, aggregate));
    }
    long attributed = System.nanoTime();
    out.printf(
        Locale.ROOT,
        "%s: %d conversions with touchpoints, %d untouched, %d distinct paths; aggregated on Spark"
            + " in %.1f s, %d models in %.1f s%n",
        options.events,
        aggregate.paths().totalConversions(),
        aggregate.untouchedConversions(),
        aggregate.paths().size(),
        (aggregated - start) / 1e9,
        results.size(),
        (attributed - aggregated) / 1e9);
    for (AttributionResult result : results) {
      out.println(result);
    }
    writeCredits(spark, results, options);
    if (mapping.isPresent()) {
      AttributionResult observed = results.get(options.observed);
      List<UnmappedKey> unmapped = observed.unmapped();
      if (!unmapped.isEmpty()) {
        out.println(unmapped.size() + " keys map to no tactic, most credited first:");
        unmapped.stream().limit(5).forEach(key -> out.println("  " + key));
      }
      List<Observation> observations = AttributionObservations.of(observed, mapping.get());
      writeObservations(spark, observations, options);
      Path merged = Path.of(options.out, "strategy" + extension(options.strategy));
      StrategyFiles.write(AttributionObservations.merge(strategy, observed), merged);
      out.println(
          observations.size()
              + " observations from "
              + observed.model()
              + " merged into "
              + merged);
    }
    return 0;
  }

  private static String extension(String file) {
    String name = file.toLowerCase(Locale.ROOT);
    return name.endsWith(".json") ? ".json" : name.endsWith(".yml") ? ".yml" : ".yaml";
  }

  /**
   * Reads a CSV of touchpoints as the job does: a header row, every cell as text, RFC 4180 quotes.
   *
   * @param spark the session
   * @param path the file or folder
   * @param delimiter the delimiter
   * @return the rows
   */
  static Dataset<Row> readCsv(SparkSession spark, String path, char delimiter) {
    return spark
        .read()
        .option("header", "true")
        .option("inferSchema", "false")
        .option("sep", String.valueOf(delimiter))
        .option("quote", "\"")
        .option("escape", "\"")
        .option("encoding", StandardCharsets.UTF_8.name())
        .csv(path);
  }

  private static void writeCredits(
      SparkSession spark, List<AttributionResult> results, Options options) {
    StructType schema =
        new StructType()
            .add("model", DataTypes.StringType, false)
            .add("period_start", DataTypes.DateType, true)
            .add("period_end", DataTypes.DateType, true)
            .add("target", DataTypes.StringType, false)
            .add("tactic", DataTypes.BooleanType, false)
            .add("conversions", DataTypes.DoubleType, false)
            .add("value", DataTypes.DoubleType, false);
    List<Row> rows = new ArrayList<>();
    for (AttributionResult result : results) {
      List<Credit> all = new ArrayList<>(result.credits());
      result.periods().forEach(period -> all.addAll(result.credits(period)));
      for (Credit credit : all) {
        rows.add(
            RowFactory.create(
                result.model().toString(),
                credit.period().map(p -> java.sql.Date.valueOf(p.start())).orElse(null),
                credit.period().map(p -> java.sql.Date.valueOf(p.end())).orElse(null),
                credit.target(),
                credit.isTactic(),
                credit.conversions(),
                credit.value()));
      }
    }
    write(spark.createDataFrame(rows, schema), Path.of(options.out, "credits"), options);
  }

  private static void writeObservations(
      SparkSession spark, List<Observation> observations, Options options) {
    StructType schema =
        new StructType()
            .add("period_start", DataTypes.DateType, false)
            .add("period_end", DataTypes.DateType, false)
            .add("metric", DataTypes.StringType, false)
            .add("tactic", DataTypes.StringType, true)
            .add("value", DataTypes.createDecimalType(38, AttributionObservations.SCALE), false);
    List<Row> rows = new ArrayList<>();
    for (Observation observation : observations) {
      rows.add(
          RowFactory.create(
              java.sql.Date.valueOf(observation.period().start()),
              java.sql.Date.valueOf(observation.period().end()),
              observation.metric().value(),
              observation.tactic().map(t -> t.value()).orElse(null),
              observation.value()));
    }
    write(spark.createDataFrame(rows, schema), Path.of(options.out, "observations"), options);
  }

  private static void write(Dataset<Row> rows, Path folder, Options options) {
    if (options.outCsv) {
      rows.coalesce(1)
          .write()
          .mode(SaveMode.Overwrite)
          .option("header", "true")
          .csv(folder.toString());
    } else {
      rows.coalesce(1).write().mode(SaveMode.Overwrite).parquet(folder.toString());
    }
  }

  /** The job's options. */
  static final class Options {
    boolean help;
    String events;
    boolean csv;
    char delimiter = ',';
    String strategy;
    final List<AttributionModel> models = new ArrayList<>();
    int observed;
    AggregationOptions aggregation =
        AggregationOptions.defaults().withGranularity(PeriodGranularity.MONTH);
    String out;
    boolean outCsv;

    static Options parse(String[] args) {
      Options options = new Options();
      String format = null;
      String observe = null;
      for (int i = 0; i < args.length; i++) {
        String name = args[i];
        if (name.equals("-h") || name.equals("--help")) {
          options.help = true;
          return options;
        }
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException("option " + name + " needs a value");
        }
        String value = args[++i];
        switch (name) {
          case "--events" -> options.events = value;
          case "--format" -> format = choice(name, value, "parquet", "csv");
          case "--delimiter" -> options.delimiter = delimiter(value);
          case "--strategy" -> options.strategy = value;
          case "--model" -> options.models.add(Models.parse(value));
          case "--observe" -> observe = value;
          case "--lookback" ->
              options.aggregation =
                  value.equalsIgnoreCase("none")
                      ? options.aggregation.withoutLookback()
                      : options.aggregation.withLookback(Models.parseDuration(value));
          case "--periods" ->
              options.aggregation =
                  options.aggregation.withGranularity(
                      PeriodGranularity.valueOf(
                          choice(name, value, "whole", "month", "quarter", "year")
                              .toUpperCase(Locale.ROOT)));
          case "--zone" -> options.aggregation = options.aggregation.withZone(zone(value));
          case "--out" -> options.out = value;
          case "--out-format" ->
              options.outCsv = choice(name, value, "parquet", "csv").equals("csv");
          default -> throw new IllegalArgumentException("unknown option " + name);
        }
      }
      if (options.events == null) {
        throw new IllegalArgumentException("--events is required: the touchpoints to attribute");
      }
      if (options.out == null) {
        throw new IllegalArgumentException("--out is required: the folder results go to");
      }
      String lower = options.events.toLowerCase(Locale.ROOT);
      options.csv =
          format == null
              ? lower.endsWith(".csv") || lower.endsWith(".csv.gz")
              : format.equals("csv");
      if (options.models.isEmpty()) {
        options.models.addAll(Models.defaults());
      }
      if (observe != null) {
        AttributionModel wanted = Models.parse(observe);
        if (!options.models.contains(wanted)) {
          options.models.add(wanted);
        }
        options.observed = options.models.indexOf(wanted);
      }
      options.aggregation = options.aggregation.withHalfLives(halfLives(options.models));
      return options;
    }

    private static java.time.Duration[] halfLives(List<AttributionModel> models) {
      return models.stream()
          .filter(m -> m instanceof org.socialstrategy.attribution.model.TimeDecay)
          .map(m -> ((org.socialstrategy.attribution.model.TimeDecay) m).halfLife())
          .distinct()
          .toArray(java.time.Duration[]::new);
    }

    private static String choice(String option, String value, String... choices) {
      String lower = value.toLowerCase(Locale.ROOT);
      for (String choice : choices) {
        if (choice.equals(lower)) {
          return choice;
        }
      }
      throw new IllegalArgumentException(
          "option "
              + option
              + " must be one of "
              + String.join(", ", choices)
              + ": '"
              + value
              + "'");
    }

    private static char delimiter(String value) {
      if (value.length() != 1) {
        throw new IllegalArgumentException(
            "option --delimiter must be one character: '" + value + "'");
      }
      return value.charAt(0);
    }

    private static ZoneId zone(String value) {
      try {
        return ZoneId.of(value);
      } catch (java.time.DateTimeException e) {
        throw new IllegalArgumentException("option --zone is not a time zone: '" + value + "'");
      }
    }
  }
}
