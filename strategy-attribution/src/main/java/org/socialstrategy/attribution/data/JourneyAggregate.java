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
