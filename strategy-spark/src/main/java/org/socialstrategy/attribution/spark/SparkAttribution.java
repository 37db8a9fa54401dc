package org.socialstrategy.attribution.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;
import org.socialstrategy.attribution.Attribution;
import org.socialstrategy.attribution.AttributionResult;
import org.socialstrategy.attribution.ModelComparison;
import org.socialstrategy.attribution.data.AggregationOptions;
import org.socialstrategy.attribution.data.EventFields.Column;
import org.socialstrategy.attribution.data.JourneyAggregate;
import org.socialstrategy.attribution.data.PeriodGranularity;
import org.socialstrategy.attribution.data.TimeDecayCredit;
import org.socialstrategy.attribution.model.AttributionModel;
import org.socialstrategy.io.StrategyFileException;
import org.socialstrategy.model.TouchpointMapping;

/**
 * The attribution engine with Spark doing the part that grows with events: touchpoints become
 * events, events become journeys (a window per journey, in the engine's total order), journeys
 * become paths cut by the lookback window and at conversions, and paths are counted per period, on
 * the cluster. The counts, a {@link JourneyAggregate} as the in-process engine makes it, are
 * collected to the driver, where the attribution module's own models run on them.
 *
 * <pre>{@code
 * SparkAttribution attribution = SparkAttribution.of(options).withMapping(mapping);
 * JourneyAggregate aggregate = attribution.aggregate(spark.read().parquet(path), path);
 * AttributionResult result = attribution.attribute(Markov.order(2), aggregate);
 * List<Observation> evidence = AttributionObservations.of(result, mapping);
 * }</pre>
 *
 * <p>With a mapping, the keys that map to one tactic are counted as one key (the first of them in
 * text order) before paths are counted, so that the driver receives a path table over tactics and
 * unmapped keys rather than over every key; attributing it with the same mapping gives what the
 * in-process engine gives. Immutable; its methods may be called from several threads.
 */
public final class SparkAttribution {

  private static final int MILLIS_PER_DAY = 86_400_000;

  private final AggregationOptions options;
  private final TouchpointMapping mapping;

  private SparkAttribution(AggregationOptions options, TouchpointMapping mapping) {
    this.options = Objects.requireNonNull(options, "options");
    this.mapping = mapping;
  }

  /**
   * Returns attribution to touchpoint keys with the given options.
   *
   * @param options the lookback window, periods, zone, half-lives and limits, as in process
   * @return the engine
   */
  public static SparkAttribution of(AggregationOptions options) {
    return new SparkAttribution(options, null);
  }

  /**
   * Returns this engine attributing to the tactics of a mapping.
   *
   * @param mapping the strategy's touchpoint-to-tactic mapping
   * @return the engine
   * @throws IllegalArgumentException if a rule of the mapping is malformed
   */
  public SparkAttribution withMapping(TouchpointMapping mapping) {
    Attribution.mapped(mapping);
    return new SparkAttribution(options, mapping);
  }

  /**
   * Returns the options.
   *
   * @return the options
   */
  public AggregationOptions options() {
    return options;
  }

  /**
   * Returns the mapping.
   *
   * @return the mapping, if attribution is to tactics
   */
  public Optional<TouchpointMapping> mapping() {
    return Optional.ofNullable(mapping);
  }

  /**
   * Returns the in-process engine that runs the models on collected aggregates.
   *
   * @return the engine, mapped like this one
   */
  public Attribution engine() {
    return mapping == null ? Attribution.byKey() : Attribution.mapped(mapping);
  }

  /**
   * Reads touchpoints, with the columns of the attribution module's event-level input (found by any
   * of their names: {@code journey_id}, {@code timestamp}, {@code channel} or {@code source}/{@code
   * medium}/{@code campaign}, {@code conversion} or {@code event_type}, {@code value}), into
   * events. Text cells are read by the same rules as {@code EventCsv}; a timestamp column may also
   * be a Spark timestamp (an instant), a timestamp without zone or a date (read in the options'
   * zone); flags and values may be booleans and numbers.
   *
   * @param input the touchpoints
   * @param sourceName the name problems are reported under, such as the input's path
   * @return the events, lazily
   * @throws StrategyFileException if a required column is missing, a column's role is repeated, or
   *     a column has a type that cannot hold its content
   */
  public SparkEvents read(Dataset<Row> input, String sourceName) {
    StructType schema = input.schema();
    Map<Column, Integer> columns = columns(schema, sourceName);
    SparkSession spark = input.sparkSession();
    CollectionAccumulator<String> problems =
        spark.sparkContext().collectionAccumulator("attribution input problems");
    LongAccumulator count = spark.sparkContext().longAccumulator("attribution input problem count");
    int maxProblems = options.limits().maxProblems();
    EventRows rows =
        new EventRows(
            columns,
            EventRows.names(schema, columns),
            options.zone(),
            options.limits().maxNumberLength(),
            maxProblems,
            problems,
            count);
    Dataset<Row> events = input.flatMap(rows, org.apache.spark.sql.Encoders.row(EventRows.SCHEMA));
    return new SparkEvents(events, sourceName, maxProblems, problems, count);
  }

