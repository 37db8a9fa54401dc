package org.socialstrategy.benchmarks;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.socialstrategy.attribution.data.AggregationOptions;
import org.socialstrategy.attribution.data.EventCsv;
import org.socialstrategy.attribution.data.JourneyAggregate;
import org.socialstrategy.attribution.data.JourneyOrder;
import org.socialstrategy.testkit.JourneyGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Aggregating an events CSV of 1,000,000 touchpoints into journeys and path tables on one thread,
 * beside its floor: Jackson's CSV parser reading every token of the same text, binding nothing.
 * Scores are per touchpoint, so their reciprocals are touchpoints per second.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
public class AggregationBenchmarks {

  /** The touchpoints of the generated input. */
  static final int TOUCHPOINTS = 1_000_000;

  private String csv;
  private final CsvMapper mapper = new CsvMapper();

  /** Creates the benchmarks; JMH calls {@link #prepare()} first. */
  public AggregationBenchmarks() {}

  /** Generates the events, sorted by journey as the testkit writes them. */
  @Setup(Level.Trial)
  public void prepare() {
    StringWriter out = new StringWriter(TOUCHPOINTS * 48);
    JourneyGenerator.builder().seed(42).touchpoints(TOUCHPOINTS).build().writeCsv(out);
    csv = out.toString();
  }

  /**
   * Reads and aggregates the events, streaming one journey at a time.
   *
   * @return the aggregate
   * @throws IOException never, the input is in memory
   */
  @Benchmark
  @OperationsPerInvocation(TOUCHPOINTS)
  public JourneyAggregate aggregateSorted() throws IOException {
    return EventCsv.read(
        new StringReader(csv),
        "events.csv",
        AggregationOptions.defaults().withOrder(JourneyOrder.SORTED_BY_JOURNEY));
  }

  /**
   * Reads and aggregates the events as if in any order, holding every journey to the end.
   *
   * @return the aggregate
   * @throws IOException never, the input is in memory
   */
  @Benchmark
  @OperationsPerInvocation(TOUCHPOINTS)
  public JourneyAggregate aggregateAnyOrder() throws IOException {
    return EventCsv.read(new StringReader(csv), "events.csv", AggregationOptions.defaults());
  }

  /**
   * The floor: every CSV token of the same text, with its characters, nothing bound.
   *
   * @return a count of characters, so the scan is not optimized away
   */
  @Benchmark
  @OperationsPerInvocation(TOUCHPOINTS)
  public long csvTokenScan() {
    long characters = 0;
    try (JsonParser parser =
        mapper
            .reader()
            .with(CsvSchema.emptySchema())
            .with(CsvReadFeature.WRAP_AS_ARRAY)
            .createParser(new StringReader(csv))) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.VALUE_STRING) {
          characters += parser.getStringLength();
        }
      }
    }
    return characters;
  }
}
