package org.socialstrategy.attribution.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.storage.StorageLevel;
import org.socialstrategy.attribution.TacticMatcher;
import org.socialstrategy.attribution.data.AggregationOptions;
import org.socialstrategy.attribution.data.JourneyAggregate;
import org.socialstrategy.attribution.data.TimeDecayCredit;
import org.socialstrategy.io.StrategyFileException;
import org.socialstrategy.model.TacticId;
import org.socialstrategy.model.TouchpointMapping;

/**
 * Turns paths into the counts of a {@link JourneyAggregate} on Spark and assembles the aggregate on
 * the driver. Every path gives records of one schema, counted in one aggregation: a path record
 * ({@code P}, the steps joined by {@code " > "}), an untouched conversion ({@code U}), a path over
 * the length limit ({@code X}), and with a conversion one time decay record per step and half-life
 * ({@code D}, the step's key with its units and value times units).
 */
final class PathRecords {

  private static final String STEP = " > ";

  private static final String COUNTS =
      "kind, h, period, item, conversions, nulls, units, value, min_day, max_day, journey, length";

  private PathRecords() {}

  static JourneyAggregate collect(SparkAttribution engine, SparkEvents events, Dataset<Row> paths) {
    AggregationOptions options = engine.options();
    Dataset<Row> counted =
        count(records(paths, options), col("mult")).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      summary(events, counted, options);
      Dataset<Row> collected = counted;
      if (engine.mapping().isPresent()) {
        collected = merged(counted, engine.mapping().get(), events, options);
      }
      List<Row> rows = new ArrayList<>(collected.collectAsList());
      rows.sort(
          Comparator.<Row, String>comparing(r -> r.getString(0))
              .thenComparingInt(r -> r.getInt(1))
              .thenComparingInt(r -> r.getInt(2))
              .thenComparing(r -> r.getString(3)));
      return assemble(rows, options);
    } catch (IllegalArgumentException e) {
      throw problem(events, e.getMessage());
    } finally {
      counted.unpersist();
    }
  }

  private static StrategyFileException problem(SparkEvents events, String message) {
    return new StrategyFileException(List.of(SparkEvents.problem(events.sourceName(), message)), 0);
  }

  /** Returns one record per path and, for conversions, per step and half-life. */
  private static Dataset<Row> records(Dataset<Row> paths, AggregationOptions options) {
    int max = options.limits().maxPathSteps();
    String counted = "size(steps) BETWEEN 1 AND " + max;
    String main =
        "named_struct('kind', CASE WHEN size(steps) > "
            + max
            + " THEN 'X' WHEN size(steps) = 0 THEN 'U' ELSE 'P' END, 'h', 0, 'item', CASE WHEN "
            + counted
            + " THEN array_join(steps, '"
            + STEP
            + "') ELSE '' END, 'conversions', CASE WHEN size(steps) > "
            + max
            + " THEN 1L ELSE CAST(converts AS BIGINT) END, 'nulls', CASE WHEN "
            + counted
            + " THEN CAST(1 - converts AS BIGINT) ELSE 0L END, 'units', 0L, 'value', CASE WHEN"
            + " size(steps) > "
            + max
            + " THEN CAST(NULL AS STRING) ELSE value END, 'mult', 1L, 'journey', CASE WHEN"
            + " size(steps) > "
            + max
            + " THEN journey ELSE CAST(NULL AS STRING) END, 'length', size(steps))";
    List<Duration> halfLives = options.halfLives();
    Dataset<Row> source = paths;
    String all = "array(" + main + ")";
    if (!halfLives.isEmpty()) {
      UDF1<scala.collection.Seq<Object>, long[][]> split =
          times -> SparkAttribution.decayUnits(times, halfLives);
      UserDefinedFunction decay =
          functions.udf(
              split,
              DataTypes.createArrayType(
                  DataTypes.createArrayType(DataTypes.LongType, false), false));
      source =
          paths.withColumn(
              "decay",
              functions
                  .when(col("converts").equalTo(1).and(expr(counted)), decay.apply(col("times")))
                  .otherwise(expr("array()").cast("array<array<bigint>>")));
      all =
          "concat(array("
              + main
              + "), flatten(transform(decay, (u, h) -> transform(u, (x, i) -> named_struct('kind',"
              + " 'D', 'h', h, 'item', steps[i], 'conversions', 0L, 'nulls', 0L, 'units', x,"
              + " 'value', value, 'mult', x, 'journey', CAST(NULL AS STRING), 'length', 0)))))";
    }
    return source
        .select(
            col("period"),
            col("day").as("min_day"),
            col("day").as("max_day"),
            explode(expr(all)).as("r"))
        .select("period", "min_day", "max_day", "r.*")
        .where("kind <> 'D' OR units > 0");
  }

  /** Adds up the records of each kind, half-life, period and item. */
  private static Dataset<Row> count(Dataset<Row> records, org.apache.spark.sql.Column multiplier) {
    UserDefinedFunction exact =
        functions.udaf(new ExactSum(), Encoders.tuple(Encoders.STRING(), Encoders.LONG()));
    return records
        .groupBy("kind", "h", "period", "item")
        .agg(
            sum("conversions").as("conversions"),
            sum("nulls").as("nulls"),
            sum("units").as("units"),
            exact.apply(col("value"), multiplier).as("value"),
            min("min_day").as("min_day"),
            max("max_day").as("max_day"),
            min("journey").as("journey"),
            max("length").as("length"))
        .selectExpr(COUNTS.split(", "));
  }

  /**
   * Materializes the counts and refuses input with problems, paths over the length limit, or more
   * distinct paths in a period than the driver may hold: one small job before the counts are
   * collected.
   */
  private static void summary(
      SparkEvents events, Dataset<Row> counted, AggregationOptions options) {
    List<Row> kinds =
        counted
            .groupBy("kind", "period")
            .agg(
                functions.count(lit(1)).as("rows"),
                sum("conversions").as("conversions"),
                min("journey").as("journey"),
                max("length").as("length"))
            .filter(col("kind").isin("P", "X"))
            .collectAsList();
    events.throwProblems();
    long over = 0;
    String journey = null;
    int longest = 0;
    int maxPaths = options.limits().maxDistinctPaths();
    for (Row row : kinds) {
      if (row.getString(0).equals("X")) {
        over += row.getLong(3);
        journey =
            journey == null || row.getString(4).compareTo(journey) < 0 ? row.getString(4) : journey;
        longest = Math.max(longest, row.getInt(5));
      } else if (row.getLong(2) > maxPaths) {
        throw problem(
            events,
            "more than "
                + maxPaths
                + " distinct paths in the period from "
                + LocalDate.ofEpochDay(row.getInt(1))
                + ", the limit of paths collected to the driver");
      }
    }
    if (over > 0) {
      throw problem(
          events,
          over
              + (over == 1 ? " path has" : " paths have")
              + " more touches than the limit of "
              + options.limits().maxPathSteps()
              + " (the longest "
              + longest
              + "); the first is in journey '"
              + journey
              + "'");
    }
  }

  /** Counts the keys of each tactic as the first of them in text order, on Spark. */
  private static Dataset<Row> merged(
      Dataset<Row> counted,
      TouchpointMapping mapping,
      SparkEvents events,
      AggregationOptions options) {
    Dataset<Row> keys =
        counted
            .filter(col("kind").isin("P", "D"))
            .select(explode(functions.split(col("item"), STEP, -1)).as("key"))
            .distinct();
    List<Row> distinct = keys.limit(options.limits().maxKeys() + 1).collectAsList();
    if (distinct.size() > options.limits().maxKeys()) {
      throw problem(
          events, "more than " + options.limits().maxKeys() + " distinct touchpoint keys");
    }
    TacticMatcher matcher = TacticMatcher.of(mapping);
    TreeMap<String, Optional<TacticId>> tactics = new TreeMap<>();
    for (Row row : distinct) {
      tactics.put(row.getString(0), matcher.match(row.getString(0)));
    }
    Map<TacticId, String> first = new HashMap<>();
    HashMap<String, String> renames = new HashMap<>();
    tactics.forEach(
        (key, tactic) ->
            tactic.ifPresent(
                t -> {
                  String representative = first.computeIfAbsent(t, k -> key);
                  if (!representative.equals(key)) {
                    renames.put(key, representative);
                  }
                }));
    if (renames.isEmpty()) {
      return counted;
    }
    Broadcast<HashMap<String, String>> shared =
        JavaSparkContext.fromSparkContext(counted.sparkSession().sparkContext()).broadcast(renames);
    UDF2<String, String, String> rename =
        (kind, item) -> {
          Map<String, String> names = shared.value();
          if (kind.equals("D")) {
            return names.getOrDefault(item, item);
          }
          if (!kind.equals("P")) {
            return item;
          }
          String[] steps = item.split(STEP, -1);
          for (int i = 0; i < steps.length; i++) {
            steps[i] = names.getOrDefault(steps[i], steps[i]);
          }
          return String.join(STEP, steps);
        };
    Dataset<Row> renamed =
        counted.withColumn(
            "item", functions.udf(rename, DataTypes.StringType).apply(col("kind"), col("item")));
    return count(renamed, lit(1L));
  }

  private static JourneyAggregate assemble(List<Row> rows, AggregationOptions options) {
    JourneyAggregate.Builder builder = JourneyAggregate.builder(options);
    int first = Integer.MAX_VALUE;
    int last = Integer.MIN_VALUE;
    for (Row row : rows) {
      String kind = row.getString(0);
      if (kind.equals("P") || kind.equals("U")) {
        first = Math.min(first, row.getInt(8));
        last = Math.max(last, row.getInt(9));
      }
    }
    if (first > last) {
      return builder.build();
    }
    builder.days(LocalDate.ofEpochDay(first), LocalDate.ofEpochDay(last));
    BigDecimal units = BigDecimal.valueOf(TimeDecayCredit.UNITS_PER_CONVERSION);
    for (Row row : rows) {
      LocalDate period = LocalDate.ofEpochDay(row.getInt(2));
      BigDecimal value = new BigDecimal(row.getString(7));
      switch (row.getString(0)) {
        case "P" ->
            builder.add(
                period,
                Arrays.asList(row.getString(3).split(STEP, -1)),
                row.getLong(4),
                value,
                row.getLong(5));
        case "U" -> builder.addUntouched(period, row.getLong(4), value);
        case "D" ->
            builder.addTimeDecay(
                options.halfLives().get(row.getInt(1)),
                period,
                row.getString(3),
                row.getLong(6),
                value.divide(units));
        default -> throw new IllegalStateException("unknown record kind " + row.getString(0));
      }
    }
    return builder.build();
  }
}