  private Map<Column, Integer> columns(StructType schema, String sourceName) {
    Map<Column, Integer> columns = new EnumMap<>(Column.class);
    List<String> problems = new ArrayList<>();
    StructField[] fields = schema.fields();
    for (int index = 0; index < fields.length; index++) {
      Optional<Column> role = Column.of(fields[index].name());
      if (role.isEmpty()) {
        continue;
      }
      Integer before = columns.putIfAbsent(role.get(), index);
      if (before != null) {
        problems.add(
            "column '"
                + fields[index].name()
                + "' repeats the role of column '"
                + fields[before].name()
                + "'; keep one of them");
        continue;
      }
      String typeProblem = typeProblem(role.get(), fields[index]);
      if (typeProblem != null) {
        problems.add(typeProblem);
      }
    }
    require(columns, problems, Column.JOURNEY, "the journey or customer each event belongs to");
    require(columns, problems, Column.TIME, "when each event happened");
    if (!columns.containsKey(Column.CHANNEL)
        && !columns.containsKey(Column.SOURCE)
        && !columns.containsKey(Column.MEDIUM)
        && !columns.containsKey(Column.CAMPAIGN)) {
      problems.add(
          "missing column 'channel' (or 'source', 'medium' and 'campaign'): what each touchpoint"
              + " was; name it channel, touchpoint or key, or source, medium and campaign");
    }
    if (!columns.containsKey(Column.CONVERSION) && !columns.containsKey(Column.EVENT_TYPE)) {
      problems.add(
          "missing column 'conversion' (or 'event_type'): which rows are conversions; a"
              + " conversion column holds true or false, an event_type column touch or conversion");
    }
    if (!problems.isEmpty()) {
      throw new StrategyFileException(
          problems.stream().map(p -> SparkEvents.problem(sourceName, p)).toList(), 0);
    }
    return columns;
  }

  private static void require(
      Map<Column, Integer> columns, List<String> problems, Column column, String what) {
    if (!columns.containsKey(column)) {
      problems.add(
          "missing column '"
              + column.names().get(0)
              + "': "
              + what
              + "; name it "
              + String.join(", ", column.names()));
    }
  }

  private static String typeProblem(Column role, StructField field) {
    DataType type = field.dataType();
    boolean text = type.equals(DataTypes.StringType);
    boolean ok =
        switch (role) {
          case TIME ->
              text
                  || type.equals(DataTypes.TimestampType)
                  || type.equals(DataTypes.TimestampNTZType)
                  || type.equals(DataTypes.DateType);
          case CONVERSION -> text || type.equals(DataTypes.BooleanType) || isWhole(type);
          case VALUE ->
              text
                  || isWhole(type)
                  || type instanceof org.apache.spark.sql.types.DecimalType
                  || type.equals(DataTypes.DoubleType)
                  || type.equals(DataTypes.FloatType);
          case JOURNEY -> text || isWhole(type);
          default -> text;
        };
    return ok
        ? null
        : "column '"
            + field.name()
            + "' has type "
            + type.simpleString()
            + ", which cannot hold "
            + (role == Column.TIME ? "a timestamp (use a timestamp, a date or text)" : "its cells");
  }

  private static boolean isWhole(DataType type) {
    return type.equals(DataTypes.IntegerType)
        || type.equals(DataTypes.LongType)
        || type.equals(DataTypes.ShortType)
        || type.equals(DataTypes.ByteType);
  }

