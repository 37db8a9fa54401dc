package org.socialstrategy.benchmarks;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import org.openjdk.jol.info.GraphLayout;
import org.socialstrategy.attribution.data.AggregationOptions;
import org.socialstrategy.attribution.data.EventCsv;
import org.socialstrategy.attribution.data.JourneyAggregate;
import org.socialstrategy.attribution.data.JourneyOrder;
import org.socialstrategy.attribution.data.PathTable;
import org.socialstrategy.testkit.JourneyGenerator;
import org.socialstrategy.testkit.PathRow;
import org.socialstrategy.testkit.PathTableGenerator;

/**
 * Measures the memory attribution aggregates retain, per distinct path: a path table of 100,000
 * distinct paths over 20 channels, and the aggregate of 1,000,000 generated touchpoints. Run with
 * {@code java -cp benchmarks/target/benchmarks.jar
 * org.socialstrategy.benchmarks.AttributionMemory}.
 */
public final class AttributionMemory {

  private AttributionMemory() {}

  /**
   * Prints the retained bytes, in all and per distinct path.
   *
   * @param args unused
   * @throws IOException never, the input is in memory
   */
  public static void main(String[] args) throws IOException {
    PathTable.Builder builder = PathTable.builder();
    for (PathRow row : PathTableGenerator.generate(100_000, 20, 42)) {
      builder.add(row.steps(), row.conversions(), row.value(), row.nulls());
    }
    PathTable table = builder.build();
    print("path table", table.size(), GraphLayout.parseInstance(table).totalSize());
    StringWriter out = new StringWriter();
    JourneyGenerator.builder().seed(42).touchpoints(1_000_000).build().writeCsv(out);
    JourneyAggregate aggregate =
        EventCsv.read(
            new StringReader(out.toString()),
            "events.csv",
            AggregationOptions.defaults().withOrder(JourneyOrder.SORTED_BY_JOURNEY));
    print(
        "aggregate of 1,000,000 touchpoints",
        aggregate.paths().size(),
        GraphLayout.parseInstance(aggregate).totalSize());
  }

  private static void print(String what, int paths, long bytes) {
    System.out.printf(
        "%s: %d distinct paths, %d bytes retained, %d bytes per distinct path%n",
        what, paths, bytes, bytes / paths);
  }
}
