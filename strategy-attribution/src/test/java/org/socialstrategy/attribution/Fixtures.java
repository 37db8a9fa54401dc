package org.socialstrategy.attribution;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.socialstrategy.attribution.data.AggregationOptions;
import org.socialstrategy.attribution.data.Event;
import org.socialstrategy.attribution.data.JourneyAggregate;
import org.socialstrategy.attribution.data.JourneyAggregator;
import org.socialstrategy.attribution.data.PathTable;
import org.socialstrategy.attribution.data.TouchpointKey;
import org.socialstrategy.testkit.JourneyRow;
import org.socialstrategy.testkit.PathRow;

/** Adapts the testkit's neutral rows to attribution input. */
final class Fixtures {

  private Fixtures() {}

  static PathTable table(List<PathRow> rows) {
    PathTable.Builder builder = PathTable.builder();
    for (PathRow row : rows) {
      builder.add(row.steps(), row.conversions(), row.value(), row.nulls());
    }
    return builder.build();
  }

  static PathRow row(String path, long conversions, String value, long nulls) {
    return new PathRow(Arrays.asList(path.split(" > ")), conversions, new BigDecimal(value), nulls);
  }

  static Event event(JourneyRow row) {
    return row.conversion()
        ? Event.conversion(row.journey(), row.time(), row.value())
        : Event.touch(row.journey(), row.time(), TouchpointKey.channel(row.channel()));
  }

  static JourneyAggregate aggregate(List<JourneyRow> rows, AggregationOptions options) {
    JourneyAggregator aggregator = JourneyAggregator.create(options);
    for (JourneyRow row : rows) {
      aggregator.accept(event(row));
    }
    return aggregator.finish();
  }
}
