package org.socialstrategy.attribution.data;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.socialstrategy.model.DateRange;

/**
 * What aggregation keeps of a stream of events: per period, the table of distinct paths with their
 * conversions, value and nulls; the conversions that had no touchpoint before them; and the time
 * decay credits accumulated while journeys streamed. Memory holds these aggregates, never the
 * events.
 *
 * <p>Aggregates merge associatively and commutatively: input split into chunks that each hold whole
 * journeys (all events of a journey in one chunk), aggregated apart and merged, gives an aggregate
 * equal to that of the whole input. Immutable and safe to share between threads.
 */
public final class JourneyAggregate {

  private final AggregationOptions options;
  private final TreeMap<Integer, PathTable> tables;
  private final TreeMap<Integer, Long> untouchedConversions;
  private final TreeMap<Integer, BigDecimal> untouchedValue;
  private final List<TreeMap<Integer, TreeMap<String, TimeDecayCredit>>> decay;
  private final long firstDay;
  private final long lastDay;
  private volatile PathTable whole;

  JourneyAggregate(
      AggregationOptions options,
      TreeMap<Integer, PathTable> tables,
      TreeMap<Integer, Long> untouchedConversions,
      TreeMap<Integer, BigDecimal> untouchedValue,
      List<TreeMap<Integer, TreeMap<String, TimeDecayCredit>>> decay,
      long firstDay,
      long lastDay) {
    this.options = options;
    this.tables = tables;
    this.untouchedConversions = untouchedConversions;
    this.untouchedValue = untouchedValue;
    this.decay = decay;
    this.firstDay = firstDay;
    this.lastDay = lastDay;
  }

  /**
   * Returns the options the aggregate was made with.
   *
   * @return the options
   */
  public AggregationOptions options() {
    return options;
  }

  /**
   * Returns the periods that hold conversions or journeys, in order. With {@link
   * PeriodGranularity#WHOLE} there is one, from the first day seen to the last.
   *
   * @return the periods; empty for an aggregate of no journey
   */
  public List<DateRange> periods() {
    List<DateRange> periods = new ArrayList<>();
    for (Integer index : periodIndexes()) {
      periods.add(range(index));
    }
    return periods;
  }

  private List<Integer> periodIndexes() {
    TreeMap<Integer, Boolean> indexes = new TreeMap<>();
    tables.keySet().forEach(i -> indexes.put(i, true));
    untouchedConversions.keySet().forEach(i -> indexes.put(i, true));
    return new ArrayList<>(indexes.keySet());
  }

  private DateRange range(int index) {
    return options
        .granularity()
        .range(index, DateRange.of(LocalDate.ofEpochDay(firstDay), LocalDate.ofEpochDay(lastDay)));
  }

  private Integer index(DateRange period) {
    for (Integer index : periodIndexes()) {
      if (range(index).equals(period)) {
        return index;
      }
    }
    return null;
  }

  /**
   * Returns the table of all paths of all periods.
   *
   * @return the whole input's path table
   */
  public PathTable paths() {
    PathTable table = whole;
    if (table == null) {
      table =
          tables.size() == 1
              ? tables.firstEntry().getValue()
              : PathTable.merge(tables.values().toArray(new PathTable[0]));
      whole = table;
    }
    return table;
  }

  /**
   * Returns the table of the paths of one period.
   *
   * @param period one of {@link #periods()}
   * @return its path table; empty for a period not in the aggregate
   */
  public PathTable paths(DateRange period) {
    Integer index = index(period);
    PathTable table = index == null ? null : tables.get(index);
    return table == null ? PathTable.empty() : table;
  }

  /**
   * Returns the conversions that had no touchpoint in their lookback window.
   *
   * @return the count
   */
  public long untouchedConversions() {
    return untouchedConversions.values().stream().mapToLong(Long::longValue).sum();
  }

