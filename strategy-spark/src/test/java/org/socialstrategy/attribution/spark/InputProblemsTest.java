package org.socialstrategy.attribution.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.socialstrategy.attribution.data.AggregationOptions;
import org.socialstrategy.attribution.data.InputLimits;
import org.socialstrategy.io.StrategyFileException;

/** Bad input is refused with every problem named, by row, column and rule, never half-read. */
class InputProblemsTest {

  private final SparkSession spark = LocalSpark.session();

  @Test
  void namesEachBadCellWithItsRowAndColumn() {
    Dataset<Row> input =
        csv(
            "journey_id,timestamp,channel,conversion,value",
            "c1,yesterday,email,false,",
            "c1,2027-03-01T10:00:00Z,email,maybe,",
            "c2,2027-03-01T10:00:00Z,,false,",
            "c2,2027-03-02T10:00:00Z,,true,-5",
            "c3,2027-03-02T10:00:00Z,a > b,false,",
            "c3,2027-03-02T11:00:00Z,email,false,12",
            "c4,2027-03-03T10:00:00Z,email,false,");

    StrategyFileException e =
        assertThrows(
            StrategyFileException.class,
            () ->
                SparkAttribution.of(AggregationOptions.defaults()).aggregate(input, "events.csv"));

    assertEquals(
        List.of(
            "events.csv: row of journey 'c1' at '2027-03-01T10:00:00Z': column 'conversion':"
                + " 'maybe' is not a conversion flag (expected true or false, 1 or 0, yes or no)",
            "events.csv: row of journey 'c1' at 'yesterday': column 'timestamp': 'yesterday' is"
                + " not a timestamp (expected an ISO instant such as 2027-03-01T10:15:30Z, a local"
                + " date-time such as 2027-03-01 10:15:30, or a date)",
            "events.csv: row of journey 'c2' at '2027-03-01T10:00:00Z': column 'channel': missing"
                + " touchpoint: a touch names its channel, or its source and medium",
            "events.csv: row of journey 'c2' at '2027-03-02T10:00:00Z': column 'value':"
                + " conversion value must not be negative: -5",
            "events.csv: row of journey 'c3' at '2027-03-02T10:00:00Z': column 'channel':"
                + " touchpoint 'a > b' holds '>' or ' / ', which separate path steps and key parts"
                + " (replace them in the export)",
            "events.csv: row of journey 'c3' at '2027-03-02T11:00:00Z': column 'value': a touch"
                + " has no value: 12 (conversion values go on conversion rows)"),
        e.problems().stream().map(SparkEvents::describe).toList());
  }

  @Test
  void namesMissingColumnsBeforeReadingAnyRow() {
    Dataset<Row> input = csv("customer,when,medium,kind", "c1,2027-03-01,email,touch");

    StrategyFileException e =
        assertThrows(
            StrategyFileException.class,
            () -> SparkAttribution.of(AggregationOptions.defaults()).read(input, "events.csv"));

    assertEquals(
        List.of(
            "events.csv: missing column 'timestamp': when each event happened; name it timestamp,"
                + " time, event_time, datetime, date",
            "events.csv: missing column 'conversion' (or 'event_type'): which rows are"
                + " conversions; a conversion column holds true or false, an event_type column"
                + " touch or conversion"),
        e.problems().stream().map(SparkEvents::describe).toList());
  }

  @Test
  void refusesPathsLongerThanTheLimit() {
    Dataset<Row> input =
        csv(
            "journey_id,timestamp,channel,conversion,value",
            "c1,2027-03-01T10:00:00Z,email,false,",
            "c1,2027-03-01T11:00:00Z,search,false,",
            "c1,2027-03-01T12:00:00Z,display,false,",
            "c1,2027-03-01T13:00:00Z,,true,20");
    AggregationOptions options =
        AggregationOptions.defaults().withLimits(InputLimits.defaults().withMaxPathSteps(2));

    StrategyFileException e =
        assertThrows(
            StrategyFileException.class,
            () -> SparkAttribution.of(options).aggregate(input, "events.csv"));

    assertEquals(
        "events.csv: 1 path has more touches than the limit of 2 (the longest 3); the first is"
            + " in journey 'c1'",
        SparkEvents.describe(e.problems().get(0)));
  }

  private Dataset<Row> csv(String... lines) {
    Dataset<String> text = spark.createDataset(List.of(lines), Encoders.STRING());
    return spark.read().option("header", "true").option("escape", "\"").csv(text);
  }
}
