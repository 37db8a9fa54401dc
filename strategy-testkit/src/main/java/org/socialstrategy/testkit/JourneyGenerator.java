package org.socialstrategy.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Makes customer journeys from a seed, with a realistic mix of channels and a planted truth, at any
 * size: the same seed and settings always give the same rows, streamed one journey at a time, so
 * ten million touchpoints go to a file in constant memory.
 *
 * <p>The planted truth: {@value #LIFT} really lifts conversion (a journey it reaches converts
 * {@code lift} times as often, and a touch always follows it, so it is never the last touch);
 * {@value #NOISE} does nothing for conversion but tends to come just before it (it closes {@code
 * noiseBeforeConversion} of converting journeys and only {@code noiseBeforeNull} of the others).
 * Last touch credits the noise and not the lift; models that look at whole journeys should rank the
 * lift above the noise.
 *
 * <p>Journeys have ids {@code j000000001}, {@code j000000002}, ... in order, and each journey's
 * rows are in time order, so the output is sorted by journey. A journey has one to twelve touches
 * of the base channels (organic search the most common, affiliate the rarest; with {@code channels}
 * above the eight base channels, partner channels are added), a few hours to days apart, and ends
 * in at most one conversion, fifteen minutes after its last touch, worth 20 to about 300.
 *
 * <pre>{@code
 * JourneyGenerator generator = JourneyGenerator.builder().seed(7).touchpoints(10_000_000).build();
 * try (Writer out = Files.newBufferedWriter(path)) {
 *   generator.writeCsv(out);
 * }
 * }</pre>
 */
public final class JourneyGenerator {

  /** The channel that really lifts conversion. */
  public static final String LIFT = "email";

  /** The channel that comes before conversions without causing them. */
  public static final String NOISE = "retargeting";

  /** The base channels, most common first. */
  public static final List<String> BASE_CHANNELS =
      List.of(
          "organic-search",
          "paid-search",
          "social",
          "direct",
          "display",
          "referral",
          "video",
          "affiliate");

  private static final double[] BASE_WEIGHTS = {0.26, 0.2, 0.15, 0.12, 0.1, 0.08, 0.05, 0.04};

  private final long seed;
  private final long journeys;
  private final long touchpoints;
  private final Instant start;
  private final int spanDays;
  private final double baseRate;
  private final double lift;
  private final double liftReach;
  private final double noiseBeforeConversion;
  private final double noiseBeforeNull;
  private final List<String> channels;
  private final double[] cumulative;

  private JourneyGenerator(Builder builder) {
    this.seed = builder.seed;
    this.journeys = builder.journeys;
    this.touchpoints = builder.touchpoints;
    this.start = builder.start;
    this.spanDays = builder.spanDays;
    this.baseRate = builder.baseRate;
    this.lift = builder.lift;
    this.liftReach = builder.liftReach;
    this.noiseBeforeConversion = builder.noiseBeforeConversion;
    this.noiseBeforeNull = builder.noiseBeforeNull;
    int base = Math.min(builder.channels, BASE_CHANNELS.size());
    List<String> all = new ArrayList<>(BASE_CHANNELS.subList(0, base));
    List<Double> weights = new ArrayList<>();
    for (int i = 0; i < base; i++) {
      weights.add(BASE_WEIGHTS[i]);
    }
    for (int i = BASE_CHANNELS.size(); i < builder.channels; i++) {
      all.add(String.format(Locale.ROOT, "partner-%02d", i - BASE_CHANNELS.size() + 1));
      weights.add(0.3 / (i - BASE_CHANNELS.size() + 2));
    }
    this.channels = List.copyOf(all);
    this.cumulative = new double[all.size()];
    double sum = weights.stream().mapToDouble(Double::doubleValue).sum();
    double running = 0;
    for (int i = 0; i < all.size(); i++) {
      running += weights.get(i) / sum;
      cumulative[i] = running;
    }
    cumulative[all.size() - 1] = 1;
  }

  /**
   * Returns a new builder: seed 42, 1,000 journeys, from 2027-01-01 over a year, a 4% base rate,
   * the lift channel reaching 40% of journeys and lifting five times, the noise channel closing 25%
   * of converting journeys and 15% of the others, the eight base channels.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the channels touches are drawn from, besides {@value #LIFT} and {@value #NOISE}.
   *
   * @return the channels
   */
  public List<String> channels() {
    return channels;
  }

  /**
   * Hands every row to the consumer, journey by journey, in order.
   *
   * @param rows receives the rows
   */
  public void forEach(Consumer<JourneyRow> rows) {
    SplittableRandom random = new SplittableRandom(seed);
    long spanMillis = spanDays * 86_400_000L;
    long touched = 0;
    List<String> path = new ArrayList<>();
    for (long j = 1; journeys > 0 ? j <= journeys : touched < touchpoints; j++) {
      String id = String.format(Locale.ROOT, "j%09d", j);
      int length = 1;
      while (length < 12 && random.nextDouble() < 0.55) {
        length++;
      }
      path.clear();
      for (int i = 0; i < length; i++) {
        path.add(channel(random.nextDouble()));
      }
      boolean reached = random.nextDouble() < liftReach;
      if (reached) {
        path.add(random.nextInt(length), LIFT);
      }
      boolean converts = random.nextDouble() < baseRate * (reached ? lift : 1);
      if (random.nextDouble() < (converts ? noiseBeforeConversion : noiseBeforeNull)) {
        path.add(NOISE);
      }
      long time = start.toEpochMilli() + (long) (random.nextDouble() * spanMillis);
      for (String channel : path) {
        time += 60_000L + (long) (-Math.log(1 - random.nextDouble()) * 20 * 3_600_000L);
        rows.accept(
            new JourneyRow(id, Instant.ofEpochMilli(time), channel, false, BigDecimal.ZERO));
      }
      touched += path.size();
      if (converts) {
        BigDecimal value =
            BigDecimal.valueOf(20 + Math.min(280, -Math.log(1 - random.nextDouble()) * 60))
                .setScale(2, RoundingMode.HALF_EVEN);
        rows.accept(new JourneyRow(id, Instant.ofEpochMilli(time + 900_000L), null, true, value));
      }
    }
  }