  /**
   * Returns the value of the conversions that had no touchpoint in their lookback window.
   *
   * @return the value, exact
   */
  public BigDecimal untouchedValue() {
    return untouchedValue.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /**
   * Returns the conversions of one period that had no touchpoint in their lookback window.
   *
   * @param period one of {@link #periods()}
   * @return the count
   */
  public long untouchedConversions(DateRange period) {
    Integer index = index(period);
    return index == null ? 0 : untouchedConversions.getOrDefault(index, 0L);
  }

  /**
   * Returns the time decay credits of every key over the whole input.
   *
   * @param halfLife one of {@link AggregationOptions#halfLives()}
   * @return the credits by key text
   * @throws IllegalArgumentException if no credits were accumulated for the half-life
   */
  public SortedMap<String, TimeDecayCredit> timeDecay(Duration halfLife) {
    TreeMap<String, TimeDecayCredit> sum = new TreeMap<>();
    for (TreeMap<String, TimeDecayCredit> credits : decayOf(halfLife).values()) {
      credits.forEach((key, credit) -> sum.merge(key, credit, TimeDecayCredit::plus));
    }
    return Collections.unmodifiableSortedMap(sum);
  }

  /**
   * Returns the time decay credits of every key in one period.
   *
   * @param halfLife one of {@link AggregationOptions#halfLives()}
   * @param period one of {@link #periods()}
   * @return the credits by key text; empty for a period not in the aggregate
   * @throws IllegalArgumentException if no credits were accumulated for the half-life
   */
  public SortedMap<String, TimeDecayCredit> timeDecay(Duration halfLife, DateRange period) {
    TreeMap<Integer, TreeMap<String, TimeDecayCredit>> credits = decayOf(halfLife);
    Integer index = index(period);
    TreeMap<String, TimeDecayCredit> found = index == null ? null : credits.get(index);
    return Collections.unmodifiableSortedMap(found == null ? new TreeMap<>() : found);
  }

  private TreeMap<Integer, TreeMap<String, TimeDecayCredit>> decayOf(Duration halfLife) {
    int at = options.halfLives().indexOf(halfLife);
    if (at < 0) {
      throw new IllegalArgumentException(
          "time decay with a half-life of "
              + halfLife
              + " was not accumulated; aggregation accumulated "
              + options.halfLives());
    }
    return decay.get(at);
  }

  /**
   * Returns this aggregate merged with another made with compatible options (the same lookback,
   * periods, zone and half-lives), as if their journeys had been aggregated together.
   *
   * @param other the other aggregate, of other journeys
   * @return the merged aggregate
   * @throws IllegalArgumentException if the options differ
   */
  public JourneyAggregate merge(JourneyAggregate other) {
    if (!options.compatibleWith(other.options)) {
      throw new IllegalArgumentException(
          "cannot merge aggregates made with different options: "
              + options
              + " and "
              + other.options);
    }
    TreeMap<Integer, PathTable> mergedTables = new TreeMap<>(tables);
    other.tables.forEach((index, table) -> mergedTables.merge(index, table, PathTable::merge));
    TreeMap<Integer, Long> convs = new TreeMap<>(untouchedConversions);
    other.untouchedConversions.forEach((index, count) -> convs.merge(index, count, Math::addExact));
    TreeMap<Integer, BigDecimal> values = new TreeMap<>(untouchedValue);
    other.untouchedValue.forEach((index, value) -> values.merge(index, value, BigDecimal::add));
    List<TreeMap<Integer, TreeMap<String, TimeDecayCredit>>> decays = new ArrayList<>();
    for (int h = 0; h < decay.size(); h++) {
      TreeMap<Integer, TreeMap<String, TimeDecayCredit>> merged = new TreeMap<>();
      for (Map<Integer, TreeMap<String, TimeDecayCredit>> side :
          List.of(decay.get(h), other.decay.get(h))) {
        side.forEach(
            (index, credits) -> {
              TreeMap<String, TimeDecayCredit> into =
                  merged.computeIfAbsent(index, i -> new TreeMap<>());
              credits.forEach((key, credit) -> into.merge(key, credit, TimeDecayCredit::plus));
            });
      }
      decays.add(merged);
    }
    return new JourneyAggregate(
        options,
        mergedTables,
        convs,
        values,
        decays,
        Math.min(firstDay, other.firstDay),
        Math.max(lastDay, other.lastDay));
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof JourneyAggregate)) {
      return false;
    }
    JourneyAggregate that = (JourneyAggregate) other;
    return options.compatibleWith(that.options)
        && tables.equals(that.tables)
        && untouchedConversions.equals(that.untouchedConversions)
        && untouchedValue().compareTo(that.untouchedValue()) == 0
        && decay.equals(that.decay)
        && (tables.isEmpty() && untouchedConversions.isEmpty()
            || firstDay == that.firstDay && lastDay == that.lastDay);
  }

  @Override
  public int hashCode() {
    return Objects.hash(tables, untouchedConversions, decay);
  }

  /**
   * Returns a builder of an aggregate from counts computed elsewhere, such as by a distributed job
   * that builds journeys by the same rules as {@link JourneyAggregator}.
   *
   * @param options the options the counts were made with
   * @return a builder
   */
  public static Builder builder(AggregationOptions options) {
    return new Builder(Objects.requireNonNull(options, "options"));
  }

  /**
   * Builds a {@link JourneyAggregate} from plain counts: the paths, untouched conversions and time
   * decay credits of each period, and the first and last day a path ended on. A period is named by
   * any of its days; what is added twice is added up. This is how a distributed job hands the
   * aggregates it computed to the models.
   *
   * <pre>{@code
   * JourneyAggregate aggregate =
   *     JourneyAggregate.builder(options)
   *         .days(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 31))
   *         .add(LocalDate.of(2027, 3, 1), List.of("email", "search"), 3, new BigDecimal("150"), 40)
   *         .addUntouched(LocalDate.of(2027, 3, 1), 2, new BigDecimal("60"))
   *         .addTimeDecay(Duration.ofDays(7), LocalDate.of(2027, 3, 1), "email", 1_200_000_000L,
   *             new BigDecimal("60"))
   *         .build();
   * }</pre>
   *
   * <p>Not thread-safe.
   */
  public static final class Builder {

    private final AggregationOptions options;
    private final KeyDictionary keys;
    private final TreeMap<Integer, PathTable.Builder> tables = new TreeMap<>();
    private final TreeMap<Integer, Long> untouchedConversions = new TreeMap<>();
    private final TreeMap<Integer, BigDecimal> untouchedValue = new TreeMap<>();
    private final List<TreeMap<Integer, TreeMap<String, TimeDecayCredit>>> decay =
        new ArrayList<>();
    private LocalDate firstDay;
    private LocalDate lastDay;

    private Builder(AggregationOptions options) {
      this.options = options;
      this.keys = new KeyDictionary(options.limits().maxKeys(), "distinct touchpoint keys");
      for (int h = 0; h < options.halfLives().size(); h++) {
        decay.add(new TreeMap<>());
      }
    }

    /**
     * Sets the first and the last day a path ended on (the day of a conversion, or of the last
     * touch of a journey that ended in nothing), in the options' zone; with {@link
     * PeriodGranularity#WHOLE} they make the one period.
     *
     * @param first the first day
     * @param last the last day, not before the first
     * @return this builder
     * @throws IllegalArgumentException if the last day is before the first
     */
    public Builder days(LocalDate first, LocalDate last) {
      if (last.isBefore(first)) {
        throw new IllegalArgumentException(
            "the last day " + last + " is before the first day " + first);
      }
      this.firstDay = first;
      this.lastDay = last;
      return this;
    }

    private int period(LocalDate day) {
      if (firstDay == null) {
        throw new IllegalStateException("set the first and last day before adding counts");
      }
      int index = options.granularity().index(day);
      if (index < options.granularity().index(firstDay)
          || index > options.granularity().index(lastDay)) {
        throw new IllegalArgumentException(
            "day " + day + " is in no period from " + firstDay + " to " + lastDay);
      }
      return index;
    }

    /**
     * Adds a path of a period with its counts.
     *
     * @param day a day of the period
     * @param steps the key texts of the path's steps, at least one
     * @param conversions the conversions it ended in, zero or more
     * @param value the total value of those conversions, zero or more
     * @param nulls the journeys along it that ended in nothing, zero or more
     * @return this builder
     * @throws IllegalArgumentException if a count or value is out of range, a step is not a key,
     *     the day is in no period of the days set, or a limit is passed
     * @throws IllegalStateException if the days are not set
     */
    public Builder add(
        LocalDate day, List<String> steps, long conversions, BigDecimal value, long nulls) {
      int index = period(day);
      tables
          .computeIfAbsent(index, i -> new PathTable.Builder(options.limits(), keys))
          .add(steps, conversions, value, nulls);
      return this;
    }

    /**
     * Adds conversions of a period that had no touchpoint in their lookback window.
     *
     * @param day a day of the period
     * @param conversions the conversions, one or more
     * @param value their value, zero or more
     * @return this builder
     * @throws IllegalArgumentException if the count or value is out of range, or the day is in no
     *     period of the days set
     * @throws IllegalStateException if the days are not set
     */
    public Builder addUntouched(LocalDate day, long conversions, BigDecimal value) {
      if (conversions < 1) {
        throw new IllegalArgumentException(
            "untouched conversions must be at least 1: " + conversions);
      }
      if (value.signum() < 0) {
        throw new IllegalArgumentException(
            "conversion value must not be negative: " + value.toPlainString());
      }
      int index = period(day);
      untouchedConversions.merge(index, conversions, Math::addExact);
      if (value.signum() != 0) {
        untouchedValue.merge(index, value, BigDecimal::add);
      }
      return this;
    }

    /**
     * Adds the time decay credit a key earned in a period: units of {@code 10^-9} conversions (see
     * {@link TimeDecayCredit#split(long[], Duration)}) and the value they carry.
     *
     * @param halfLife one of the options' half-lives
     * @param day a day of the period
     * @param key the key's text
     * @param units the units, zero or more
     * @param value the value, zero or more
     * @return this builder
     * @throws IllegalArgumentException if the half-life was not asked for, a count or value is
     *     negative, the key is not a key's text, or the day is in no period of the days set
     * @throws IllegalStateException if the days are not set
     */
    public Builder addTimeDecay(
        Duration halfLife, LocalDate day, String key, long units, BigDecimal value) {
      int at = options.halfLives().indexOf(halfLife);
      if (at < 0) {
        throw new IllegalArgumentException(
            "time decay with a half-life of "
                + halfLife
                + " is not among the options' half-lives "
                + options.halfLives());
      }
      if (units < 0 || value.signum() < 0) {
        throw new IllegalArgumentException(
            "time decay credit must not be negative: " + units + " units, " + value);
      }
      String text = TouchpointKey.parse(key).text();
      int index = period(day);
      TreeMap<String, TimeDecayCredit> credits =
          decay.get(at).computeIfAbsent(index, i -> new TreeMap<>());
      if (units > 0) {
        credits.merge(text, new TimeDecayCredit(units, value), TimeDecayCredit::plus);
      }
      return this;
    }

    /**
     * Returns the aggregate of the counts added.
     *
     * @return the aggregate
     */
    public JourneyAggregate build() {
      TreeMap<Integer, PathTable> built = new TreeMap<>();
      tables.forEach((index, table) -> built.put(index, table.build()));
      List<TreeMap<Integer, TreeMap<String, TimeDecayCredit>>> credits = new ArrayList<>();
      for (TreeMap<Integer, TreeMap<String, TimeDecayCredit>> byPeriod : decay) {
        TreeMap<Integer, TreeMap<String, TimeDecayCredit>> copy = new TreeMap<>();
        byPeriod.forEach((index, byKey) -> copy.put(index, new TreeMap<>(byKey)));
        credits.add(copy);
      }
      return new JourneyAggregate(
          options,
          built,
          new TreeMap<>(untouchedConversions),
          new TreeMap<>(untouchedValue),
          credits,
          firstDay == null ? Long.MAX_VALUE : firstDay.toEpochDay(),
          lastDay == null ? Long.MIN_VALUE : lastDay.toEpochDay());
    }
  }

  /** Returns a summary: the periods and the whole table's size. */
  @Override
  public String toString() {
    return "JourneyAggregate{"
        + periods().size()
        + " periods, "
        + paths()
        + ", "
        + untouchedConversions()
        + " untouched conversions}";
  }
}
