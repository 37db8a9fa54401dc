package org.socialstrategy.testkit;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators of customer journeys and path tables, in neutral rows that attribution
 * code adapts. Sizes shrink towards the smallest input.
 *
 * <pre>{@code
 * qt().forAll(JourneyGens.pathTables(6, 30)).checkAssert(rows -> ...);
 * }</pre>
 */
public final class JourneyGens {

  private JourneyGens() {}

  /**
   * Returns path tables of up to {@code maxPaths} rows over up to {@code maxChannels} channels
   * ({@code c0}, {@code c1}, ...): paths of one to six steps, zero to five conversions (worth a
   * whole number from 0 to 100 each) and zero to five nulls. Rows may repeat a path.
   *
   * @param maxChannels the most channels, at least 1
   * @param maxPaths the most rows, at least 1
   * @return the generator
   */
  public static Gen<List<PathRow>> pathTables(int maxChannels, int maxPaths) {
    Gen<List<Integer>> steps =
        lists().of(integers().between(0, maxChannels - 1)).ofSizeBetween(1, 6);
    Gen<PathRow> row =
        steps.zip(
            integers().between(0, 5),
            integers().between(0, 100),
            integers().between(0, 5),
            (channels, conversions, each, nulls) -> {
              List<String> names = new ArrayList<>();
              for (int channel : channels) {
                names.add("c" + channel);
              }
              return new PathRow(
                  names, conversions, BigDecimal.valueOf((long) conversions * each), nulls);
            });
    return lists().of(row).ofSizeBetween(1, maxPaths);
  }

  /**
   * Returns the events of up to {@code maxJourneys} journeys made by {@link JourneyGenerator} from
   * a drawn seed, over up to {@code maxChannels} base channels, within a year.
   *
   * @param maxChannels the most base channels, 1 to 8
   * @param maxJourneys the most journeys, at least 1
   * @return the generator; each example prints its seed and size
   */
  public static Gen<GeneratedJourneys> journeys(int maxChannels, int maxJourneys) {
    return longs()
        .all()
        .zip(
            integers().between(1, maxJourneys),
            integers().between(1, maxChannels),
            (seed, journeys, channels) -> new GeneratedJourneys(seed, journeys, channels));
  }

  /**
   * The events of a generated set of journeys, with the settings that make them again.
   *
   * @param seed the seed
   * @param journeys the number of journeys
   * @param channels the number of base channels
   */
  public record GeneratedJourneys(long seed, int journeys, int channels) {

    /**
     * Returns the events.
     *
     * @return the rows, journey by journey
     */
    public List<JourneyRow> rows() {
      return JourneyGenerator.builder()
          .seed(seed)
          .journeys(journeys)
          .channels(channels)
          .baseRate(0.3)
          .build()
          .rows();
    }

    /** Returns the settings: {@code journeys(seed=.., journeys=.., channels=..)}. */
    @Override
    public String toString() {
      return String.format(
          Locale.ROOT, "journeys(seed=%d, journeys=%d, channels=%d)", seed, journeys, channels);
    }
  }
}