  private String channel(double draw) {
    for (int i = 0; i < cumulative.length; i++) {
      if (draw < cumulative[i]) {
        return channels.get(i);
      }
    }
    return channels.get(channels.size() - 1);
  }

  /**
   * Returns every row; for small sizes.
   *
   * @return the rows, journey by journey
   */
  public List<JourneyRow> rows() {
    List<JourneyRow> rows = new ArrayList<>();
    forEach(rows::add);
    return rows;
  }

  /**
   * Writes the rows as an events CSV: {@code journey_id,timestamp,channel,conversion,value}.
   *
   * @param out where to write
   * @return the number of touchpoints written
   * @throws UncheckedIOException if writing fails
   */
  public long writeCsv(Writer out) {
    long[] touches = new long[1];
    try {
      out.write("journey_id,timestamp,channel,conversion,value\n");
      forEach(
          row -> {
            try {
              out.write(row.journey());
              out.write(',');
              out.write(row.time().toString());
              out.write(',');
              if (row.conversion()) {
                out.write(",true,");
                out.write(row.value().toPlainString());
              } else {
                out.write(row.channel());
                out.write(",false,");
                touches[0]++;
              }
              out.write('\n');
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return touches[0];
  }

  /** Builds a {@link JourneyGenerator}. */
  public static final class Builder {
    private long seed = 42;
    private long journeys = 1_000;
    private long touchpoints;
    private Instant start = Instant.parse("2027-01-01T00:00:00Z");
    private int spanDays = 365;
    private double baseRate = 0.04;
    private double lift = 5;
    private double liftReach = 0.4;
    private double noiseBeforeConversion = 0.25;
    private double noiseBeforeNull = 0.15;
    private int channels = BASE_CHANNELS.size();

    Builder() {}

    /**
     * Sets the seed.
     *
     * @param seed the seed
     * @return this builder
     */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * Makes a number of journeys.
     *
     * @param journeys at least 1
     * @return this builder
     */
    public Builder journeys(long journeys) {
      if (journeys < 1) {
        throw new IllegalArgumentException("journeys must be at least 1: " + journeys);
      }
      this.journeys = journeys;
      this.touchpoints = 0;
      return this;
    }

    /**
     * Makes journeys until at least this many touchpoints are made (the last journey is whole).
     *
     * @param touchpoints at least 1
     * @return this builder
     */
    public Builder touchpoints(long touchpoints) {
      if (touchpoints < 1) {
        throw new IllegalArgumentException("touchpoints must be at least 1: " + touchpoints);
      }
      this.touchpoints = touchpoints;
      this.journeys = 0;
      return this;
    }

    /**
     * Sets when journeys start and over how many days.
     *
     * @param start the earliest start
     * @param spanDays the days starts spread over, at least 1
     * @return this builder
     */
    public Builder period(Instant start, int spanDays) {
      if (spanDays < 1) {
        throw new IllegalArgumentException("span must be at least 1 day: " + spanDays);
      }
      this.start = start;
      this.spanDays = spanDays;
      return this;
    }

    /**
     * Sets the conversion rate of journeys the lift channel does not reach.
     *
     * @param rate in (0, 1)
     * @return this builder
     */
    public Builder baseRate(double rate) {
      this.baseRate = rate;
      return this;
    }

    /**
     * Sets how many times as often a journey the lift channel reaches converts, and how many
     * journeys it reaches.
     *
     * @param lift the factor, at least 1
     * @param reach the share of journeys reached, in [0, 1]
     * @return this builder
     */
    public Builder lift(double lift, double reach) {
      this.lift = lift;
      this.liftReach = reach;
      return this;
    }

    /**
     * Sets how often the noise channel closes converting journeys and the others.
     *
     * @param beforeConversion the share of converting journeys it closes
     * @param beforeNull the share of other journeys it closes
     * @return this builder
     */
    public Builder noise(double beforeConversion, double beforeNull) {
      this.noiseBeforeConversion = beforeConversion;
      this.noiseBeforeNull = beforeNull;
      return this;
    }

    /**
     * Sets how many channels touches are drawn from; above eight, partner channels are added.
     *
     * @param channels 1 to 99
     * @return this builder
     */
    public Builder channels(int channels) {
      if (channels < 1 || channels > 99) {
        throw new IllegalArgumentException("channels must be 1 to 99: " + channels);
      }
      this.channels = channels;
      return this;
    }

    /**
     * Returns the generator.
     *
     * @return the generator
     */
    public JourneyGenerator build() {
      return new JourneyGenerator(this);
    }
  }
}