  /**
   * Builds journeys from events and cuts them into paths, one row per path: the journey, {@code
   * converts} (1 when the path ends in a conversion), its {@code value} (exact decimal text), the
   * {@code end} (the conversion's instant, or the last touch's for a path that ends in nothing, in
   * epoch milliseconds), its {@code day} and the first day of its {@code period} (epoch days in the
   * options' zone), and the {@code steps} (key texts) and {@code times} of its touches within the
   * lookback window. A conversion with no touch in its window has no steps.
   *
   * <p>Each journey's events are ordered by a window in the engine's total order: timestamp, then
   * touches before conversions, then touches by key text and conversions by value.
   *
   * @param events the events
   * @return the paths, lazily
   */
  public Dataset<Row> paths(SparkEvents events) {
    WindowSpec before =
        Window.partitionBy("journey")
            .orderBy("millis", "kind", "key_order", "value_order")
            .rowsBetween(Window.unboundedPreceding(), -1);
    Dataset<Row> segments =
        events.dataset().withColumn("seg", coalesce(sum(col("kind")).over(before), lit(0L)));
    Dataset<Row> grouped =
        segments
            .groupBy("journey", "seg")
            .agg(
                max("kind").as("converts"),
                max(when(col("kind").equalTo(1), col("millis"))).as("conversion_millis"),
                max(when(col("kind").equalTo(1), col("value"))).as("value"),
                collect_list(
                        when(
                            col("kind").equalTo(0),
                            struct(col("millis"), col("key_order"), col("key"))))
                    .as("touches"),
                max(when(col("kind").equalTo(0), col("millis"))).as("last_touch"));
    Dataset<Row> ended =
        grouped.withColumn(
            "end",
            when(col("converts").equalTo(1), col("conversion_millis"))
                .otherwise(col("last_touch")));
    String window =
        options
            .lookback()
            .map(d -> "filter(touches, t -> t.millis >= end - " + d.toMillis() + "L)")
            .orElse("touches");
    ZoneId zone = options.zone();
    UDF1<Long, Integer> epochDay =
        zone.equals(ZoneOffset.UTC)
            ? millis -> (int) Math.floorDiv(millis, MILLIS_PER_DAY)
            : millis ->
                (int)
                    java.time.Instant.ofEpochMilli(millis).atZone(zone).toLocalDate().toEpochDay();
    Dataset<Row> sorted =
        ended
            .withColumn("touches", expr("array_sort(" + window + ")"))
            .withColumn("day", functions.udf(epochDay, DataTypes.IntegerType).apply(col("end")));
    return sorted
        .withColumn("period", period(options.granularity()))
        .select(
            col("journey"),
            col("converts"),
            col("value"),
            col("end"),
            col("day"),
            col("period"),
            expr("transform(touches, t -> t.key)").as("steps"),
            expr("transform(touches, t -> t.millis)").as("times"));
  }

  private static org.apache.spark.sql.Column period(PeriodGranularity granularity) {
    return switch (granularity) {
      case WHOLE -> lit(0);
      case MONTH -> expr("unix_date(trunc(date_from_unix_date(day), 'MM'))");
      case QUARTER -> expr("unix_date(trunc(date_from_unix_date(day), 'QUARTER'))");
      case YEAR -> expr("unix_date(trunc(date_from_unix_date(day), 'YEAR'))");
    };
  }

  /**
   * Reads touchpoints and aggregates their journeys on Spark, then collects the aggregate.
   *
   * @param input the touchpoints (see {@link #read(Dataset, String)})
   * @param sourceName the name problems are reported under
   * @return the aggregate, equal to the in-process engine's for the same events (with a mapping, to
   *     it with the keys of each tactic counted as one)
   * @throws StrategyFileException if the input has problems or passes a limit
   */
  public JourneyAggregate aggregate(Dataset<Row> input, String sourceName) {
    SparkEvents events = read(input, sourceName);
    return aggregate(events, paths(events));
  }

  /**
   * Counts paths, untouched conversions and time decay credits per period on Spark and collects
   * them.
   *
   * @param events the events the paths were built from, for their problems
   * @param paths the paths of {@link #paths(SparkEvents)}
   * @return the aggregate
   * @throws StrategyFileException if the input has problems or passes a limit
   */
  public JourneyAggregate aggregate(SparkEvents events, Dataset<Row> paths) {
    return PathRecords.collect(this, events, paths);
  }

  /**
   * Attributes an aggregate with a model, with the attribution module's own code.
   *
   * @param model the model
   * @param aggregate the aggregate
   * @return the result
   */
  public AttributionResult attribute(AttributionModel model, JourneyAggregate aggregate) {
    return engine().attribute(model, aggregate);
  }

  /**
   * Attributes an aggregate with several models and compares them against last touch.
   *
   * @param models the models
   * @param aggregate the aggregate
   * @return the comparison
   */
  public ModelComparison compare(List<AttributionModel> models, JourneyAggregate aggregate) {
    return engine().compare(models, aggregate);
  }

  /** Returns the units of time decay credit of each step for each half-life. */
  static long[][] decayUnits(scala.collection.Seq<Object> times, List<Duration> halfLives) {
    long[] millis = new long[times.length()];
    for (int i = 0; i < millis.length; i++) {
      millis[i] = (Long) times.apply(i);
    }
    long[][] units = new long[halfLives.size()][];
    for (int h = 0; h < units.length; h++) {
      units[h] = TimeDecayCredit.split(millis, halfLives.get(h));
    }
    return units;
  }
}
